"""Team totals: a team scores what its members score; equal totals share a rank."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.engine.session.events import Standing
from bot.engine.teams.roster import Team, TeamRoster

BEST_PLAYERS = 3


@dataclass(frozen=True, slots=True)
class TeamStanding:
    rank: int
    team: Team
    points: int
    correct: int
    players: int  # members on the roster, whether they answered or not
    best: tuple[Standing, ...]  # the team's top scorers, best first
    tied: bool


def team_standings(
    standings: Sequence[Standing], roster: TeamRoster, best: int = BEST_PLAYERS
) -> tuple[TeamStanding, ...]:
    """Rank the roster's teams from the players' standings (as `Session.standings()` gives).

    Every team appears, even one whose members never answered. Points alone decide the
    rank ("1, 1, 3"); within a shared rank more right answers come first, then the
    team's order in the game. Players not on the roster are left out.
    """
    by_team: dict[str, list[Standing]] = {team.key: [] for team in roster.teams}
    for standing in standings:
        key = roster.members.get(standing.player.id)
        if key is not None:
            by_team[key].append(standing)
    rows = []
    for order, team in enumerate(roster.teams):
        members = by_team[team.key]
        points = sum(s.points for s in members)
        correct = sum(s.correct for s in members)
        scorers = tuple(s for s in sorted(members, key=lambda s: s.rank) if s.points > 0)
        rows.append((points, correct, order, team, scorers[:best]))
    rows.sort(key=lambda row: (-row[0], -row[1], row[2]))
    totals = [row[0] for row in rows]
    result = []
    rank = 0
    for position, (points, correct, _order, team, scorers) in enumerate(rows, start=1):
        if position == 1 or points != totals[position - 2]:
            rank = position
        result.append(
            TeamStanding(
                rank=rank,
                team=team,
                points=points,
                correct=correct,
                players=len(roster.players_of(team.key)),
                best=scorers,
                tied=totals.count(points) > 1,
            )
        )
    return tuple(result)
