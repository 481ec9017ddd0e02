"""Is a question's answer a person? Then the rules for names apply to it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.engine.judge.confusables import kind_of
from bot.engine.judge.names import (
    asks_for_a_person,
    asks_for_a_place,
    asks_for_a_title,
    is_given_name,
    is_surname,
)
from bot.engine.judge.normalise import fold

if TYPE_CHECKING:
    from bot.engine.judge.compiled import Alt


def is_person(ask: str, alts: Sequence[Alt]) -> bool:
    """A question asking "who", or a proper name made of known personal names."""
    folded = fold(ask)
    if asks_for_a_person(folded):
        return True
    if asks_for_a_place(folded):
        return False  # "Which state...?": Virginia, Georgia
    if asks_for_a_title(folded):
        return False  # "Which novel…?": "Don Quixote", "Oliver Twist" name books
    if any(len(alt.words) > 1 and alt.words[0] in _HONORIFICS for alt in alts):
        return True  # "Mrs Hudson"
    return any(
        alt.text[:1].isupper()
        and kind_of(alt.key) is None  # "Grey" the colour, "Gold" the metal: no person
        and any(is_surname(w) or is_given_name(w) for w in alt.words)
        for alt in alts
    )


# Said before a person's name and nothing else's.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madame", "monsieur"})
