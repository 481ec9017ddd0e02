"""Team games: the lobby, the roster and team totals. Pure, like the rest of the engine."""

from bot.engine.teams.lobby import (
    DEFAULT_LOBBY_SECONDS,
    Entry,
    JoinOutcome,
    LobbyCancelled,
    LobbyStarted,
    LobbyState,
    TeamLobby,
)
from bot.engine.teams.roster import (
    DEFAULT_TEAMS,
    MAX_TEAMS,
    MIN_TEAMS,
    Team,
    TeamError,
    TeamRoster,
    clean_team_name,
    make_teams,
    team_key,
)
from bot.engine.teams.standings import TeamStanding, team_standings

__all__ = [
    "DEFAULT_LOBBY_SECONDS",
    "DEFAULT_TEAMS",
    "MAX_TEAMS",
    "MIN_TEAMS",
    "Entry",
    "JoinOutcome",
    "LobbyCancelled",
    "LobbyStarted",
    "LobbyState",
    "Team",
    "TeamError",
    "TeamLobby",
    "TeamRoster",
    "TeamStanding",
    "clean_team_name",
    "make_teams",
    "team_key",
    "team_standings",
]
