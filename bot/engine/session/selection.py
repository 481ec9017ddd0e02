"""Which questions a session asks, and in what order."""

from __future__ import annotations

import random
from dataclasses import dataclass

from bot.engine.errors import SessionError
from bot.engine.models import QuestionBase, QuizSet
from bot.engine.session.events import QuestionKey
from bot.engine.session.options import SessionOptions
from bot.engine.session.scoring import effective_difficulty


@dataclass(frozen=True, slots=True)
class Pick:
    """A question chosen for a session, with the set it belongs to."""

    key: QuestionKey
    question: QuestionBase
    quiz_set: QuizSet


def set_name(quiz_set: QuizSet) -> str:
    """The loader names each set after its file; sets built in memory fall back to the title."""
    return quiz_set.name or quiz_set.title


def matches(question: QuestionBase, quiz_set: QuizSet, options: SessionOptions) -> bool:
    if options.tags and not options.tags & {*question.tags, *quiz_set.tags}:
        return False
    return not options.difficulties or (
        effective_difficulty(question, quiz_set) in options.difficulties
    )


def select_questions(options: SessionOptions, rng: random.Random) -> list[Pick]:
    """Filter the bank, then draw up to `options.questions` distinct questions.

    Fresh questions come first, drawn at random from the seed; recently asked ones
    (`avoid_question_ids`) fill in only when there are not enough fresh ones.
    Raises SessionError when the filters leave nothing to ask.
    """
    pool: dict[QuestionKey, Pick] = {}
    for quiz_set in options.sets:
        name = set_name(quiz_set)
        for question in quiz_set.questions:
            key = (name, question.id)
            if key not in pool and matches(question, quiz_set, options):
                pool[key] = Pick(key, question, quiz_set)
    if not pool:
        raise SessionError(_nothing_matches(options))
    fresh = sorted(k for k in pool if k not in options.avoid_question_ids)
    stale = sorted(k for k in pool if k in options.avoid_question_ids)
    wanted = min(options.questions, len(pool))
    chosen = rng.sample(fresh, min(wanted, len(fresh)))
    chosen += rng.sample(stale, wanted - len(chosen))
    return [pool[key] for key in chosen]


def _nothing_matches(options: SessionOptions) -> str:
    names = ", ".join(set_name(s) for s in options.sets)
    wanted = []
    if options.tags:
        wanted.append("tags " + ", ".join(sorted(options.tags)))
    if options.difficulties:
        wanted.append("difficulty " + ", ".join(sorted(options.difficulties)))
    return f"no question in {names} matches {' and '.join(wanted) or 'the filters'}"
