"""A confusable skeleton, after Unicode TR39: text reduced to what a reader sees.

Two choices with the same skeleton look the same on screen (Latin "Moscow" and
"Mоscow" with a Cyrillic о; "Paris" and "Pa\u200bris" with a zero-width
space), so players could not type one apart from the other. The full TR39 data
maps about 6,000 characters; the ones that make real look-alikes of Latin
letters in quiz answers are the Cyrillic and Greek letters below, plus the
compatibility forms NFKC already folds (fullwidth and mathematical letters,
ligatures) and the invisible format characters, which are dropped.
"""

from __future__ import annotations

import unicodedata

_LATIN_LOOKALIKES = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "һ": "h", "і": "i", "ї": "i", "ј": "j",
    "к": "k", "ӏ": "l", "м": "m", "н": "h", "о": "o", "р": "p", "ԛ": "q", "с": "c",
    "ѕ": "s", "т": "t", "у": "y", "ԝ": "w", "х": "x", "ԁ": "d", "ь": "b",
    "А": "A", "В": "B", "Е": "E", "Ё": "E", "Н": "H", "І": "I", "Ї": "I", "Ј": "J",
    "К": "K", "М": "M", "О": "O", "Р": "P", "Ԛ": "Q", "С": "C", "Ѕ": "S", "Т": "T",
    "У": "Y", "Ԝ": "W", "Х": "X", "Ԁ": "D",
    # Greek
    "α": "a", "ο": "o", "ρ": "p", "ν": "v", "ι": "i", "κ": "k", "υ": "u", "χ": "x",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    # Latin letters that pass for others
    "ı": "i", "ɡ": "g", "ɑ": "a", "ʏ": "y",
}  # fmt: skip
_TABLE = str.maketrans(_LATIN_LOOKALIKES)


def skeleton(text: str) -> str:
    """What `text` looks like: NFKC, invisible format characters dropped, look-alike
    letters of other scripts mapped to the Latin letters they pass for."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKC", text)
    visible = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return visible.translate(_TABLE)
