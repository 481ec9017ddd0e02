"""What a "not" beside the answer does: deny a rival set against it ("Canberra,
not Sydney"), set it against a name the judge does not know ("Tokyo, not
Nagoya"), or offer that rival too ("Canberra, if not Sydney")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import takewhile

from bot.engine.judge.compiled import Matcher
from bot.engine.judge.hedging import (
    FILLER,
    NEGATIONS,
    SENTENCE_WORDS,
    TYPE_WORDS,
    Span,
    corrects_at,
)
from bot.engine.judge.names import is_given_name
from bot.engine.judge.normalise import LIST_MARK
from bot.engine.judge.placing import FEATURES
from bot.engine.judge.vocabulary import ARTICLES, word_set


def denied_rivals(matcher: Matcher, toks: Sequence[str], rivals: Sequence[Span]) -> dict[int, int]:
    """The rivals a "not" just before denies, by start, with the position of that
    "not": beside the answer they correct it ("Canberra, not Sydney", "not Sydney
    but Canberra"), so they are neither a second guess nor a denial of the answer.
    Not a rival made of the answer's own words ("Indian Ocean, not Indian")."""
    found: dict[int, int] = {}
    for span in rivals:
        before = word_before(toks, span.start)
        while (
            before > 0
            and toks[before] not in matcher.by_key  # never back across the answer
            and (is_given_name(toks[before]) or toks[before] in FEATURES)
        ):
            before = word_before(toks, before)  # "not Sergei Lavrov", "not Mount Kenya"
        own = matcher.alt_words.issuperset(toks[span.start : span.end])
        if before >= 0 and corrects_at(toks, before) and not own:
            found[span.start] = before
    return found


def corrected_after(
    matcher: Matcher, toks: Sequence[str], ends: set[int], covered: Mapping[int, Span]
) -> Span | None:
    """ "Tokyo, not Nagoya": a "not" just after the answer, then a name the judge does
    not know, ending the message. The player sets the answer against another guess,
    as with a known one (`denied_rivals`). Words that judge the answer ("Tokyo, not
    sure", "Tokyo not right") are no name; what is found stays a denial."""
    for at, tok in enumerate(toks):
        if tok != "not" or at in covered or not corrects_at(toks, at):
            continue
        before = at - 1 if at > 0 and toks[at - 1] == LIST_MARK else at
        rest = toks[at + 1 :]
        names = len(rest) - len(tuple(takewhile(_closes_chat, reversed(rest))))
        if (
            before in ends
            and 1 <= names <= 2
            and all(_may_be_a_name(word) for word in rest[:names])
            and not matcher.alt_words.issuperset(rest[:names])  # "Tokyo, not Tokyo"
        ):
            return Span(at, at + 1 + names, True, True)
    return None


def _closes_chat(word: str) -> bool:
    return word in FILLER or word in SENTENCE_WORDS


def _may_be_a_name(word: str) -> bool:
    """A word of another name: one of the answer's own may be in it ("Manchester
    United, not Manchester City")."""
    return (
        len(word) > 2
        and word.isalpha()
        and not _closes_chat(word)
        and word not in NEGATIONS
        and word not in TYPE_WORDS
        and word not in _JUDGING
    )


# Words that, after a "not", say how the player judges the answer, not another guess.
_JUDGING = word_set(
    """
    accurate actually again always anymore close convinced confirmed definite either enough
    even ever exactly false fully good great here joking kidding likely mistaken
    necessarily now possible probable quite real really so sometimes sure too totally true
    yet
    """
)


def offered(toks: Sequence[str], start: int) -> bool:
    """Is the candidate at `start` offered by "if not" or "or not" before it?"""
    before = word_before(toks, start)
    return before > 0 and toks[before] == "not" and not corrects_at(toks, before)


def word_before(toks: Sequence[str], start: int) -> int:
    """The position of the word before `start`, past any articles; -1 if none."""
    at = start - 1
    while at >= 0 and toks[at] in ARTICLES:
        at -= 1
    return at
