"""Measuring a draft against a list of an article's key facts (tests and bench_draft)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.authoring.cloze import BLANK
from bot.engine.judge.normalise import fold

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
TOPICS = ("politics", "science", "sport")


@dataclass(frozen=True)
class KeyFact:
    fact: str
    answers: tuple[str, ...]


def key_facts(topic: str) -> list[KeyFact]:
    raw = yaml.safe_load((ARTICLES / f"{topic}.facts.yaml").read_text("utf-8"))
    return [KeyFact(item["fact"], tuple(str(a) for a in item["answers"])) for item in raw]


def article(topic: str) -> str:
    return (ARTICLES / f"{topic}.txt").read_text("utf-8")


def asked_texts(question: dict[str, Any]) -> list[str]:
    """What a question tests: its answers, or a true/false question's statement."""
    if question["type"] == "truefalse":
        # A false statement tests the fact too; its explanation names it.
        return [str(question["ask"]), str(question.get("explain", "")).split(". ")[0]]
    answer = question["answer"]
    answers = answer if isinstance(answer, list) else [answer]
    flat = [a for item in answers for a in (item if isinstance(item, list) else [item])]
    return [str(a) for a in [*flat, *question.get("accept", [])]]


def _plain(text: str) -> str:
    return fold(text).replace(",", "")


def covers(question: dict[str, Any], fact: KeyFact) -> bool:
    tested = [_plain(t) for t in asked_texts(question)]
    for answer in map(_plain, fact.answers):
        if question["type"] == "truefalse":
            if any(f" {answer} " in f" {t} " for t in tested):
                return True
        elif answer in tested:
            return True
    return False


def coverage(questions: list[dict[str, Any]], facts: list[KeyFact]) -> float:
    covered = sum(any(covers(q, f) for q in questions) for f in facts)
    return covered / len(facts)


def cloze_share(questions: list[dict[str, Any]]) -> float:
    return sum(BLANK in str(q["ask"]) for q in questions) / len(questions)


def most_asked_answer(questions: list[dict[str, Any]]) -> int:
    """How many questions share the most asked answer (true/false by statement)."""
    keys: Counter[str] = Counter()
    for q in questions:
        if q["type"] == "truefalse":
            continue  # counted by statement: each is its own
        keys[fold(str(q["answer"]))] += 1
    return max(keys.values(), default=0)
