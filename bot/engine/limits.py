"""The bounds of the options a player, a server or bot.yaml may choose, defined once.

Question files (`time_limit`), bot.yaml, a server's `/quizadmin settings`, the
Discord command options and `SessionOptions` all check against these.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Bounds:
    low: int
    high: int

    def __contains__(self, value: float) -> bool:
        return self.low <= value <= self.high

    def __str__(self) -> str:
        return f"{self.low} to {self.high}"


TIME_LIMIT = Bounds(5, 600)  # seconds a question stays open
QUESTIONS = Bounds(1, 100)  # questions in a game (a review asks every due card, however many)
GUESS_LIMIT = Bounds(1, 20)  # guesses per player per question
REVEAL_PAUSE = Bounds(0, 60)  # seconds between a reveal and the next question
