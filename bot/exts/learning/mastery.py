"""Mastery per tag and weakest questions, from a player's review cards and answer history.

Mastery is the mean predicted chance of recalling the tag's cards one week from
now. "Now" itself would not do: fsrs counts whole days, so every card reviewed
today, even a missed one, would score 100% for the rest of the day; a week ahead
separates a card just failed (low stability) from one answered fast (high).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.engine.models import QuizSet
from bot.engine.review import ReviewError, ReviewScheduler
from bot.store.records import DueCard, PlayerStats, Tally

logger = logging.getLogger(__name__)

MASTERY_HORIZON = timedelta(days=7)
# Asking the store for every card "due" before this lists all of a player's cards.
END_OF_TIME = datetime(9999, 1, 1, tzinfo=UTC)
MAX_CARDS = 10_000


@dataclass(frozen=True, slots=True)
class TagMastery:
    tag: str
    mastery: float | None  # 0..1; None when no card of this tag is known
    cards: int
    tally: Tally | None  # right/answered from the answer history


@dataclass(frozen=True, slots=True)
class WeakQuestion:
    set_name: str
    question_id: str
    ask: str
    missed: int
    answered: int


def question_tags(sets: Mapping[str, QuizSet], set_name: str, question_id: str) -> list[str]:
    quiz = sets.get(set_name)
    if quiz is None:
        return []
    try:
        return list(quiz.question(question_id).tags)
    except KeyError:
        return []


def tag_mastery(
    cards: Sequence[DueCard],
    per_tag: Mapping[str, Tally],
    sets: Mapping[str, QuizSet],
    scheduler: ReviewScheduler,
    now: datetime,
) -> list[TagMastery]:
    """One line per tag met, weakest first; tags with no card sort last, by name."""
    by_tag: dict[str, list[str]] = defaultdict(list)
    for card in cards:
        for tag in question_tags(sets, card.set_name, card.question_id):
            by_tag[tag].append(card.card_json)
    later = now + MASTERY_HORIZON
    lines = []
    for tag in sorted(set(by_tag) | set(per_tag)):
        jsons = by_tag.get(tag, [])
        try:
            mastery = scheduler.mastery(jsons, later) if jsons else None
        except ReviewError as error:
            logger.warning("a stored review card of tag %s is unreadable: %s", tag, error)
            mastery = None
        lines.append(TagMastery(tag, mastery, len(jsons), per_tag.get(tag)))
    lines.sort(key=lambda t: (t.mastery is None, t.mastery or 0.0, t.tag))
    return lines


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
