"""Reading numbers and years out of a message: every number in it, with the bound,
era and denial said beside it, after the written forms (`number_forms`) are put in
digits. The verdicts are in `numbers`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
    certainty_off,
    dates_to_years,
    dotted_thousands,
    dozens,
    durations,
    fractions,
    ordinals_to_numbers,
    part_of_a_scale,
    powers_of_ten,
    roman_numerals,
    scale_and_a_part,
    slashed_ratios,
    worded_ratios,
)
from bot.engine.judge.units import PER_WORDS, unit_word
from bot.engine.judge.vocabulary import ORDINAL_WORDS
from bot.engine.models import format_number

_SPECIAL = {"once": "1", "twice": "2", "thrice": "3", "dozen": "12", "none": "0", "nil": "0"}
_SPECIAL_RE = re.compile(r"\b(" + "|".join(_SPECIAL) + r")\b")
SCALES = {
    "hundred": 1e2,
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
# "2.1 millions" is said too; and before a scale word a comma with one or two digits
# after it can only mark decimals ("2,1 million"), as it does in much of Europe.
_SCALED = re.compile(
    r"(\d+(?:[.]\d+|,\d{1,2}(?!\d))?)\s*"
    r"(hundred|thousand|million|billion|trillion|mil|mill|mln|mn|bil|bln|bn|tn|k)s?\b"
)
_SCALE_WORDS_SAID = frozenset({*SCALES, *(f"{word}s" for word in SCALES)})
# "1m", "$4.5b": a letter stuck to the number, read as a scale only where the unit
# cannot take it for a unit of its own (metres, minutes, bytes...).
_SHORT_SCALED = re.compile(r"(?<![\d.,])(\d+(?:\.\d+|,\d{1,2})?)([mb])\b")  # "5,1m" too
_SHORT_SCALES = {"m": 1e6, "b": 1e9}
_UNIT_WITH_M_OR_B = re.compile(r"\b[mb]")
_SHORT_SCALE_FROM = 100_000
# A slash inside a unit ("km/h", "m/s") says "per"; elsewhere it offers a choice.
_PER = re.compile(r"(?<=[A-Za-z])\s*/\s*(?=[A-Za-z]{1,3}(?:\^?2|\u00b2)?\b)")  # "m/s²"
_NUMBER = re.compile(r"(?<![\w.])(-)?(\d{1,3}(?:(?:,|\s)\d{3})+|\d+)(?:[.,](\d+))?(?![\d])")
_DIGIT = re.compile(r"\d")
_RANK_ONE = re.compile(r"\b(\d+\s?(?:st|nd|rd|th)|" + "|".join(ORDINAL_WORDS[1:]) + r")\s+one\b")
_SEPARATORS = re.compile(r"[,\s]")
_WORD_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")
_YEAR_PAIR = re.compile(r"\b(1[0-9]|20) (?:(?:oh|o|zero|0) (\d)|([1-9]\d))\b")
_ERA = re.compile(r"^\s*b\.?\s?c\.?(?:\s?e\.?)?(?![a-z])")  # "44 BC", "44 b.c.e."
_NEGATIVE = re.compile(r"\b(?:minus|negative)\s+$")
_BARE_DECIMAL = re.compile(r"(?<![\d.])\.(?=\d)")  # ".25"
_SURE = re.compile(r"\b(?:not\s+)?\d+\s*(?:%|percent)\s*sure\b")

_LESS = re.compile(
    r"\b(?:less than|fewer than|under|below|lower than|at most|up to|nearly|almost)\b|[<\u2264]"
)
_MORE = re.compile(
    r"\b(?:more than|over|above|greater than|higher than|at least|upwards of|in excess of)\b"
    r"|[>\u2265]"
)
# A bound said after the number: "8 at most", "8 max", "8 or more", "8+" ("min" is
# minutes as often as it is the minimum).
_BOUND_AFTER = re.compile(
    r"\s*(?:(or (?:less|fewer|under|below|lower)|at (?:the )?most|max(?:imum)?|tops)"
    r"|(or (?:more|over|above|higher|greater)|at (?:the )?least|minimum|and (?:up|over)))\b"
)
_PLUS_AFTER = re.compile(r"(?<=\d)\s*\+(?!\s*\d)")
WORDS = re.compile(r"[a-z]+")
# The scale words a unit may carry, and their short forms.
_SCALE_WORDS = {
    "thousand": ("thousand", "k"),
    "million": ("million", "mn", "m"),
    "billion": ("billion", "bn", "b"),
    "trillion": ("trillion", "tn"),
}


@dataclass(frozen=True, slots=True)
class Reading:
    value: float
    bound: str | None  # "lt", "gt" or None
    bc: bool
    # Where "not" and the number stand in the folded text, when "not" denies it.
    denied: tuple[int, int] | None = None
    unit: str | None = None  # the unit word typed after it ("f" in "212 F")
    named: bool = False  # it ends a name ("Apollo 11", "World War 2")


def bound_of(text: str) -> str | None:
    """Direction of a bound stated just before a number (or anywhere in a question)."""
    if _LESS.search(text):
        return "lt"
    if _MORE.search(text):
        return "gt"
    return None


def _folded(text: str, *, years: bool, share: float | None) -> str:
    """The message folded, with what folding would misread put in words first."""
    text = roman_numerals(dates_to_years(text) if years else powers_of_ten(text))
    if "+" in text:
        text = _PLUS_AFTER.sub(" or more", text)  # folding reads "+" as "and"
    if "/" in text:
        # Accents off first, so that a unit's slash is found in "m/ś" as in "m/s".
        text = _PER.sub(" per ", text if text.isascii() else accents_off(text))
        text = text.replace("^2", "\u00b2")  # "m/s^2": a unit squared, not another number
        if share is not None:
            text = slashed_ratios(text, share)
    return fold(text).replace("'", "")


def read(
    text: str,
    *,
    years: bool = False,
    share: float | None = None,
    scale: str | None = None,
    mend: bool = False,
    short_scales: bool = False,
) -> tuple[list[Reading], str]:
    """Every number in the message, plus the folded text it was read from.

    With `share`, fractions and ratios ("a quarter", "1/4", "one in four") are read
    as that share of it: 100 reads percentages, 1 plain values ("half" is 0.5).
    `scale` is the scale word the unit already carries ("billion" in "billion
    dollars"), so "4.5 billion" reads 4.5. With `mend`, number words with
    a typo are read too ("fourten"). With `short_scales`, "1m" and "4.5b" are a
    million and billions.
    """
    folded = _folded(text, years=years, share=share)
    if " one" in folded:
        folded = _RANK_ONE.sub(r"\1", folded)  # "the 16th one": a rank, then no number
    if "sure" in folded:
        folded = _SURE.sub(" ", folded)  # "(not) 90% sure" says how sure, not how many
    if mend:
        folded = mend_number_words(folded)
    if scale is not None:
        folded = _unit_scale(scale).sub("", _A_SCALE.sub(r"1 \1", folded))  # "a billion"
        folded = _SPACES.sub(" ", folded)  # "1 billion and a half": "1 and a half"
    if "." in folded:
        folded = dotted_thousands(_BARE_DECIMAL.sub(r"0.", folded))  # ".5", "1.000.000"
    if share is not None:
        folded = fractions(folded, share)
    if "100" in folded:
        folded = certainty_off(folded)  # "8, 100%"
    had_digits = _DIGIT.search(folded) is not None
    if "second" in folded:
        folded = _PER_SECOND.sub(r"\1 sec", folded)
    if not had_digits and not years:
        folded = ordinals_to_numbers(folded)  # "the thirteenth"
    words = set(WORDS.findall(folded))
    if "dozen" in words or "dozens" in words:
        folded = dozens(folded)
    if short_scales and had_digits and ("m" in words or "b" in words):
        folded = _SHORT_SCALED.sub(_short_scale, folded)
    if not words.isdisjoint(_SPECIAL):
        folded = _SPECIAL_RE.sub(lambda m: _SPECIAL[m.group(1)], folded)
    if "-" in folded:
        folded = _WORD_HYPHEN.sub(" ", folded)
    if had_digits and not words.isdisjoint(_SCALE_WORDS_SAID):
        folded = _SCALED.sub(_scale, folded)
    if NUMBER_WORD.search(folded):
        folded = words_to_digits(folded)
        if years and not had_digits:
            folded = _YEAR_PAIR.sub(_merge_pair, folded)
    scaled = not words.isdisjoint(_SCALE_WORDS_SAID)
    if scaled and " and " in folded:
        folded = scale_and_a_part(folded)  # "a million and a half"
    if " and " in folded:
        folded = and_a_part(folded)
    if scaled:
        folded = part_of_a_scale(folded)  # "one and a half million": 1.5 then 1000000
    if "below" in folded:
        folded = below_zero(folded)
    if had_digits and _TWO_UNITS.search(folded):
        folded = durations(folded)
    if share is not None and (" in " in folded or " of " in folded):
        folded = worded_ratios(folded, share)
    return _numbers_in(folded)


# A quick look for a time in two units ("1 hour 30", "2 min 5 s"): see `durations`.
_TWO_UNITS = re.compile(r"\d\s*(?:h|hr|hrs|hours?|m|min|mins|minutes?)\s*(?:and\s+)?\d")
# A number right after a word of a name ("Apollo 11", "World War 2"): the word is
# no filler, list word or sign of another guess.
_NAMED = re.compile(
    r"(?<![\w'])(?!(?:and|or|aka|then|not|also|in|of|on|the|year|years|maybe|possibly|plus)\b)"
    r"[a-z]{2,}\s+$"
)
# Characters after a number its unit is looked for in: " degrees fahrenheit".
_UNIT_REACH = 24


def _numbers_in(folded: str) -> tuple[list[Reading], str]:
    """The numbers of a message whose forms are all in digits now, and the message
    without the bounds said after them."""
    readings: list[Reading] = []
    bounds_after: list[re.Match[str]] = []
    for match in _NUMBER.finditer(folded):
        digits = _SEPARATORS.sub("", match.group(2))
        value = float(digits + ("." + match.group(3) if match.group(3) else ""))
        before = folded[max(0, match.start() - 24) : match.start()]
        if match.group(1) or _NEGATIVE.search(before):
            value = -value
        bc = _ERA.match(folded[match.end() :]) is not None
        denial = _DENIAL.search(before)
        denied = (match.start() - len(before) + denial.start(), match.end()) if denial else None
        bound = bound_of(before[-16:])
        after = _BOUND_AFTER.match(folded, match.end())
        if bound is None and after is not None:
            bound = "lt" if after.group(1) else "gt"
            bounds_after.append(after)
        unit = unit_word(folded[match.end() : match.end() + _UNIT_REACH])
        named = _NAMED.search(before) is not None and not match.group(1)
        readings.append(Reading(value, bound, bc, denied, unit, named))
    for after in bounds_after:  # read: its "or" offers no choice
        folded = folded[: after.start()] + " " * len(after.group(0)) + folded[after.end() :]
    return readings, folded


# "not" just before a number ("1945, not 1944"); after "if" or "or" it offers the
# number instead (see hedging.corrects_at).
_DENIAL = re.compile(r"(?<!\bif )(?<!\bor )\bnot\s+(?:the\s+)?$")


def _merge_pair(match: re.Match[str]) -> str:
    tail = match.group(2) if match.group(2) is not None else match.group(3)
    return f"{int(match.group(1)) * 100 + int(tail)}"


_SPACES = re.compile(r"  +")
# "metres per second", "miles a second": the unit, not the ordinal text2num reads.
_PER_SECOND = re.compile(rf"\b({'|'.join(sorted(PER_WORDS))}) seconds?\b")
# "a billion", "a million": one of the scale, where the unit carries it.
_A_SCALE = re.compile(r"\ban? (thousand|million|billion|trillion)\b")


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
    return format_number(float(match.group(1).replace(",", ".")) * _SHORT_SCALES[match.group(2)])


def short_scales(unit: str | None, answer: float) -> bool:
    """May "1m" be a million here? Only for an answer in the hundreds of thousands or
    more ("330m" is metres, "90m" minutes), and not where the unit itself may be
    written "m" or "b"."""
    if abs(answer) < _SHORT_SCALE_FROM:
        return False
    return unit is None or _UNIT_WITH_M_OR_B.search(fold(unit)) is None


def _scale(match: re.Match[str]) -> str:
    return format_number(float(match.group(1).replace(",", ".")) * SCALES[match.group(2)])
