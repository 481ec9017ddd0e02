"""Mastery per tag, from a player's review cards and answer history.

Shared by `quizbot stats` and `/quiz stats`. Mastery itself (the chance of still
knowing a card a week from now) is the review scheduler's; this only groups the
cards by the tags of their questions.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from bot.engine.models import QuizSet
from bot.engine.review import ReviewError, ReviewScheduler
from bot.store.records import DueCard, Tally

logger = logging.getLogger(__name__)

# Asking the store for every card "due" before this lists all of a player's cards.
END_OF_TIME = datetime(9999, 1, 1, tzinfo=UTC)
MAX_CARDS = 10_000


@dataclass(frozen=True, slots=True)
class TagMastery:
    tag: str
    mastery: float | None  # 0..1; None when no card of this tag is known
    cards: int
    tally: Tally | None  # right/answered from the answer history


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
    lines = []
    for tag in sorted(set(by_tag) | set(per_tag)):
        jsons = by_tag.get(tag, [])
        try:
            mastery = scheduler.mastery(jsons, now) if jsons else None
        except ReviewError as error:
            logger.warning("a stored review card of tag %s is unreadable: %s", tag, error)
            mastery = None
        lines.append(TagMastery(tag, mastery, len(jsons), per_tag.get(tag)))
    lines.sort(key=lambda t: (t.mastery is None, t.mastery or 0.0, t.tag))
    return lines
