"""Per-player totals of one session: points as answers are judged, and the standings."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.engine.session import scoring
from bot.engine.session.events import AnswerJudged, Award, Player, Standing
from bot.engine.session.round import Round
from bot.engine.verdict import Verdict

if TYPE_CHECKING:
    from bot.engine.teams.roster import TeamRoster


@dataclass(slots=True)
class Tally:
    player: Player
    first_seen: int
    points: int = 0
    correct: int = 0
    answered: int = 0
    response_total: float = 0.0
    streak: int = 0
    best_streak: int = 0
    # When the player last gained points, i.e. reached their final score.
    reached_at: float = math.inf
    answered_numbers: set[int] = field(default_factory=set)

    def count_answer(self, number: int) -> None:
        if number not in self.answered_numbers:
            self.answered_numbers.add(number)
            self.answered += 1

    def record_right(self, points: int, response_time: float, at: float) -> None:
        self.points += points
        self.correct += 1
        self.response_total += response_time
        self.reached_at = at
        self.best_streak = max(self.best_streak, self.streak)


def rank(tallies: list[Tally]) -> tuple[Standing, ...]:
    """Order the players and give them ranks.

    Points alone decide the rank: equal points share it ("1, 1, 3") and are marked
    `tied`. Within a shared rank the order is: more right answers, then lower total
    response time of the right answers, then who reached their score first, then
    who joined first.
    """
    ordered = sorted(
        tallies,
        key=lambda t: (-t.points, -t.correct, t.response_total, t.reached_at, t.first_seen),
    )
    counts: dict[int, int] = {}
    for tally in ordered:
        counts[tally.points] = counts.get(tally.points, 0) + 1
    standings = []
    current_rank = 0
    previous: int | None = None
    for position, tally in enumerate(ordered, start=1):
        if tally.points != previous:
            current_rank, previous = position, tally.points
        standings.append(
            Standing(
                rank=current_rank,
                player=tally.player,
                points=tally.points,
                correct=tally.correct,
                answered=tally.answered,
                total_response_time=tally.response_total,
                best_streak=tally.best_streak,
                tied=counts[tally.points] > 1,
            )
        )
    return tuple(standings)


class Scorebook:
    """Every player's tally in one session; turns a verdict into points and an event."""

    def __init__(self, rules: scoring.ScoringRules, roster: TeamRoster | None = None) -> None:
        self.rules = rules
        self._roster = roster
        self._tallies: dict[str, Tally] = {}

    def join(self, player: Player) -> Tally:
        tally = self._tallies.get(player.id)
        if tally is None:
            tally = Tally(player, len(self._tallies))
            self._tallies[player.id] = tally
        tally.player = player  # keep the latest display name
        return tally

    def record(
        self,
        round_: Round,
        player: Player,
        text: str,
        verdict: Verdict,
        *,
        at: float,
        speed: float,
        hints_used: int,
        guesses_left: int,
        close: bool,
    ) -> AnswerJudged:
        """Score one judged answer (`speed` is the scoring speed fraction) and describe it."""
        round_.note_answer(player, text)
        tally = self.join(player)
        tally.count_answer(round_.number)
        response_time = at - round_.asked_at
        points = 0
        if verdict.correct:
            tally.streak += 1
            points = scoring.score(round_.base, speed, hints_used, tally.streak, self.rules)
            tally.record_right(points, response_time, at)
            round_.winners.append(Award(player, points, response_time))
        return AnswerJudged(
            number=round_.number,
            key=round_.key,
            player=player,
            text=text,
            verdict=verdict,
            correct=verdict.correct,
            close=close and not verdict.correct,
            points=points,
            response_time=response_time,
            hints_used=hints_used,
            guesses_left=0 if verdict.correct else guesses_left,
            streak=tally.streak if verdict.correct else 0,
            at=at,
            team=self._roster.members.get(player.id) if self._roster else None,
        )

    def break_streaks(self, round_: Round) -> None:
        """Whoever did not get this question right starts their streak again."""
        won = {award.player.id for award in round_.winners}
        for tally in self._tallies.values():
            if tally.player.id not in won:
                tally.streak = 0

    def standings(self) -> tuple[Standing, ...]:
        return rank(list(self._tallies.values()))
