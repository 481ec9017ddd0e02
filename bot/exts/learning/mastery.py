"""Weakest questions for `/quiz stats`; mastery per tag comes from `bot.game.mastery`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.engine.models import QuizSet
from bot.store.records import PlayerStats


@dataclass(frozen=True, slots=True)
class WeakQuestion:
    set_name: str
    question_id: str
    ask: str
    missed: int
    answered: int


def weakest_questions(stats: PlayerStats, sets: Mapping[str, QuizSet]) -> list[WeakQuestion]:
    """The player's most missed questions, with their text when the set is still loaded."""
    weak = []
    for q in stats.weakest:
        quiz = sets.get(q.set_name)
        try:
            ask = quiz.question(q.question_id).ask if quiz else f"{q.question_id} (set gone)"
        except KeyError:
            ask = f"{q.question_id} (question gone)"
        weak.append(
            WeakQuestion(q.set_name, q.question_id, ask, q.answered - q.correct, q.answered)
        )
    return weak
