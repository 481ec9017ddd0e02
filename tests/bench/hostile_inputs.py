"""Hostile questions and messages for the judge's worst-case benchmark.

Answers and spellings at the validator's caps (MAX_ANSWER_LENGTH characters,
MAX_ALTERNATIVES spellings), and messages at the judge's response cap, padding
included: long near misses, repeated words, combining marks, many-word messages
against multi-word answers. Every message is tried against every question.
"""

from __future__ import annotations

from typing import Any

from bot.engine.judge import MAX_RESPONSE_CHARS
from bot.engine.models import MAX_ALTERNATIVES, MAX_ANSWER_LENGTH, QuizSet

CAP = MAX_ANSWER_LENGTH
WORDY = " ".join(f"wordy{i:03d}" for i in range(200))[:CAP].strip()
ONE_WORD = ("abcdefghijklmnopqrstuvwxyz" * 30)[:CAP]
REPEAT = ("blackberry " * 70)[:CAP].strip()
MARKED = ("Sa\u0301o\u0303 Pau\u0301lo " * 60)[:CAP].strip()
PEOPLE = "Sergei Kuzhugetovich Shoigu"
MULTI = "the united states of america and the kingdom of great britain"


def _spellings(answer: str) -> list[str]:
    """MAX_ALTERNATIVES - 1 spellings of `answer`, each a letter or two away from it."""
    found = []
    for i in range(MAX_ALTERNATIVES - 1):
        at = (i * 37) % (len(answer) - 2) + 1
        found.append(answer[:at] + "xq"[i % 2] + answer[at + 1 :])
    return found


def hostile_set() -> QuizSet:
    specs: list[dict[str, Any]] = [
        {"id": "wordy", "answer": WORDY, "accept": _spellings(WORDY)},
        {"id": "one_word", "answer": ONE_WORD, "accept": _spellings(ONE_WORD)},
        {"id": "repeat", "answer": REPEAT, "accept": _spellings(REPEAT)},
        {"id": "marked", "answer": MARKED},
        {"id": "person", "ask": "Who is Russia's defence minister?", "answer": PEOPLE,
         "accept": ["Shoigu", "Sergei Shoigu"]},
        {"id": "multi", "answer": MULTI, "accept": ["USA and UK"]},
        {"id": "plain", "ask": "Capital of France?", "answer": "Paris"},
    ]  # fmt: skip
    # Neighbours of every length, so rival searches have something to scan.
    specs += [{"id": f"n{i}", "answer": f"abcdefgh ijklmnop qrst{i:04d}"} for i in range(2000)]
    typed = [{"type": "text", "ask": f"Question {s['id']}?", **s} for s in specs]
    return QuizSet.model_validate({"title": "hostile", "questions": typed})


def _fill(unit: str) -> str:
    """`unit` repeated up to the response cap, exactly."""
    return (unit * (MAX_RESPONSE_CHARS // len(unit) + 1))[:MAX_RESPONSE_CHARS]


def _typos(text: str) -> str:
    return " ".join(w[:-2] + w[-1] + w[-2] if len(w) > 4 else w for w in text.split(" "))


def messages() -> list[tuple[str, str]]:
    """(name, message), every one at most MAX_RESPONSE_CHARS long."""
    made = [
        ("padded answer", (WORDY + " " * MAX_RESPONSE_CHARS)[:MAX_RESPONSE_CHARS]),
        ("padded short", ("  Paris" + " " * MAX_RESPONSE_CHARS)[:MAX_RESPONSE_CHARS]),
        ("long answer, a typo per word", _typos(WORDY)),
        ("long answer, last letters changed", WORDY[:-4] + "zzzz"),
        ("long answer, words reversed", " ".join(reversed(WORDY.split(" ")))),
        ("one long word, two typos", ONE_WORD[:300] + "zz" + ONE_WORD[302:]),
        ("one long word, doubled", _fill(ONE_WORD + " ")),
        ("repeated word", _fill("blackberry ")),
        ("repeated typo", _fill("blackbery ")),
        ("repeated answer", _fill("Paris ")),
        ("combining marks on one word", "Pa" + "\u0301" * (MAX_RESPONSE_CHARS - 5) + "ris"),
        ("combining marks everywhere", _fill("a\u0301")),
        ("marked answer", MARKED),
        ("one-letter words", _fill("a b ")),
        ("many short words", _fill("i think it was ")),
        ("many words and or", _fill("paris or ")),
        ("multi-word answer, repeated", _fill(MULTI + " ")),
        ("multi-word answer, shuffled", _fill(" ".join(sorted(MULTI.split())) + " ")),
        ("names", _fill("sergei shoigu ivan petrov ")),
        ("neighbours", _fill("abcdefgx ijklmnop qrst0017 ")),
        ("digits", _fill("1234 ")),
        ("emoji", _fill("\U0001f642")),
        ("number words", _fill("one hundred and twenty three ")),
        ("apostrophes", _fill("paris's ")),
    ]
    assert all(len(text) <= MAX_RESPONSE_CHARS for _, text in made)
    return made
