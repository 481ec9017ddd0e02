"""Written forms of a number rewritten in digits before it is read (see
`numbers.read`): powers of ten, temperatures below zero, dozens, "N and a half",
and fractions and ratios read as the share they name (of 100 for a percentage)."""

from __future__ import annotations

import re

from bot.engine.judge.units import is_unit
from bot.engine.judge.vocabulary import (
    MONTH_FORMS,
    ORDINAL_WORDS,
    ROMAN_NUMERAL,
    roman_value,
    word_list,
)
from bot.engine.models import format_number

_BAKERS_DOZEN = re.compile(r"\ban? bakers? dozen\b|\bbakers? dozen\b")
# "two dozen", "half a dozen".
_DOZENS = re.compile(
    r"(?<![\d.])\b(a|an|one|two|three|four|five|six|ten|half a|\d+(?:\.\d+)?)\s+dozens?\b"
)
_FRACTIONS = {
    "quarter": 1 / 4,
    "fourth": 1 / 4,
    "half": 1 / 2,
    "third": 1 / 3,
    "fifth": 1 / 5,
    "tenth": 1 / 10,
}
# Not after "and": "4 and a half" is read whole (see `and_a_part`).
_FRACTION = re.compile(
    r"\b(?<!\band )(?<!\band a )(?<!\band one )(?<!\band three )"
    r"(?:(a|an|one|two|three|four|five|six|seven|eight|nine)[ -])?"
    r"(quarter|fourth|half|third|fifth|tenth)s?\b"
)
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}
# Past four only tenths take a count ("seven tenths"): "five quarters" is no share.
_TENTHS = {"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_DOZEN_COUNTS: dict[str, float] = {**_COUNTS, "five": 5, "six": 6, "ten": 10, "half a": 0.5}
# "1/4", "1 in 4", "3 out of 4": a ratio, read as a share; "1 1/2" with a whole number.
_RATIO_SLASH = re.compile(r"(?<![\d.])(?:(?P<units>\d+) )?(\d+)\s*/\s*(\d+)(?![\d.])")
_RATIO_WORDS = re.compile(r"\b(\d+) (?:in|out of|of every) (\d+)\b")
# "4 and a half", "an hour and a half", "2 hours and a half" (text2num leaves the
# fraction as words).
_AND_A_PART = re.compile(
    r"\b(\d+|an?) (?:(?!or |and )([a-z]+) )?and (?:a|one) (half|quarter)\b"
    r"|\b(\d+) and (?:three|3) quarters\b"
)
_PART = {"half": 0.5, "quarter": 0.25}
# Powers of ten: "1e6", "10^6", "1 x 10^6", "3 × 10⁸", before folding turns "10⁶" into 106.
_POWER_HINT = re.compile(r"\d\s*(?:e\d|\^|\*\*|[\u2070\u00b9\u00b2\u00b3\u2074-\u2079])")
_SUPERSCRIPT_POWER = re.compile(r"10([\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+)")
_SUPERSCRIPTS = str.maketrans(
    "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079", "0123456789"
)
_POWER = re.compile(
    r"(?<![\w.])(?:(\d+(?:\.\d+)?)\s*[x\u00d7*]\s*)?10\s*(?:\^|\*\*)\s*(\d{1,2})(?!\d)"
    r"|(?<![\w.])(\d+(?:\.\d+)?)e(\d{1,2})(?![\w.])"
)
_BELOW_ZERO = re.compile(
    r"(\d+(?:\.\d+)?)((?:\s*(?:\u00b0|degrees?|c|f|celsius|fahrenheit))*)\s+below(?:\s+(?:zero|0))?\b"
)
_HOURS_MINUTES = re.compile(
    r"(?<![\d.])(\d+)\s*(?:h|hr|hrs|hours?)\s*(?:and\s+)?(\d{1,2})\s*(?:m|min|mins|minutes?)?(?![\w.])"
)
_MINUTES_SECONDS = re.compile(
    r"(?<![\d.])(\d+)\s*(?:m|min|mins|minutes?)\s*(?:and\s+)?(\d{1,2})\s*(?:s|sec|secs|seconds?)(?![\w.])"
)
# "430 m below sea level": a depth, said as a height below zero.
_BELOW_SEA = re.compile(r"(\d+(?:\.\d+)?)(\s*[a-z]*)\s+below\s+sea\s+level\b")


def _powered(match: re.Match[str]) -> str:
    mantissa = match.group(1) or match.group(3) or "1"
    exponent = match.group(2) or match.group(4)
    return format_number(float(mantissa) * 10 ** int(exponent))


def powers_of_ten(text: str) -> str:
    """ "1e6", "10^6", "3 x 10^8" and "10⁶" in digits; before folding, which reads
    the superscript in "10⁶" as a plain 6."""
    if _POWER_HINT.search(text) is None:
        return text
    text = _SUPERSCRIPT_POWER.sub(lambda m: "10^" + m.group(1).translate(_SUPERSCRIPTS), text)
    return _POWER.sub(_powered, text)


def below_zero(folded: str) -> str:
    """ "40 below (zero)" is how temperatures under zero are said: minus 40, not 40
    and a second number 0; and "430 m below sea level" is a height of minus 430 m."""
    return _BELOW_ZERO.sub(r"minus \1\2", _BELOW_SEA.sub(r"minus \1\2", folded))


def dozens(folded: str) -> str:
    """ "two dozen" counts in twelves: 24, not 2 beside a word; a baker's is 13."""
    folded = _BAKERS_DOZEN.sub("13", folded)
    return _DOZENS.sub(_dozens, folded)


def fractions(folded: str, whole: float) -> str:
    """ "a quarter", "two thirds": a share said in words is the part of `whole` it
    names (100: a percentage, held to a "%" answer's tolerance)."""
    return _FRACTION.sub(lambda match: _fraction(match, whole), folded)


def slashed_ratios(text: str, whole: float) -> str:
    """ "1/4": a share written as a ratio, read as the part of `whole` it names (the
    slash would otherwise offer a choice between two numbers)."""
    return _RATIO_SLASH.sub(lambda match: _ratio(match, whole), text)


def worded_ratios(folded: str, whole: float) -> str:
    """ "1 in 4", "3 out of 4": a share as a ratio in words, read as the part of
    `whole` it names rather than as two numbers."""
    return _RATIO_WORDS.sub(lambda match: _ratio(match, whole), folded)


def durations(folded: str) -> str:
    """ "1 hour 30 minutes", "1h30", "2 min 5 s": a time in two units, as one number
    of the smaller unit (90 minutes, 125 seconds), converted like any unit after."""
    folded = _HOURS_MINUTES.sub(lambda m: f"{int(m[1]) * 60 + int(m[2])} minutes", folded)
    return _MINUTES_SECONDS.sub(lambda m: f"{int(m[1]) * 60 + int(m[2])} seconds", folded)


def and_a_part(folded: str) -> str:
    """ "4 and a half" is 4.5: text2num reads the whole number and leaves the
    fraction in words, which would read as a second number."""
    return _AND_A_PART.sub(_and_a_part, folded)


def _fraction(match: re.Match[str], whole: float) -> str:
    said, part = match.group(1) or "a", match.group(2)
    if said in _TENTHS and part != "tenth":
        return match.group(0)
    count = _COUNTS.get(said) or _TENTHS[said]
    return format_number(round(count * _FRACTIONS[part] * whole, 2))


def _ratio(match: re.Match[str], whole: float) -> str:
    units = match.groupdict().get("units")  # "1 1/2": only a slashed ratio has them
    part, parts = int(match.groups()[-2]), int(match.groups()[-1])
    if parts == 0 or part > parts or (units is not None and whole != 1):
        return match.group(0)
    value = round(whole * part / parts + (int(units) if units else 0), 4)
    return format_number(value) + ("%" if whole == 100 else "")


def scale_and_a_part(folded: str) -> str:
    """ "a million and a half", "two million and a quarter" (in digits by now): the
    part is of the scale, not of one."""
    return _SCALE_AND_PART.sub(_scale_and_part, folded)


def _scale_and_part(match: re.Match[str]) -> str:
    scale = 10 ** len(match[2])
    return format_number(int(match[1]) * scale + scale * _PART[match[3]])


def part_of_a_scale(folded: str) -> str:
    """ "1.5 1000000": "one and a half million" or "one point five million" once
    each part is in digits, which is one number, not two."""
    return _PART_SCALED.sub(lambda m: format_number(float(m[1]) * float(m[2])), folded)


_SCALE_POWERS = r"(1000|1000000|1000000000|1000000000000)"
_SCALE_AND_PART = re.compile(
    r"(?<![\d.])(\d*[1-9])(0{12}|0{9}|0{6}|0{3})(?![\d.]) and an? (half|quarter)\b"
)
_PART_SCALED = re.compile(rf"(?<![\d.])(\d{{1,3}}(?:\.\d+)?) {_SCALE_POWERS}(?![\d.])")


def _and_a_part(match: re.Match[str]) -> str:
    count, unit, part, quarters = match.groups()
    if quarters is not None:
        return format_number(int(quarters) + 0.75)
    if not count.isdigit() and unit is None:
        return match.group(0)  # "a and a half" is no number
    value = format_number((int(count) if count.isdigit() else 1) + _PART[part])
    return f"{value} {unit}" if unit else value


def _dozens(match: re.Match[str]) -> str:
    count = match.group(1)
    times = _DOZEN_COUNTS.get(count)
    return format_number(12 * (float(count) if times is None else times))


# Dates around a year: "20/07/1969", "1969-07-20", "July 20, 1969", "8th of May 1945".
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_MONTH_NAMES = {name for month, short in MONTH_FORMS.items() for name in (month, *short)}
_MONTH = "(?:{})\\.?".format("|".join(sorted(_MONTH_NAMES, key=lambda m: (-len(m), m))))
_NUMERIC_DATE = re.compile(
    rf"(?<![\d/.-])(?:{_DAY}[/.-](?:1[0-2]|0?[1-9])|(?:1[0-2]|0?[1-9])[/.-]{_DAY})[/.-](\d{{4}})(?![\d/.-])"
    rf"|(?<![\d/.-])(\d{{4}})[/.-](?:1[0-2]|0?[1-9])[/.-]{_DAY}(?![\d/.-])"
    # A month and its year: "07/1969", "1969-07" (two digits: "1969-70" is a range).
    rf"|(?<![\d/.-])(?:1[0-2]|0?[1-9])[/.-](\d{{4}})(?![\d/.-])"
    rf"|(?<![\d/.-])(\d{{4}})[/-](?:1[0-2]|0[1-9])(?![\d/.-])"
)
_DAY_OF_MONTH = re.compile(
    rf"\b{_DAY}(?:st|nd|rd|th)?\s+(?:of\s+)?(?={_MONTH}(?![a-z]))"
    rf"|(?<![a-z])({_MONTH})\s+{_DAY}(?:st|nd|rd|th)?\b(?!\s*(?:bc|ad|b\.c|a\.d))",
    re.IGNORECASE,
)


def dates_to_years(text: str) -> str:
    """A full date, or a month and year, as its year alone: the day and month are
    no second year. Before folding, which reads a slash as "or"."""
    if not any(ch.isdigit() for ch in text):
        return text
    text = _NUMERIC_DATE.sub(lambda m: next(year for year in m.groups() if year), text)
    return _DAY_OF_MONTH.sub(lambda m: m.group(1) or "", text)


# "1.000.000": dots between groups of three digits, as much of Europe writes them.
_DOTTED_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.,])")


def dotted_thousands(folded: str) -> str:
    """ "1.000.000" is a million: two dots or more cannot make a decimal."""
    return _DOTTED_THOUSANDS.sub(lambda m: m.group(0).replace(".", ","), folded)


_ONE_DOTTED_THOUSAND = re.compile(r"(?<![\d.,])(\d{1,3})\.(\d{3})(?![\d.,])")


def one_dotted_thousand(text: str) -> str:
    """ "3.600" written as "3,600": for an answer it can only be as a thousands group."""
    return _ONE_DOTTED_THOUSAND.sub(r"\1,\2", text)


# "100%" beside another number says how sure ("8, 100%"), not how many.
_CERTAINTY = re.compile(r"(?:^|(?<=[\s,]))100\s?(?:%|percent)(?=[\s,!.]|$)")
_DIGITS = re.compile(r"\d")


def certainty_off(folded: str) -> str:
    """The message without a "100%" of certainty, when another number is left."""
    rest = without_certainty(folded)
    return rest if rest != folded and _DIGITS.search(rest) else folded


def without_certainty(text: str) -> str:
    """The message without a "100%" that says how sure it is ("b, 100%")."""
    return _CERTAINTY.sub(" ", text)


# "the thirteenth": an ordinal in words names its number, as "13th" does.
_ORDINAL_TO_CARDINAL = {
    ordinal: cardinal
    for ordinal, cardinal in zip(
        ORDINAL_WORDS[1:],
        word_list(
            """one two three four five six seven eight nine ten eleven twelve thirteen
            fourteen fifteen sixteen seventeen eighteen nineteen twenty"""
        ),
        strict=True,
    )
} | {"thirtieth": "thirty", "fortieth": "forty", "fiftieth": "fifty", "hundredth": "hundred"}
# Not "second" after "per" or "a": "ten metres per second" is a speed.
_ORDINAL = re.compile(r"\b(?<!per )(?<!\ba )(?:" + "|".join(_ORDINAL_TO_CARDINAL) + r")\b")


def ordinals_to_numbers(folded: str) -> str:
    """ "thirteenth", "twenty-first" as the number words text2num reads."""
    return _ORDINAL.sub(lambda m: _ORDINAL_TO_CARDINAL[m.group(0)], folded)


_ROMAN_IN_CAPITALS = re.compile(rf"(?<![\w'-])({ROMAN_NUMERAL}|[ivx]{{2,}})(?![\w'-])")
_ROMAN_ALONE = re.compile(rf"\s*({ROMAN_NUMERAL})[\s?!.]*", re.IGNORECASE)
_ROMAN_LETTERS = frozenset("MDCLXVI")
_ANY_CASE_LETTERS = _ROMAN_LETTERS | frozenset("mdclxvi")
# Letters of chat that happen to be numerals, never read as numbers ("c" alone may
# pick a choice; "xx" is kisses, "mm" a sound).
_CHAT_LETTERS = frozenset({"xx", "xxx", "mm", "mmm", "cc", "dd", "ll", "ii"})
# Small letters make a numeral inside a message only of i, v and x ("louis xiv"):
# with l, c, d or m they spell words ("mix", "dim", "civil").
_LOWER_NUMERAL = re.compile(r"\b[ivx]{2,}\b")


def roman_numerals(text: str) -> str:
    """Roman numerals in digits: "Louis XIV" 14, "MCMXCI" 1991. Inside a message only
    of two letters or more (a lone "I" is the player), in capitals ("180 CM" is a
    unit) or of i, v and x; as the whole message, in any case ("xiv", "mcmxci")."""
    if _ANY_CASE_LETTERS.isdisjoint(text):
        return text  # most number messages: digits and other words
    alone = _ROMAN_ALONE.fullmatch(text)
    if (
        alone is not None
        and len(alone.group(1)) > 1
        and alone.group(1).lower() not in _CHAT_LETTERS
    ):
        return str(roman_value(alone.group(1)))

    def digits(match: re.Match[str]) -> str:
        numeral = match.group(1)
        if len(numeral) < 2 or is_unit(numeral.lower()):
            return numeral
        if numeral.lower() in _CHAT_LETTERS:
            return numeral  # "xx", kisses; "mm", a sound
        if numeral.islower() and _ROMAN_ALONE.fullmatch(numeral) is None:
            return numeral  # "iiii"
        return str(roman_value(numeral))

    if _ROMAN_LETTERS.isdisjoint(text) and _LOWER_NUMERAL.search(text) is None:
        return text  # most messages: no numeral
    return _ROMAN_IN_CAPITALS.sub(digits, text)


def a_for_one(text: str) -> str:
    """ "a year", "just a year", "a single year": "a" or "an" before a unit is one of
    it, unless a unit before it makes it "per" ("81 miles an hour")."""
    if "a" not in text.lower():
        return text
    return _A_UNIT.sub(_one_of, text)


def _one_of(found: re.Match[str]) -> str:
    before, unit = found.group("before"), found.group("unit")
    if before and (is_unit(before.lower()) or before.lower() in _FRACTIONS):
        return found.group(0)  # "miles an hour", "km a day": a rate; "half a year"
    if not is_unit(unit.lower()):
        return found.group(0)  # "a lot"
    return f"{before or ''}{found.group('gap') or ''}1 {unit}"


_A_UNIT = re.compile(
    r"(?:\b(?P<before>[a-z]+)(?P<gap>\s+))?\ban?\s+(?:single\s+)?(?P<unit>[a-z]+)\b",
    re.IGNORECASE,
)
