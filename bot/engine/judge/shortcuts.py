"""Shortcuts past the full search, for the messages most players type: the answer
as written (a table per question), another answer of the set as written, and
the answer after filler ("I think Paris"). Each gives exactly the verdict of the
full path (`text.judge_matcher` with `shortcuts=False`); tests/engine/judge/
test_fast_paths.py and test_shortcuts.py hold them to it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from bot.engine.judge.building import phrase_of
from bot.engine.judge.categories import another_kind
from bot.engine.judge.compiled import Alt, Matcher
from bot.engine.judge.hedging import LEAD_INS, NONANSWERS, TITLES
from bot.engine.judge.misses import near_miss
from bot.engine.judge.normalise import (
    LIST_MARK,
    NUMBER_WORDS,
    drop_leading_article,
    joined,
    tokens,
)
from bot.engine.judge.peers import PeerIndex
from bot.engine.judge.vocabulary import ARTICLES
from bot.engine.verdict import Verdict, refusal


def exact_verdicts(
    answers: Iterable[tuple[int, str]], right: int, peers: PeerIndex
) -> dict[str, Verdict]:
    """The verdicts of the messages that, lower-cased, spell an alternative's words
    exactly, alone or after an article ("Paris", "the paris"): the answer itself, as
    most players type it. Each verdict is the one the full path gives (the whole
    message found in the matcher's `by_key`, whose first alternative of a key
    wins), so looking it up first changes nothing; it needs no matcher.

    Only keys that read back as their own words, do not begin with an article and
    hold no number word qualify: for those, a message equal to the key (or to an
    article and the key) up to case and surrounding " ?!." has the same tokens,
    and so the same verdict, as the key.
    """
    table: dict[str, Verdict] = {}
    seen: set[str] = set()
    for label, text in answers:
        words = phrase_of(text, peers)
        key = joined(words)
        if not key or key in seen:
            continue
        seen.add(key)
        if drop_leading_article(words) != words or not NUMBER_WORDS.isdisjoint(words):
            continue
        # A key of plain words reads back as its words (see `tokens`); others are read.
        plain = key.isascii() and key.replace(" ", "").isalpha()
        if not plain and tokens(key) != words:
            continue
        if label == right:
            table[key] = Verdict(True, matched=text, reason="exact")
        else:
            table[key] = refusal("wrong")
    return table


def exact_verdict(table: Mapping[str, Verdict], text: str) -> Verdict | None:
    """The verdict of an ASCII message in `exact_verdicts`' table, if it is there."""
    key = text.lower().strip(EXACT_STRIP)
    found = table.get(key)
    if found is None:
        article, _, rest = key.partition(" ")
        if article in ARTICLES:
            found = table.get(rest)
    return found


# Characters around a message that never change its words.
EXACT_STRIP = " ?!."


def another_answer(matcher: Matcher, text: str) -> Verdict | None:
    """The verdict of a message that is another answer of the set as written ("Lyon"
    to "Which city...?" answered Paris), found without reading the message; None
    for any other message. Only answers that read back as their own words qualify
    (see `PeerIndex.plain_keys`), so the message's words are the key's; when none
    is near an answer word, the full path would search in vain and end in
    `near_miss`. A number answer is never asked here: its full path also reads
    mistyped number words."""
    if not text.isascii():
        return None
    key = text.lower().strip(EXACT_STRIP)
    if key not in matcher.peers.plain_keys or key in NONANSWERS:
        return None
    words = tuple(key.split(" "))
    # Not a name written as one with a slip: what is another answer as written is
    # never a slip of this one (see `text.match_words`).
    if not matcher.may_spell_answer(words, joined=False):
        if matcher.too_long(words):
            return refusal("too_long")
        return near_miss(matcher, words, 0, far=True)
    return None


def nonanswer(matcher: Matcher, text: str) -> Verdict | None:
    """ "idk", "pass", "no idea": chat in a race, refused without reading the message,
    unless it is the very answer ("Nothing"). None for any other message. (A number
    answer is never asked here: its full path also mends mistyped number words.)"""
    key = text.lower().strip(EXACT_STRIP)
    if key in NONANSWERS and key not in matcher.by_key:
        return refusal("nonanswer")
    return None


def after_lead_in(matcher: Matcher, toks: tuple[str, ...], core: tuple[str, ...]) -> Alt | None:
    """The alt spelt exactly by the message after a lead-in of filler ("I think
    Paris", "is it Paris"), or None. The full search would find that alt and only
    it: no alt has as many words as the message (so the whole message spells
    none), lead-in words never begin a window (they are no alt's words) nor a
    longer rival, and none denies, offers a choice or counts as a stray. A title
    may make a person of a place's name ("Queen Victoria"), so it is left to the
    full path. A shortcut for the commonest sentence; anything else takes the full
    path."""
    size = len(toks)
    if size > matcher.max_words + 4 or len(core) in matcher.lengths or LIST_MARK in toks:
        return None
    if matcher.names_a_kind:
        return None  # a title may be a lead-in here, or a second guess
    start = 0
    while start < size and toks[start] in LEAD_INS:
        start += 1
    if start in (0, size):
        return None
    alt = matcher.by_key.get(" ".join(toks[start:]))
    if alt is None or "".join(core) in matcher.by_squashed:
        return None
    for word in toks[:start]:
        if word in matcher.alt_words or not matcher.rival_sizes(word) <= _ONE_WORD:
            return None
        if word in TITLES:
            return None  # "Queen Victoria" may name a person, not the city
        if another_kind(matcher, word):
            return None  # "the country Jordan" to "Which river…?": another thing
    return alt


_ONE_WORD = frozenset({1})
