"""Helpers for the judge's word lists."""

from __future__ import annotations


def word_set(block: str) -> frozenset[str]:
    """The whitespace-separated words of a block of text."""
    return frozenset(block.split())


def word_list(block: str) -> tuple[str, ...]:
    """The whitespace-separated words of a block of text, in order."""
    return tuple(block.split())


# The articles of English, which may lead any answer.
ARTICLES = frozenset({"the", "a", "an"})

# Ordinal words, from "first" at index 1; index 0 is empty.
ORDINAL_WORDS = (
    "",
    *word_list(
        """
        first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
        thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth
        """
    ),
)
# Roman numerals from "i" at index 1, as names and titles carry them; index 0 is empty.
ROMAN_NUMERALS = (
    "",
    *word_list("i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx"),
)
ROMAN_VALUE = {numeral: value for value, numeral in enumerate(ROMAN_NUMERALS) if numeral}
# Any Roman numeral, strictly formed (no "IIII", no "VX"), in capitals; the look-ahead
# keeps it from matching nothing.
ROMAN_NUMERAL = r"(?=[MDCLXVI])M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_ROMAN_DIGITS = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}
# Words after a name that tell its bearers apart, as a numeral does: "Kennedy Jr".
GENERATIONS = word_set("jr junior senior sr")
# What follows the digits of an ordinal: "1st", "2nd", "3rd", "4th".
ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"})

# The months in order, each with its standard short forms ("may" has none).
MONTH_FORMS: dict[str, tuple[str, ...]] = {
    "january": ("jan",),
    "february": ("feb",),
    "march": ("mar",),
    "april": ("apr",),
    "may": (),
    "june": ("jun",),
    "july": ("jul",),
    "august": ("aug",),
    "september": ("sep", "sept"),
    "october": ("oct",),
    "november": ("nov",),
    "december": ("dec",),
}


# The stem of the slurs a slip away from a real answer (a country's name): never
# forgiven as a typo, nor told they came close. A substring test: it runs on every
# near miss.
_SLUR_STEM = "nigg"


def is_slur(key: str) -> bool:
    return _SLUR_STEM in key


def roman_value(numeral: str) -> int:
    """The value of a well-formed Roman numeral, in either case."""
    values = [_ROMAN_DIGITS[letter] for letter in numeral.upper()]
    return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))
