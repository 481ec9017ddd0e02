"""The lobby before a team game: players pick a team (or `auto`), then someone starts it.

Pure and clock-injected like a session: every call takes `now` (seconds on the
caller's monotonic clock). The lobby closes at `deadline`; the front-end then calls
`expire(now)`, which starts the game if it can and cancels the lobby if not.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.engine.errors import SessionError
from bot.engine.session.events import Player
from bot.engine.session.session import NotAllowedError
from bot.engine.teams.roster import Team, TeamError, TeamRoster

LobbyState = Literal["open", "started", "cancelled"]
JoinOutcome = Literal["joined", "switched", "unchanged"]

DEFAULT_LOBBY_SECONDS = 120.0
MAX_LOBBY_SECONDS = 900.0


@dataclass(frozen=True, slots=True)
class Entry:
    player: Player
    team_key: str | None  # None: `auto`, placed on a team when the game starts


@dataclass(frozen=True, slots=True)
class LobbyStarted:
    roster: TeamRoster
    players: tuple[Player, ...]


@dataclass(frozen=True, slots=True)
class LobbyCancelled:
    reason: str


class TeamLobby:
    def __init__(
        self,
        teams: tuple[Team, ...],
        starter_id: str | None,
        opened_at: float,
        time_limit: float = DEFAULT_LOBBY_SECONDS,
    ) -> None:
        if not 10 <= time_limit <= MAX_LOBBY_SECONDS:
            raise TeamError(f"a lobby stays open 10 to {MAX_LOBBY_SECONDS:.0f} seconds")
        self.teams = teams
        self.starter_id = starter_id
        self.deadline = opened_at + time_limit
        self._entries: dict[str, Entry] = {}
        self._state: LobbyState = "open"

    @property
    def state(self) -> LobbyState:
        return self._state

    @property
    def entries(self) -> tuple[Entry, ...]:
        """Everyone in the lobby, in the order they first joined."""
        return tuple(self._entries.values())

    def members(self, team_key: str | None) -> tuple[Player, ...]:
        """The players who chose this team (None: those who chose `auto`)."""
        return tuple(e.player for e in self._entries.values() if e.team_key == team_key)

    def join(self, player: Player, team_key: str | None, now: float) -> JoinOutcome:
        """Join a team, or switch to it; `team_key` None means "put me where I am needed"."""
        self._check_open(now)
        if team_key is not None and team_key not in {t.key for t in self.teams}:
            raise TeamError(f"there is no team {team_key!r} in this lobby")
        before = self._entries.get(player.id)
        self._entries[player.id] = Entry(player, team_key)
        if before is None:
            return "joined"
        return "unchanged" if before.team_key == team_key else "switched"

    def leave(self, player_id: str, now: float) -> bool:
        """Leave the lobby; False if the player was not in it."""
        self._check_open(now)
        return self._entries.pop(player_id, None) is not None

    def start(self, by: str | None, now: float, *, is_moderator: bool = False) -> LobbyStarted:
        """Start early: only the starter, a moderator or the system (`by` None) may."""
        self._check_open(now)
        if not (by is None or is_moderator or self.starter_id in (None, by)):
            raise NotAllowedError("only the player who opened the lobby or a moderator can start")
        started = LobbyStarted(self._balanced(), tuple(e.player for e in self.entries))
        self._state = "started"
        return started

    def expire(self, now: float) -> LobbyStarted | LobbyCancelled | None:
        """At the deadline: start if the lobby can, else cancel it with the reason."""
        if self._state != "open" or now < self.deadline:
            return None
        try:
            started = LobbyStarted(self._balanced(), tuple(e.player for e in self.entries))
        except TeamError as error:
            self._state = "cancelled"
            return LobbyCancelled(str(error))
        self._state = "started"
        return started

    def cancel(self, by: str | None, *, is_moderator: bool = False) -> None:
        if self._state != "open":
            raise SessionError("the lobby is already closed")
        if not (by is None or is_moderator or self.starter_id in (None, by)):
            raise NotAllowedError("only the player who opened the lobby or a moderator can cancel")
        self._state = "cancelled"

    def _check_open(self, now: float) -> None:
        if self._state == "started":
            raise SessionError("this team game has already started")
        if self._state == "cancelled":
            raise SessionError("this lobby was cancelled")
        if now >= self.deadline:
            raise SessionError("this lobby has closed")

    def _balanced(self) -> TeamRoster:
        """Place `auto` players on the smallest teams, then check every team has someone."""
        count = len(self.teams)
        if len(self._entries) < count:
            joined = len(self._entries)
            raise TeamError(
                f"{count} teams need at least {count} players, and "
                f"{joined} {'has' if joined == 1 else 'have'} joined"
            )
        members = {e.player.id: e.team_key for e in self._entries.values() if e.team_key}
        sizes = {team.key: 0 for team in self.teams}
        for key in members.values():
            sizes[key] += 1
        for entry in self._entries.values():
            if entry.team_key is None:
                smallest = min(self.teams, key=lambda team: sizes[team.key])
                members[entry.player.id] = smallest.key
                sizes[smallest.key] += 1
        empty = [team.name for team in self.teams if sizes[team.key] == 0]
        if empty:
            raise TeamError(
                f"team {empty[0]} has nobody yet: someone switch to it, or join with auto"
            )
        return TeamRoster(self.teams, members)
