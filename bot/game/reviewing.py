"""Which review cards are due, and the solo session that asks them.

Shared by `quizbot review` and `/quiz review`: a review is an ordinary solo
session over copies of the sets cut down to the due questions, so the judge,
hints and the recorder (which moves each card on) work as in any game.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from bot.engine.models import QuizSet
from bot.engine.review import pick_due
from bot.engine.session import QuestionKey
from bot.game.starting import StartRequest
from bot.store.base import Store


async def due_keys(
    store: Store, scope: str, player_id: str, now: datetime, limit: int
) -> list[QuestionKey]:
    """The keys of the player's cards due at `now`, most overdue first."""
    cards = await store.due_cards(scope, player_id, now, limit)
    return pick_due([((c.set_name, c.question_id), c.card_json, c.due) for c in cards], now, limit)


def due_sets(sets: Mapping[str, QuizSet], keys: Sequence[QuestionKey]) -> tuple[QuizSet, ...]:
    """Each set cut down to its due questions; cards of questions no longer loaded are skipped."""
    wanted: dict[str, set[str]] = {}
    for set_name, question_id in keys:
        wanted.setdefault(set_name, set()).add(question_id)
    trimmed = []
    for set_name, ids in wanted.items():
        quiz = sets.get(set_name)
        if quiz is None:
            continue
        questions = [q for q in quiz.questions if q.id in ids]
        if questions:
            # model_copy keeps the set's name and the questions as loaded (judge data, peers).
            trimmed.append(quiz.model_copy(update={"questions": questions}))
    return tuple(trimmed)


def review_request(sets: Sequence[QuizSet], *, solo_pause: bool) -> StartRequest:
    """A solo session asking every due question once."""
    return StartRequest(
        questions=sum(len(s.questions) for s in sets), mode="solo", solo_pause=solo_pause
    )
