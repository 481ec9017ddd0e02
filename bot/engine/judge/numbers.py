"""Reading numbers and years out of a message, and the `number`/`year` verdicts.

Numbers are compared as values, never as text: "52" is not a typo of "25".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.engine.judge.hedging import (
    ALTERNATIVES,
    NEGATIONS,
    NONANSWERS,
    denial_at,
    opening_sigh,
    soft_words,
)
from bot.engine.judge.normalise import (
    NUMBER_WORD,
    accents_off,
    fold,
    mend_number_words,
    words_to_digits,
)
from bot.engine.judge.number_forms import (
    and_a_part,
    below_zero,
    dates_to_years,
    dozens,
    fractions,
    powers_of_ten,
    slashed_ratios,
    worded_ratios,
)
from bot.engine.models import NumberQuestion, YearQuestion, format_number
from bot.engine.verdict import RejectReason, Verdict, refusal

_SPECIAL = {"once": "1", "twice": "2", "thrice": "3", "dozen": "12", "none": "0", "nil": "0"}
_SPECIAL_RE = re.compile(r"\b(" + "|".join(_SPECIAL) + r")\b")
_SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "mil": 1e6,
    "mill": 1e6,
    "mln": 1e6,
    "bil": 1e9,
    "bln": 1e9,
}
_SCALED = re.compile(
    r"(\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion|mil|mill|mln|mn|bil|bln|bn|tn|k)\b"
)
# "1m", "$4.5b": a letter stuck to the number, read as a scale only where the unit
# cannot take it for a unit of its own (metres, minutes, bytes...).
_SHORT_SCALED = re.compile(r"(\d+(?:\.\d+)?)([mb])\b")
_SHORT_SCALES = {"m": 1e6, "b": 1e9}
_UNIT_WITH_M_OR_B = re.compile(r"\b[mb]")
_SHORT_SCALE_FROM = 100_000
# A slash inside a unit ("km/h", "m/s") says "per"; elsewhere it offers a choice.
_PER = re.compile(r"(?<=[A-Za-z])\s*/\s*(?=[A-Za-z]{1,3}\b)")
# "'69", "in '45": a year by its last two digits.
_SHORT_YEAR = re.compile(r"(?:^|[\s(])['\u2018\u2019`](\d\d)\b")
_NUMBER = re.compile(r"(?<![\w.])(-)?(\d{1,3}(?:(?:,|\s)\d{3})+|\d+)(?:[.,](\d+))?(?![\d])")
_DIGIT = re.compile(r"\d")
_SEPARATORS = re.compile(r"[,\s]")
_WORD_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")
_YEAR_PAIR = re.compile(r"\b(1[0-9]|20) (?:(?:oh|o|zero|0) (\d)|([1-9]\d))\b")
_ERA = re.compile(r"^\s*b\.?\s?c\.?(?:\s?e\.?)?(?![a-z])")  # "44 BC", "44 b.c.e."
_NEGATIVE = re.compile(r"\b(?:minus|negative)\s+$")
_BARE_DECIMAL = re.compile(r"(?<![\d.])\.(?=\d)")  # ".25"
_DECIMAL_SHARE = re.compile(r"(?<![\d.])0?\.\d+(?!\s*%)")
_ROUGHLY = re.compile(r"\bor (?:so|thereabouts|about that|around that|close to it)\b")
_SURE = re.compile(r"\b(?:not\s+)?\d+\s*(?:%|percent)\s*sure\b")

_LESS = re.compile(
    r"\b(?:less than|fewer than|under|below|lower than|at most|up to|nearly|almost)\b|<"
)
_MORE = re.compile(
    r"\b(?:more than|over|above|greater than|higher than|at least|upwards of|in excess of)\b|>"
)
_WORDS = re.compile(r"[a-z]+")
# Fractions that name a percentage exactly; read only when the answer is in %.
_SCALE_WORDS = {
    "thousand": ("thousand", "k"),
    "million": ("million", "mn", "m"),
    "billion": ("billion", "bn", "b"),
    "trillion": ("trillion", "tn"),
}


# A number said in more words than this is an essay, not an answer.
_MAX_WORDS = 24
# A wrong number within this share of the answer earns a "close!".
_CLOSE_SHARE = 0.05


@dataclass(frozen=True, slots=True)
class Reading:
    value: float
    bound: str | None  # "lt", "gt" or None
    bc: bool
    # Where "not" and the number stand in the folded text, when "not" denies it.
    denied: tuple[int, int] | None = None


def bound_of(text: str) -> str | None:
    """Direction of a bound stated just before a number (or anywhere in a question)."""
    if _LESS.search(text):
        return "lt"
    if _MORE.search(text):
        return "gt"
    return None


def read(
    text: str,
    *,
    years: bool = False,
    percent: bool = False,
    scale: str | None = None,
    mend: bool = False,
    short_scales: bool = False,
) -> tuple[list[Reading], str]:
    """Every number in the message, plus the folded text it was read from.

    With `percent`, fractions and ratios ("a quarter", "1/4", "one in four") are read
    as percentages. `scale` is the scale word the unit already carries ("billion" in
    "billion dollars"), so "4.5 billion" reads 4.5. With `mend`, number words with
    a typo are read too ("fourten"). With `short_scales`, "1m" and "4.5b" are a
    million and billions.
    """
    text = dates_to_years(text) if years else powers_of_ten(text)
    if "/" in text:
        # Accents off first, so that a unit's slash is found in "m/ś" as in "m/s".
        text = _PER.sub(" per ", text if text.isascii() else accents_off(text))
        if percent:
            text = slashed_ratios(text)
    folded = fold(text).replace("'", "")
    if "sure" in folded:
        folded = _SURE.sub(" ", folded)  # "(not) 90% sure" says how sure, not how many
    if mend:
        folded = mend_number_words(folded)
    if scale is not None:
        folded = _unit_scale(scale).sub(" ", folded)
    if percent:
        folded = fractions(_BARE_DECIMAL.sub(r"0.", folded))
    had_digits = _DIGIT.search(folded) is not None
    words = set(_WORDS.findall(folded))
    if "dozen" in words or "dozens" in words:
        folded = dozens(folded)
    if short_scales and had_digits and ("m" in words or "b" in words):
        folded = _SHORT_SCALED.sub(_short_scale, folded)
    if not words.isdisjoint(_SPECIAL):
        folded = _SPECIAL_RE.sub(lambda m: _SPECIAL[m.group(1)], folded)
    if "-" in folded:
        folded = _WORD_HYPHEN.sub(" ", folded)
    if had_digits and not words.isdisjoint(_SCALES):
        folded = _SCALED.sub(_scale, folded)
    if NUMBER_WORD.search(folded):
        folded = words_to_digits(folded)
        if years and not had_digits:
            folded = _YEAR_PAIR.sub(_merge_pair, folded)
    if " and " in folded:
        folded = and_a_part(folded)
    if "below" in folded:
        folded = below_zero(folded)
    if percent and (" in " in folded or " of " in folded):
        folded = worded_ratios(folded)
    readings: list[Reading] = []
    for match in _NUMBER.finditer(folded):
        digits = _SEPARATORS.sub("", match.group(2))
        value = float(digits + ("." + match.group(3) if match.group(3) else ""))
        before = folded[max(0, match.start() - 24) : match.start()]
        if match.group(1) or _NEGATIVE.search(before):
            value = -value
        bc = _ERA.match(folded[match.end() :]) is not None
        denial = _DENIAL.search(before)
        denied = (match.start() - len(before) + denial.start(), match.end()) if denial else None
        readings.append(Reading(value, bound_of(before[-16:]), bc, denied))
    return readings, folded


# "not" just before a number ("1945, not 1944"); after "if" or "or" it offers the
# number instead (see hedging.corrects_at).
_DENIAL = re.compile(r"(?<!\bif )(?<!\bor )\bnot\s+(?:the\s+)?$")


def _without_denied(
    readings: list[Reading], folded: str, answer: float
) -> tuple[list[Reading], str]:
    """A number denied beside one that is not corrects it ("1945, not 1944", "not 6
    but 8"): the denied numbers and their "not" are dropped, the rest is judged.
    Denying the answer itself is no correction ("eight, not 8")."""
    kept = [r for r in readings if r.denied is None]
    if not kept or len(kept) == len(readings):
        return readings, folded
    if any(r.denied is not None and r.value == answer for r in readings):
        return readings, folded
    for reading in readings:
        if reading.denied is not None:
            start, end = reading.denied
            folded = folded[:start] + " " * (end - start) + folded[end:]
    return kept, folded


def asked_numbers(ask: str, answer: float, *, years: bool) -> frozenset[float]:
    """Numbers the question itself states, which a player may repeat beside the answer.

    None when the answer is among them: then they are the candidates on offer
    ("Which is larger, 25 or 52?") and naming two of them is a hedge.
    """
    stated = frozenset(r.value for r in read(ask, years=years)[0])
    return frozenset() if answer in stated else stated


def _unstated(readings: list[Reading], stated: frozenset[float]) -> list[Reading]:
    """The readings without the question's own numbers, if any reading is left."""
    kept = [r for r in readings if r.value not in stated]
    return kept or readings


def _merge_pair(match: re.Match[str]) -> str:
    tail = match.group(2) if match.group(2) is not None else match.group(3)
    return f"{int(match.group(1)) * 100 + int(tail)}"


def _unit_scale(scale: str) -> re.Pattern[str]:
    """The scale word and its short forms, written after a number or on their own."""
    forms = "|".join(_SCALE_WORDS[scale])
    return re.compile(rf"(?:(?<=\d)|\b)(?:{forms})\b")


def unit_scale(unit: str | None) -> str | None:
    """The scale word a unit carries: "billion" in "billion dollars"."""
    if unit is None:
        return None
    return next((word for word in fold(unit).split() if word in _SCALE_WORDS), None)


def _short_scale(match: re.Match[str]) -> str:
    return format_number(float(match.group(1)) * _SHORT_SCALES[match.group(2)])


def short_scales(unit: str | None, answer: float) -> bool:
    """May "1m" be a million here? Only for an answer in the hundreds of thousands or
    more ("330m" is metres, "90m" minutes), and not where the unit itself may be
    written "m" or "b"."""
    if abs(answer) < _SHORT_SCALE_FROM:
        return False
    return unit is None or _UNIT_WITH_M_OR_B.search(fold(unit)) is None


def _scale(match: re.Match[str]) -> str:
    return format_number(float(match.group(1)) * _SCALES[match.group(2)])


def _nonanswer(folded: str) -> bool:
    return " ".join(_WORDS.findall(folded)) in NONANSWERS


def _offers_choice(folded: str) -> bool:
    return any(word in ALTERNATIVES for word in _WORDS.findall(folded))


# The message's words with its numbers and commas, to find a sigh that opens it.
_SIGH_TOKENS = re.compile(r"[a-z]+|\d+|,")


def _negated(folded: str, stated: frozenset[str] = frozenset()) -> bool:
    """A negation in the message, other than one repeating the question's own
    wording ("404 not found" for "Which status means Not Found?")."""
    words = _WORDS.findall(folded)
    soft = soft_words(words)
    if opening_sigh(_SIGH_TOKENS.findall(folded)):
        soft |= {0}  # "nah 8": the sigh is the first word
    return any(
        (word in NEGATIONS or denial_at(words, i))
        and i not in soft
        and " ".join(words[i : i + 2]) not in stated
        for i, word in enumerate(words)
    )


def asked_negations(ask: str) -> frozenset[str]:
    """The question's own negated phrases, as "not found" pairs."""
    words = _WORDS.findall(fold(ask).replace("'", ""))
    return frozenset(
        " ".join(words[i : i + 2]) for i, word in enumerate(words[:-1]) if word in NEGATIONS
    )


def judge_number(
    question: NumberQuestion,
    text: str,
    asked_bound: str | None,
    stated: frozenset[float] = frozenset(),
    denied: frozenset[str] = frozenset(),
) -> Verdict:
    percent = question.unit == "%"
    scale = unit_scale(question.unit)
    short = short_scales(question.unit, question.answer)
    readings, folded = read(text, percent=percent, scale=scale, short_scales=short)
    if len(_WORDS.findall(folded)) > _MAX_WORDS:
        return refusal("too_long")
    if not readings:
        readings, folded = read(text, percent=percent, scale=scale, mend=True, short_scales=short)
    readings, folded = _without_denied(_unstated(readings, stated), folded, question.answer)
    shown = question.answer_texts()[0]
    if not readings:
        return refusal(_no_number(text, folded))
    values = {r.value for r in readings}
    if " or " in folded:
        folded = _ROUGHLY.sub(" ", folded)  # "8 or so" is "about 8"
    # "8 or eight" says one number twice; any other "or" offers a choice.
    restated = len(readings) > 1 and len(values) == 1
    if len(values) > 1 or (_offers_choice(folded) and not restated):
        return refusal("hedge")
    if _negated(folded, denied):
        return refusal("negation")
    reading = readings[0]
    if reading.bound is not None and reading.bound != asked_bound:
        return Verdict(False, matched=shown, reason="bound")
    error = abs(reading.value - question.answer)
    if percent and 0 < reading.value < 1 and _DECIMAL_SHARE.search(folded):
        error = min(error, abs(100 * reading.value - question.answer))  # "0.25" for 25%
    factor = _SCALES[scale] if scale is not None else 0.0
    if factor and abs(reading.value) >= factor:
        # Written out in full: "8,000,000,000" or "8000 million" where the unit is billions.
        error = min(error, abs(reading.value / factor - question.answer))
    if error <= question.tolerance + 1e-9 * max(1.0, abs(question.answer)):
        return Verdict(True, matched=shown, reason="number")
    near = max(question.tolerance * 2, abs(question.answer) * _CLOSE_SHARE)
    return Verdict(
        False, close=error <= near, matched=shown if error <= near else None, reason="wrong"
    )


def judge_year(
    question: YearQuestion,
    text: str,
    stated: frozenset[float] = frozenset(),
    denied: frozenset[str] = frozenset(),
) -> Verdict:
    readings, folded = read(text, years=True)
    if len(_WORDS.findall(folded)) > _MAX_WORDS:
        return refusal("too_long")
    if not _DIGIT.search(text):  # said in words: "nineteen eigthteen", "ninteen eighteen"
        readings, folded = read(text, years=True, mend=True)
    readings, folded = _without_denied(_unstated(readings, stated), folded, question.answer)
    shown = str(question.answer)
    if not readings:
        return refusal(_no_number(text, folded))
    years = {int(-r.value if r.bc else r.value) for r in readings if r.value.is_integer()}
    if len(years) > 1 or _offers_choice(folded):
        return refusal("hedge")
    if not years:
        return refusal("wrong")
    if _negated(folded, denied):
        return refusal("negation")
    year = years.pop()
    if 0 <= year < 100 and _SHORT_YEAR.search(text) and question.answer >= 100:
        year += question.answer - question.answer % 100  # "'69" in the answer's century
    if year == question.answer:
        return Verdict(True, matched=shown, reason="year")
    close = abs(year - question.answer) <= 2 or (0 <= year < 100 and year == question.answer % 100)
    return Verdict(False, close=close, matched=shown if close else None, reason="wrong")


def _no_number(text: str, folded: str) -> RejectReason:
    if not _WORDS.search(folded):
        return "empty"
    return "nonanswer" if _nonanswer(folded) else "wrong"
