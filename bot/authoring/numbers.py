"""Numbers and percentages in a sentence, with the bound the article gives ("less than")."""

from __future__ import annotations

import re
from types import MappingProxyType

from bot.authoring.mention import Mention

_SMALL = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
)
_TENS = {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80}
WORD_NUMBERS = MappingProxyType(
    {**{w: i for i, w in enumerate(_SMALL)}, **_TENS, "ninety": 90, "hundred": 100}
)
_NUMWORD_RE = "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
BOUNDS = (
    "less than",
    "fewer than",
    "more than",
    "over",
    "under",
    "nearly",
    "almost",
    "about",
    "around",
    "at least",
    "up to",
)
_BOUND_RE = "|".join(BOUNDS)
_NUM = rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|(?i:{_NUMWORD_RE}))"
_PERCENT = re.compile(
    rf"(?:\b(?P<bound>(?i:{_BOUND_RE}))\s+)?(?<![\w.,]){_NUM}\s*(?:%|per\s?cent\b|percent\b)"
)
_COUNT = re.compile(
    rf"(?:\b(?P<bound>(?i:{_BOUND_RE}))\s+)?(?<![\w.,$€£-]){_NUM}"
    rf"(?:\s+(?P<scale>thousand|million|billion))?"
    rf"\s+(?P<unit>(?:(?:square|cubic|metric)\s+)?[a-z][a-z\-]+)"
)
_NOT_UNITS = frozenset(
    [
        "of",
        "and",
        "or",
        "the",
        "a",
        "an",
        "to",
        "in",
        "on",
        "at",
        "for",
        "per",
        "percent",
        "than",
        "by",
        "from",
        "as",
        "is",
    ]
)


def parse_number(text: str) -> float | None:
    word = text.lower()
    if word in WORD_NUMBERS:
        return float(WORD_NUMBERS[word])
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _number_mention(
    kind: str, match: re.Match[str], index: int, unit: str | None
) -> Mention | None:
    value = parse_number(match.group("num"))
    if value is None:
        return None
    # "38 million euros": the question blanks "38" and leaves "million" in place,
    # so the player types a short number rather than 38000000.
    scale = match.groupdict().get("scale")
    if scale and unit:
        unit = f"{scale} {unit}"
    bound = match.group("bound").lower() if match.group("bound") else None
    start, end = match.start("num"), match.end("num")
    text = match.string[start:end]
    return Mention(kind, unit or "", text, index, start, end, number=value, bound=bound)


def find_numbers(sentence: str, index: int) -> list[Mention]:
    found = []
    taken: set[int] = set()
    for match in _PERCENT.finditer(sentence):
        mention = _number_mention("percent", match, index, "%")
        if mention:
            found.append(mention)
            taken.add(match.start("num"))
    for match in _COUNT.finditer(sentence):
        unit = match.group("unit")
        first = unit.split()[0]
        if match.start("num") in taken or first in _NOT_UNITS or unit.startswith(("per", "%")):
            continue
        if sentence[: match.start()].lower().endswith(("the ", "these ", "those ")):
            continue  # "the two ministers" refers back; it is not a fact of its own
        is_year = re.fullmatch(r"1[5-9]\d\d|20\d\d", match.group("num")) is not None
        if is_year:
            continue
        mention = _number_mention("number", match, index, unit)
        # "one millimetre" reads badly as "how many millimetre": counts start at two.
        if mention and mention.number is not None and mention.number > 1:
            found.append(mention)
    return found


# A part of "two hours, 21 minutes and 40 seconds" is no fact on its own.
_COMPOUND_BEFORE = re.compile(r"(?:hours?|minutes?)(?:,|\s+and)\s+$")
_COMPOUND_AFTER = re.compile(r"^\s*\w*,?\s+(?:and\s+)?\S+\s+minutes?")


def in_compound(sentence: str, mention: Mention) -> bool:
    if mention.kind != "number":
        return False
    before = sentence[max(0, mention.start - 12) : mention.start]
    after = sentence[mention.end : mention.end + 30]
    return bool(_COMPOUND_BEFORE.search(before) or _COMPOUND_AFTER.match(after))
