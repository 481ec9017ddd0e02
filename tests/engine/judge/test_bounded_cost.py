"""Every judgment does bounded work, whatever the question or the message.

Work is counted, not timed: string comparisons (OSA distances, keys scanned by
rapidfuzz), word comparisons and rival look-ups, through thin counting wrappers
around the real functions.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.engine import judge
from bot.engine.judge import words
from bot.engine.judge.compiled import Matcher
from bot.engine.models import MAX_ALTERNATIVES, MAX_ANSWER_LENGTH, QuestionBase, QuizSet

# Comparisons one judgment may make. A plain judgment makes a few dozen.
BOUND = 6000


class Counter:
    def __init__(self) -> None:
        self.work = 0

    def counting(self, real: Callable[..., Any], cost: Callable[..., int]) -> Callable[..., Any]:
        # wraps() keeps rapidfuzz's scorer flags, so a wrapped OSA.distance is still
        # read as a distance (and run natively) when passed to process.extract.
        @functools.wraps(real)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            self.work += cost(*args, **kwargs)
            return real(*args, **kwargs)

        return wrapper


@contextmanager
def counted() -> Iterator[Counter]:
    """Count the judge's comparisons while the block runs."""
    count = Counter()
    one: Callable[..., int] = lambda *_a, **_k: 1  # noqa: E731
    scanned: Callable[..., int] = lambda _query, keys, **_k: len(keys)  # noqa: E731
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(OSA, "distance", count.counting(OSA.distance, one))
        patch.setattr(process, "extract", count.counting(process.extract, scanned))
        patch.setattr(words, "word_kind", count.counting(words.word_kind, one))
        patch.setattr(Matcher, "rival", count.counting(Matcher.rival, one))
        yield count


def work_of(question: QuestionBase, text: str) -> int:
    """Comparisons made judging `text`, once the question and its set are prepared;
    the verdict must be the one given without the counting wrappers."""
    judge(question, "warm up")
    with counted() as count:
        verdict = judge(question, text)
    assert judge(question, text) == verdict
    return count.work


def _set(specs: list[dict[str, Any]]) -> dict[str, QuestionBase]:
    typed = [{"type": "text", **spec} for spec in specs]
    quiz = QuizSet.model_validate({"title": "hostile", "questions": typed})
    return {q.id: q for q in quiz.questions}


LONG = " ".join(f"word{i % 10}x" for i in range(120))[:690]
SIMILAR = 3000


def _hostile() -> dict[str, QuestionBase]:
    # Thousands of answers of one length, each one or two edits from the next.
    specs: list[dict[str, Any]] = [
        {"id": f"n{i}", "ask": f"Near {i}?", "answer": f"abcdefgh ijklmnop qrst{i:04d}"}
        for i in range(SIMILAR)
    ]
    specs += [
        {"id": "long", "ask": "Long?", "answer": LONG, "accept": [LONG[:400], LONG[:300]]},
        {"id": "repeat", "ask": "Repeat?", "answer": " ".join(["blackberry"] * 60)},
        {"id": "plain", "ask": "Capital of France?", "answer": "Paris"},
        {"id": "pair", "ask": "Which two words?", "answer": "abcdefgh ijklmnoq"},
        {"id": "triple", "ask": "Which three?", "answer": "abcdefgh ijklmnop qrstuvwx"},
        {"id": "wordy", "ask": "Wordy?", "answer": WORDY, "accept": _spellings(WORDY)},
    ]
    return _set(specs)


# Eighty words at the length cap, with the most spellings a question may have, each a
# letter away (some of them split or join words): the most word-level work a file
# can ask of the "part of the answer" and "full name with a middle name" checks.
WORDY = " ".join(f"wordy{i:03d}" for i in range(200))[:MAX_ANSWER_LENGTH].strip()


def _spellings(answer: str) -> list[str]:
    found = []
    for i in range(MAX_ALTERNATIVES - 1):
        at = (i * 37) % (len(answer) - 2) + 1
        found.append(answer[:at] + ("z" if answer[at] != "z" else "y") + answer[at + 1 :])
    return found


BANK = _hostile()
HOSTILE: list[tuple[str, str]] = [
    ("plain", "Paris" + " " * 990),
    ("plain", "Pa" + "\u0301" * 900 + "ris"),
    ("plain", "paris " * 160),
    ("plain", "I think it was " * 60 + "Paris"),
    ("long", LONG),
    ("long", LONG[:-5] + "zzzzz"),
    ("long", LONG.replace("word", "wrod")),
    ("long", " ".join(w + "'s" for w in LONG.split())[:990]),
    ("repeat", " ".join(["blackbery"] * 60)),
    ("repeat", " ".join(["blackberry"] * 90)),
    ("pair", "abcdefgh ijklmnoz"),
    ("pair", "abcdefgx ijklmnoz"),
    ("n17", "abcdefgh ijklmnop qrst0017"),
    ("n17", "abcdefgx ijklmnop qrst0018"),
    ("n17", "abcdefgx ijklmnox qrst0017"),
    # Three edits from a three-word answer: the capped scan, not the deletion index.
    ("triple", "abcdefgx ijklmnox qrstuvwy"),
    ("wordy", " ".join(reversed(WORDY.split()))),
    ("wordy", " ".join(WORDY.split()[1:])),
    # A name of many words written as one, with a slip: each word could be cut three
    # ways, so only short names are read so.
    ("long", LONG.replace(" ", "")[:300] + "q" + LONG.replace(" ", "")[301:]),
    ("triple", "abcdefghijklmnopqrstuvwy"),
]


@pytest.mark.parametrize(("qid", "text"), HOSTILE, ids=[f"{q}:{t[:20]!r}" for q, t in HOSTILE])
def test_hostile_messages_cost_bounded_work(qid: str, text: str) -> None:
    assert work_of(BANK[qid], text) <= BOUND


def test_work_does_not_grow_with_the_size_of_the_set() -> None:
    small = _set(
        [{"id": f"n{i}", "ask": "?", "answer": f"abcdefgh ijkl{i:04d}"} for i in range(50)]
    )
    typo = "abcdefgx ijkl0018"
    assert work_of(BANK["n17"], typo) <= 2 * work_of(small["n17"], typo) + 100


MESSAGE_PARTS = st.sampled_from(
    ["paris", "Paris", "blackberry", "blackbery", "word3x", "wrod3x", "and", "or", ",", "not",
     "the", "I think", "\u0301", "  ", "\n", "abcdefgh", "ijklmnop", "0017", "🙂", "'s", "x" * 50]
)  # fmt: skip
QIDS = ["long", "repeat", "plain", "pair", "n5", "n2999"]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(QIDS), st.lists(MESSAGE_PARTS, max_size=300))
def test_any_generated_message_costs_bounded_work(qid: str, parts: list[str]) -> None:
    assert work_of(BANK[qid], " ".join(parts)) <= BOUND
