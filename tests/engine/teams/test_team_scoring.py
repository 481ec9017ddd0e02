from __future__ import annotations

import pytest

from bot.engine.errors import SessionError
from bot.engine.session import (
    AnswerIgnored,
    AnswerJudged,
    Player,
    QuestionTimedOut,
    QuestionWon,
    Session,
    SessionOptions,
    Standing,
)
from bot.engine.teams import TeamRoster, make_teams, team_standings

from ..session.conftest import current_answer, numbered_set, one, only

NAMES = ["Ann", "Ben", "Cat", "Dan", "Eve"]
ANN, BEN, CAT, DAN, EVE = (Player(str(i), name) for i, name in enumerate(NAMES))


def roster() -> TeamRoster:
    teams = make_teams(2)
    return TeamRoster(teams, {"0": "red", "1": "red", "2": "blue", "3": "blue"})


def team_session(questions: int = 3) -> Session:
    options = SessionOptions(
        sets=(numbered_set(6),), questions=questions, seed=3, roster=roster(), reveal_pause=1
    )
    session = Session(options)
    session.start(0.0)
    return session


def test_any_member_scores_for_the_team_and_the_race_keeps_one_winner() -> None:
    session = team_session()
    right = current_answer(session)
    events = session.answer(CAT, "nope", 1.0)
    events += session.answer(ANN, right, 2.0)
    events += session.answer(DAN, right, 2.0)
    judged = only(events, AnswerJudged)
    assert [(j.player, j.correct, j.team) for j in judged] == [
        (CAT, False, "blue"),
        (ANN, True, "red"),
    ]
    assert only(events, AnswerIgnored)[0].reason == "late"
    assert [a.player for a in one(events, QuestionWon).winners] == [ANN]


def test_players_off_the_roster_cannot_answer() -> None:
    session = team_session()
    events = session.answer(EVE, current_answer(session), 1.0)
    assert one(events, AnswerIgnored).reason == "not_player"
    assert session.current_number == 1


def test_team_totals_best_players_and_every_team_listed() -> None:
    session = team_session(3)
    for number, player in enumerate((ANN, BEN, ANN), start=1):
        session.tick(float(number * 10))
        session.answer(player, current_answer(session), number * 10 + 1.0)
    table = team_standings(session.standings(), roster())
    red, blue = table
    assert (red.team.key, red.rank, red.correct, red.players) == ("red", 1, 3, 2)
    assert red.points == sum(s.points for s in session.standings())
    assert [s.player for s in red.best] == [ANN, BEN]
    assert (blue.team.key, blue.rank, blue.points) == ("blue", 2, 0)
    assert (blue.best, blue.tied) == ((), False)


def standing(player: Player, points: int, rank: int, correct: int = 1) -> Standing:
    return Standing(rank, player, points, correct, correct, 1.0, 1, False)


def test_equal_team_totals_share_a_rank() -> None:
    teams = make_teams(3)
    table = team_standings(
        [standing(ANN, 20, 1), standing(CAT, 15, 2), standing(DAN, 5, 3), standing(EVE, 3, 4)],
        TeamRoster(teams, {"0": "red", "2": "blue", "3": "blue", "4": "green"}),
    )
    # Blue's two right answers put it first within the shared rank.
    assert [(row.team.key, row.rank, row.points, row.tied) for row in table] == [
        ("blue", 1, 20, True),
        ("red", 1, 20, True),
        ("green", 3, 3, False),
    ]


def test_best_players_are_capped_and_skip_those_without_points() -> None:
    teams = make_teams(2)
    members = {p.id: "red" for p in (ANN, BEN, CAT, DAN)} | {EVE.id: "blue"}
    rows = [
        standing(p, pts, i + 1)
        for i, (p, pts) in enumerate([(DAN, 40), (ANN, 30), (CAT, 20), (BEN, 10), (EVE, 0)])
    ]
    red, blue = team_standings(rows, TeamRoster(teams, members), best=3)
    assert [s.player for s in red.best] == [DAN, ANN, CAT]
    assert blue.best == () and blue.points == 0


def test_solo_team_games_are_refused() -> None:
    with pytest.raises(SessionError, match="race or poll"):
        SessionOptions(sets=(numbered_set(2),), mode="solo", starter_id="0", roster=roster())


def test_a_single_named_team_for_the_terminal() -> None:
    single = TeamRoster.single("  Night  Owls ", ["local:me"])
    assert single.team_of("local:me") is not None
    assert single.teams[0].name == "Night Owls" and single.members == {"local:me": "night owls"}


def test_a_team_question_closes_once_every_player_is_out_of_guesses() -> None:
    options = SessionOptions(
        sets=(numbered_set(4),), questions=2, seed=3, roster=roster(), guess_limit=2
    )
    session = Session(options)
    session.start(0.0)
    events = []
    for player in (ANN, BEN, CAT):
        events += session.answer(player, "wrong", 1.0)
        events += session.answer(player, "still wrong", 2.0)
    assert session.current_number == 1  # Dan may still answer
    events = session.answer(DAN, "wrong", 3.0) + session.answer(DAN, "wrong again", 3.5)
    timed_out = one(events, QuestionTimedOut)
    assert (timed_out.reason, timed_out.at) == ("out_of_guesses", 3.5)
