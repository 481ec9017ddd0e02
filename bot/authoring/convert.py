"""A loaded set (typically a Red-DiscordBot trivia list) as a clean question file.

Answers are trimmed and listed once; a text question whose answers all name the
same number or year becomes a `number` or `year` question, so the judge reads
"eight" and "8" alike and a typo can never turn 1969 into 1996.
"""

from __future__ import annotations

import re
from typing import Any

from bot.engine.judge.normalise import fold
from bot.engine.judge.reading import read
from bot.engine.models import QuizSet

# The order authors read a question in, not the models' declaration order.
FIELD_ORDER = (
    "id", "type", "ask", "answer", "accept", "reject", "choices", "tolerance", "unit",
    "hint", "explain", "tags", "difficulty", "points", "time_limit", "examples",
)  # fmt: skip
FIRST_YEAR, LAST_YEAR = 1000, 2100
# An ask about an amount wants a number even when the answer looks like a year.
_AMOUNT = re.compile(
    r"\bhow (?:many|much|long|far|tall|high|deep|old|big|wide|heavy)\b|\bnumber of\b"
    r"|\bpopulation\b|\bheight\b|\bdistance\b|\blength\b|\bdepth\b|\bweight\b"
)
_NOT_A_NUMBER = re.compile(r"[^\d\s.,-]")
_LEADING_ZERO = re.compile(r"0\d")


def to_plain(quiz: QuizSet, *, retype: bool = True) -> dict[str, Any]:
    """The set as plain data in authoring order, leaving out what equals the default.

    `retype` makes number and year questions of text ones whose answers all name
    one value: right for a Red list, whose questions are all text, but not for a
    file of ours, where `type: text` was the author's choice (a code like "007").
    """
    data = quiz.model_dump(mode="json", exclude_defaults=True, exclude={"questions"})
    questions = []
    for question in quiz.questions:
        fields = question.model_dump(mode="json", exclude_defaults=True)
        fields["type"] = getattr(question, "type", "text")
        if fields["type"] == "text":
            fields = tidy_text_question(fields, retype=retype)
        if fields["type"] == "text":
            del fields["type"]  # the default: left out, as the shipped files do
        questions.append({key: fields[key] for key in FIELD_ORDER if key in fields})
    return {**data, "questions": questions}


def tidy_text_question(fields: dict[str, Any], *, retype: bool = True) -> dict[str, Any]:
    answer = str(fields["answer"]).strip()
    accept = distinct([str(a) for a in fields.get("accept", [])], besides=[answer])
    tidy = {**fields, "answer": answer}
    tidy.pop("accept", None)
    if accept:
        tidy["accept"] = accept
    if "reject" in fields:
        tidy["reject"] = distinct([str(r) for r in fields["reject"]], besides=[])
    return (as_number_question(tidy) if retype else None) or tidy


def distinct(texts: list[str], *, besides: list[str]) -> list[str]:
    """Trimmed, without blanks or repeats (compared as the judge compares them)."""
    seen = {fold(text) for text in besides}
    kept = []
    for text in texts:
        clean = " ".join(text.split())
        key = fold(clean)
        if clean and key not in seen:
            seen.add(key)
            kept.append(clean)
    return kept


def number_in(text: str) -> float | None:
    """The one number a whole answer names ("8", "eight", "1,000"), else None."""
    if _LEADING_ZERO.match(text.strip()):
        return None  # a code such as 007 is not the number 7
    readings, folded = read(text)
    if len(readings) != 1 or readings[0].bound is not None:
        return None
    return readings[0].value if not _NOT_A_NUMBER.search(folded) else None


def as_number_question(fields: dict[str, Any]) -> dict[str, Any] | None:
    """`fields` as a number or year question when every answer names one same value."""
    if fields.get("reject"):
        return None  # a reject list is about wording, which a number question ignores
    values = {number_in(text) for text in [fields["answer"], *fields.get("accept", [])]}
    if len(values) != 1 or None in values:
        return None
    (value,) = values
    assert value is not None
    converted = {k: v for k, v in fields.items() if k not in ("accept", "reject")}
    whole = value.is_integer()
    is_year = whole and FIRST_YEAR <= value <= LAST_YEAR
    if is_year and not _AMOUNT.search(fold(str(fields["ask"]))):
        return {**converted, "type": "year", "answer": int(value)}
    return {**converted, "type": "number", "answer": int(value) if whole else value}
