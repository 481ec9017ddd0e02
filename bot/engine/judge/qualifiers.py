"""Which qualifier an answer takes: where the answer is also written with one
("blue whale", accepting "whale"), another before its noun names another of its
kind ("killer whale"); words of quantity ("some footage") qualify nothing."""

from __future__ import annotations

from collections.abc import Sequence

from bot.engine.judge.compiled import Alt, Matcher
from bot.engine.judge.vocabulary import word_set


def another_qualifier(matcher: Matcher, alt: Alt, words: Sequence[str]) -> bool:
    """Do `words` before `alt` qualify it otherwise than the answer does? When the
    answer is also written with a qualifier ("blue whale", accepting "whale"), the
    set says which one it is: another qualifier names another of its kind."""
    fuller = [
        other.words[: -len(alt.words)]
        for other in matcher.alts
        if other.label == alt.label
        and len(other.words) > len(alt.words)
        and other.words[-len(alt.words) :] == alt.words
    ]
    naming = set(words) - _QUANTIFIERS
    return bool(fuller and naming) and not any(naming <= set(own) for own in fuller)


# Words before a noun that say how much or which of it, never what sort ("some footage").
_QUANTIFIERS = word_set("some any this that these those such more most much many several few lots")
