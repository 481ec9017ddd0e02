"""Question of the day: one question open for hours, one private answer per player.

Time is passed in as aware datetimes (the window spans hours, so it is wall time).
The answers given so far can be passed back in, so a restarted bot carries on
with the same window. A right answer earns the question's base points; there is
no speed bonus, since players in other time zones may see it hours later.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal, NamedTuple

from bot.engine.judge import judge as default_judge
from bot.engine.models import QuestionBase, QuizSet
from bot.engine.session.events import Player, QuestionKey
from bot.engine.session.scoring import base_points
from bot.engine.session.session import Judge

DEFAULT_OPEN = timedelta(hours=23)
MIN_OPEN = timedelta(minutes=1)
MAX_OPEN = timedelta(hours=47)
FASTEST_SHOWN = 3

QotdOutcome = Literal["accepted", "already_answered", "closed", "not_open", "empty"]


@dataclass(frozen=True, slots=True)
class QotdAnswer:
    player: Player
    text: str
    correct: bool
    points: int
    answered_at: datetime

    def seconds_after(self, opened_at: datetime) -> float:
        return (self.answered_at - opened_at).total_seconds()


@dataclass(frozen=True, slots=True)
class QotdReply:
    outcome: QotdOutcome
    answer: QotdAnswer | None = None  # the new answer, or the earlier one when refused


@dataclass(frozen=True, slots=True)
class QotdSummary:
    key: QuestionKey
    answer: str
    explain: str
    answered: int
    right: int
    fastest: tuple[QotdAnswer, ...]  # the first right answers, fastest first


class QuestionOfTheDay:
    def __init__(
        self,
        key: QuestionKey,
        question: QuestionBase,
        quiz_set: QuizSet,
        opened_at: datetime,
        *,
        open_for: timedelta = DEFAULT_OPEN,
        answers: Iterable[QotdAnswer] = (),
        judge: Judge = default_judge,
    ) -> None:
        if opened_at.tzinfo is None:
            raise ValueError("opened_at must be timezone-aware")
        if not MIN_OPEN <= open_for <= MAX_OPEN:
            raise ValueError("a question of the day stays open 1 minute to 47 hours")
        self.key = key
        self.question = question
        self.opened_at = opened_at
        self.closes_at = opened_at + open_for
        self.points = base_points(question, quiz_set)
        self._judge = judge
        self._answers = {a.player.id: a for a in answers}

    @property
    def answers(self) -> tuple[QotdAnswer, ...]:
        return tuple(self._answers.values())

    def is_open(self, now: datetime) -> bool:
        return self.opened_at <= now < self.closes_at

    def answer(self, player: Player, text: str, now: datetime) -> QotdReply:
        """Judge a player's one answer; a second one, or one outside the window, is refused."""
        earlier = self._answers.get(player.id)
        if earlier is not None:
            return QotdReply("already_answered", earlier)
        if now < self.opened_at:
            return QotdReply("not_open")
        if now >= self.closes_at:
            return QotdReply("closed")
        if not text.strip():
            return QotdReply("empty")
        correct = self._judge(self.question, text).correct
        given = QotdAnswer(player, text, correct, self.points if correct else 0, now)
        self._answers[player.id] = given
        return QotdReply("accepted", given)

    def forget(self, player_id: str) -> None:
        """Drop an answer that could not be saved, so the player may send it again."""
        self._answers.pop(player_id, None)

    def summary(self, fastest: int = FASTEST_SHOWN) -> QotdSummary:
        right = sorted(
            (a for a in self._answers.values() if a.correct), key=lambda a: a.answered_at
        )
        return QotdSummary(
            key=self.key,
            answer=self.question.display_answer(),
            explain=self.question.explain,
            answered=len(self._answers),
            right=len(right),
            fastest=tuple(right[:fastest]),
        )


class DailyStreak(NamedTuple):
    current: int  # right answers on consecutive days, ending today or yesterday
    best: int


def daily_streak(days: Iterable[tuple[date, bool]], today: date) -> DailyStreak:
    """Streaks from a player's question-of-the-day results (`(day, right)`, any order).

    A day counts when the player got that day's question right; a wrong answer or a
    day without one ends the run. The current streak still stands on a day whose
    question the player has not answered yet (it ended yesterday).
    """
    right_days = {day for day, right in days if right}
    wrong_days = {day for day, right in days if not right} - right_days
    best = run = 0
    previous: date | None = None
    for day in sorted(right_days):
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        best, previous = max(best, run), day
    current = 0
    if previous is not None and previous >= today - timedelta(days=1) and today not in wrong_days:
        current = run
    return DailyStreak(current, best)
