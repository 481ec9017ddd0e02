from __future__ import annotations

import pytest

from bot.engine.errors import SessionError
from bot.engine.session import NotAllowedError, Player
from bot.engine.teams import (
    DEFAULT_TEAMS,
    LobbyCancelled,
    LobbyStarted,
    TeamError,
    TeamLobby,
    make_teams,
)

PLAYERS = [Player(str(i), f"P{i}") for i in range(1, 9)]


def lobby(teams: int = 2, starter: str | None = "1", limit: float = 60) -> TeamLobby:
    return TeamLobby(make_teams(teams), starter, opened_at=100.0, time_limit=limit)


def test_players_join_switch_and_keep_one_team_each() -> None:
    room = lobby(3)
    assert room.join(PLAYERS[0], "red", 101) == "joined"
    assert room.join(PLAYERS[0], "blue", 102) == "switched"
    assert room.join(PLAYERS[0], "blue", 103) == "unchanged"
    assert room.members("red") == () and room.members("blue") == (PLAYERS[0],)
    assert len(room.entries) == 1


def test_auto_fills_the_smallest_teams_first() -> None:
    room = lobby(3)
    room.join(PLAYERS[0], "red", 101)
    room.join(PLAYERS[1], "red", 101)
    for player in PLAYERS[2:6]:
        room.join(player, None, 102)
    started = room.start("1", 110)
    sizes = {team.key: len(started.roster.players_of(team.key)) for team in room.teams}
    assert sizes == {"red": 2, "blue": 2, "green": 2}
    assert set(started.roster.members) == {p.id for p in PLAYERS[:6]}
    assert started.roster.members["1"] == "red"  # a chosen team is never changed


def test_more_teams_than_players_is_refused_and_the_lobby_stays_open() -> None:
    room = lobby(4)
    for player in PLAYERS[:3]:
        room.join(player, None, 101)
    with pytest.raises(TeamError, match="4 teams need at least 4 players, and 3 have joined"):
        room.start("1", 105)
    assert room.state == "open"
    room.join(PLAYERS[3], None, 106)
    assert isinstance(room.start("1", 107), LobbyStarted)


def test_an_empty_team_is_named_when_nobody_can_fill_it() -> None:
    room = lobby(2)
    room.join(PLAYERS[0], "red", 101)
    room.join(PLAYERS[1], "red", 101)
    with pytest.raises(TeamError, match="team Blue has nobody"):
        room.start("1", 102)


def test_only_the_starter_or_a_moderator_starts_early() -> None:
    room = lobby(2)
    room.join(PLAYERS[0], None, 101)
    room.join(PLAYERS[1], None, 101)
    with pytest.raises(NotAllowedError):
        room.start("2", 102)
    assert room.start("2", 102, is_moderator=True).roster.members.keys() == {"1", "2"}
    with pytest.raises(SessionError, match="already started"):
        room.join(PLAYERS[2], None, 103)


def test_the_time_limit_starts_a_full_lobby_and_cancels_a_short_one() -> None:
    full = lobby(2, limit=30)
    full.join(PLAYERS[0], None, 101)
    full.join(PLAYERS[1], None, 101)
    assert full.expire(129.9) is None
    with pytest.raises(SessionError, match="closed"):
        full.join(PLAYERS[2], None, 130.0)
    assert isinstance(full.expire(130.0), LobbyStarted)
    assert full.expire(131) is None  # only once

    short = lobby(3, limit=30)
    short.join(PLAYERS[0], None, 101)
    outcome = short.expire(200)
    assert isinstance(outcome, LobbyCancelled) and "at least 3 players" in outcome.reason
    assert short.state == "cancelled"


def test_leave_and_unknown_team() -> None:
    room = lobby(2)
    room.join(PLAYERS[0], "red", 101)
    assert room.leave("1", 102) and not room.leave("1", 102)
    with pytest.raises(TeamError, match="no team 'pink'"):
        room.join(PLAYERS[0], "pink", 103)


@pytest.mark.parametrize("count", [0, 1, 7, 500])
def test_team_count_outside_two_to_six_is_refused(count: int) -> None:
    with pytest.raises(TeamError, match="2 to 6 teams"):
        make_teams(count)


def test_server_names_are_cleaned_and_must_differ() -> None:
    teams = make_teams(2, names=["  The\nOwls ", "@everyone"], colours=[0x112233])
    assert [t.name for t in teams] == ["The Owls", "@everyone"]
    assert teams[0].colour == 0x112233 and teams[1].colour != 0x112233
    # Defaults fill the rest without repeating a chosen name.
    assert [t.name for t in make_teams(3, names=["Blue"])] == ["Blue", "Red", "Green"]
    with pytest.raises(TeamError, match="both called 'owls'"):
        make_teams(2, names=["Owls", "OWLS"])
    with pytest.raises(TeamError, match="visible character"):
        make_teams(2, names=["\u0000 ", "b"])
    with pytest.raises(TeamError, match="at most 32"):
        make_teams(2, names=["x" * 40, "b"])


def test_a_default_name_keeps_its_colour_and_no_two_teams_share_one() -> None:
    colour_of = dict(DEFAULT_TEAMS)
    assert [(t.name, t.colour) for t in make_teams(2)] == list(DEFAULT_TEAMS[:2])
    # The spare default that fills the third place is Red, and red.
    named = make_teams(3, names=["Owls", "@everyone"])
    assert (named[2].name, named[2].colour) == ("Red", colour_of["Red"])
    # A server's "blue" team is blue; its own name takes a colour no default name claims.
    mixed = make_teams(3, names=["blue", "Owls"])
    assert mixed[0].colour == colour_of["Blue"] and mixed[2].name == "Red"
    assert mixed[1].colour not in (colour_of["Blue"], colour_of["Red"])
    pool = ["Red", "Owls", "teal", "Bats", "Gold", "Cats", "Blue"]
    for count in range(2, 7):
        for start in range(len(pool)):
            names = (pool[start:] + pool[:start])[: count - 1]
            teams = make_teams(count, names=names)
            assert len({t.colour for t in teams}) == count, names
            for team in teams:
                default = next((c for n, c in DEFAULT_TEAMS if n.lower() == team.key), None)
                assert default is None or team.colour == default, (names, team)
