"""Progressive hints: the author's own first, then ones made from the answer."""

from __future__ import annotations

import random

from bot.engine.models import (
    AllOfQuestion,
    ChoiceQuestion,
    NumberQuestion,
    QuestionBase,
    TextQuestion,
    YearQuestion,
    format_number,
)


def build_hints(question: QuestionBase, rng: random.Random) -> tuple[str, ...]:
    """Every hint the question can show, in the order they are revealed."""
    return (*question.hint, *generated_hints(question, rng))


def generated_hints(question: QuestionBase, rng: random.Random) -> list[str]:
    if isinstance(question, TextQuestion):
        return text_hints(question.answer)
    if isinstance(question, YearQuestion):
        return year_hints(question.answer)
    if isinstance(question, NumberQuestion):
        return number_hints(question.answer)
    if isinstance(question, ChoiceQuestion):
        return choice_hints(question, rng)
    if isinstance(question, AllOfQuestion):
        parts = [part[0] for part in question.answer]
        return [f"{len(parts)} parts to name", "Starting with: " + ", ".join(_masked(parts))]
    # A true/false question has nothing left to give away but the answer.
    return []


def text_hints(answer: str) -> list[str]:
    letters = [sum(ch.isalnum() for ch in word) for word in answer.split()]
    counts = ", ".join(str(n) for n in letters)
    noun = "letter" if letters == [1] else "letters"
    return [
        f"{mask(answer, reveal_first=False)} ({counts} {noun})",
        mask(answer, reveal_first=True),
    ]


def mask(answer: str, *, reveal_first: bool) -> str:
    """'Sergei Shoigu' -> '_ _ _ _ _ _   _ _ _ _ _ _' (or 'S _ _ ...' with first letters)."""
    words = []
    for word in answer.split():
        shown = []
        first = True
        for ch in word:
            if not ch.isalnum():
                shown.append(ch)
                continue
            shown.append(ch if reveal_first and first else "_")
            first = False
        words.append(" ".join(shown))
    return "   ".join(words)


def _masked(parts: list[str]) -> list[str]:
    return [mask(part, reveal_first=True) for part in parts]


def number_hints(answer: float) -> list[str]:
    text = format_number(abs(answer))
    whole = text.split(".")[0]
    sign = "a negative number" if answer < 0 else "a number"
    noun = "digit" if len(whole) == 1 else "digits"
    return [
        f"{sign} with {len(whole)} {noun} before any decimal point",
        f"it starts with {whole[0]}",
    ]


def year_hints(answer: int) -> list[str]:
    era = " BC" if answer < 0 else ""
    digits = str(abs(answer))
    if len(digits) < 3:
        return [f"a year with {len(digits)} digits{era}"]
    century = (abs(answer) - 1) // 100 + 1
    decade = abs(answer) // 10 * 10
    return [f"the {_ordinal(century)} century{era}", f"the {decade}s{era}"]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def choice_hints(question: ChoiceQuestion, rng: random.Random) -> list[str]:
    """Rule out wrong choices one at a time, always leaving two."""
    wrong = [c for i, c in enumerate(question.choices) if i != question.answer_index]
    rng.shuffle(wrong)
    ruled_out = wrong[: max(len(question.choices) - 2, 0)]
    return [
        "Not " + ", not ".join(repr(c) for c in ruled_out[: i + 1]) for i in range(len(ruled_out))
    ]
