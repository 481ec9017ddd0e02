"""Teams and who plays for which: what a team game is played with once its lobby closes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from bot.engine.errors import QuizError

MIN_TEAMS = 2
MAX_TEAMS = 6
MAX_TEAM_NAME = 32

# A server may rename and recolour its teams; these are used where it has not.
DEFAULT_TEAMS: tuple[tuple[str, int], ...] = (
    ("Red", 0xE74C3C),
    ("Blue", 0x3498DB),
    ("Green", 0x2ECC71),
    ("Gold", 0xF1C40F),
    ("Purple", 0x9B59B6),
    ("Teal", 0x1ABC9C),
)


class TeamError(QuizError):
    """A team or lobby request that cannot be carried out; the message says why."""


@dataclass(frozen=True, slots=True)
class Team:
    """One team: `key` is stable (stored with answers), `name` is what players see."""

    key: str
    name: str
    colour: int


def make_teams(
    count: int, names: Sequence[str] = (), colours: Sequence[int] = ()
) -> tuple[Team, ...]:
    """`count` teams, named and coloured by the server where it chose, else by default.

    Keys are the (cleaned) names folded to lower case, so two teams can never share one.
    """
    if not MIN_TEAMS <= count <= MAX_TEAMS:
        raise TeamError(f"a team game has {MIN_TEAMS} to {MAX_TEAMS} teams, not {count}")
    chosen = [clean_team_name(name) for name in names[:count]]
    taken = {team_key(name) for name in chosen}
    # A default name never repeats one the server chose.
    spare = (name for name, _ in DEFAULT_TEAMS if team_key(name) not in taken)
    final = chosen + [next(spare) for _ in range(count - len(chosen))]
    # A team called like a default has its colour (Red is red); the others take the
    # default colours no team's name claims, in order.
    named_colour = {team_key(name): colour for name, colour in DEFAULT_TEAMS}
    claimed = {named_colour[team_key(name)] for name in final if team_key(name) in named_colour}
    free = iter(colour for _, colour in DEFAULT_TEAMS if colour not in claimed)
    teams: list[Team] = []
    for index, name in enumerate(final):
        default_colour = named_colour.get(team_key(name)) or next(free)
        colour = colours[index] if index < len(colours) else default_colour
        if not 0 <= colour <= 0xFFFFFF:
            raise TeamError(f"team colour {colour:#x} is not an RGB colour (0 to 0xFFFFFF)")
        teams.append(Team(team_key(name), name, colour))
    keys = [team.key for team in teams]
    duplicate = next((k for k in keys if keys.count(k) > 1), None)
    if duplicate is not None:
        raise TeamError(f"two teams are both called {duplicate!r}; give each its own name")
    return tuple(teams)


def clean_team_name(name: str) -> str:
    """A team name as stored: one line, no control characters, spaces collapsed."""
    printable = "".join(ch if ch.isprintable() else " " for ch in name)
    cleaned = " ".join(printable.split())
    if not cleaned:
        raise TeamError("a team name needs at least one visible character")
    if len(cleaned) > MAX_TEAM_NAME:
        raise TeamError(f"a team name has at most {MAX_TEAM_NAME} characters, not {len(cleaned)}")
    return cleaned


def team_key(name: str) -> str:
    return clean_team_name(name).casefold()


@dataclass(frozen=True)
class TeamRoster:
    """The teams of one game and the team of every player on it."""

    teams: tuple[Team, ...]
    members: Mapping[str, str] = field(default_factory=dict)  # player id -> team key

    def __post_init__(self) -> None:
        keys = {team.key for team in self.teams}
        stray = sorted(set(self.members.values()) - keys)
        if stray:
            raise TeamError(f"no team {stray[0]!r} in this game")
        object.__setattr__(self, "members", dict(self.members))

    def team_of(self, player_id: str) -> Team | None:
        key = self.members.get(player_id)
        return None if key is None else self.team(key)

    def team(self, key: str) -> Team:
        for team in self.teams:
            if team.key == key:
                return team
        raise TeamError(f"no team {key!r} in this game")

    def players_of(self, key: str) -> tuple[str, ...]:
        return tuple(pid for pid, team in self.members.items() if team == key)

    @classmethod
    def single(
        cls, team_name: str, player_ids: Iterable[str], colour: int = 0x3498DB
    ) -> TeamRoster:
        """One named team (the terminal's case): everybody listed plays for it."""
        name = clean_team_name(team_name)
        team = Team(team_key(name), name, colour)
        return cls((team,), {pid: team.key for pid in player_ids})
