"""Is a known different answer nearer to what was typed than the answer it seems a
slip of? Then the slip is no slip ("Iran" is no typo of Iraq where Iran is an
answer too)."""

from __future__ import annotations

from collections.abc import Mapping

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.engine.judge.compiled import Matcher
from bot.engine.judge.confusables import CONFUSABLES
from bot.engine.judge.peers import by_length
from bot.engine.judge.words import within


def nearer_rival(matcher: Matcher, key: str, distance: int) -> bool:
    """Is a known different answer nearer than `distance` edits to `key`?

    Landing exactly on one is checked before any typo is tried, so this looks
    for rivals within distance - 1 edits, among those of a similar length only:
    its cost does not grow with the square of anything.
    """
    reach = distance - 1  # one edit nearer: a deletion index answers; more: a scan
    if reach < 1:
        return False
    # One message tries the same run more than once (whole, then as a window).
    known = matcher.near_memo.get((key, reach))
    if known is None:
        if len(matcher.near_memo) >= _MEMO_MAX:
            matcher.near_memo.clear()
        known = matcher.near_memo[(key, reach)] = _search_nearer(matcher, key, reach)
    return known


def _search_nearer(matcher: Matcher, key: str, reach: int) -> bool:
    for rival in matcher.rivals.values():
        if abs(len(rival.key) - len(key)) <= reach and within(key, rival.key, reach):
            return True
    if reach == 1:
        if any(matcher.rival(found) is not None for found in matcher.peers.one_edit_from(key)):
            return True
        buckets: tuple[Mapping[int, tuple[str, ...]], ...] = (_CONFUSABLE_BY_LENGTH,)
    else:
        buckets = (matcher.peers.by_length, _CONFUSABLE_BY_LENGTH)
    budget = _SCAN_MAX
    for bucket in buckets:
        for length in range(max(1, len(key) - reach), len(key) + reach + 1):
            keys = bucket.get(length, ())[:budget]
            budget -= len(keys)
            if keys and _rival_among(matcher, key, keys, reach):
                return True
    return False


def _rival_among(matcher: Matcher, key: str, keys: tuple[str, ...], reach: int) -> bool:
    for found, _distance, _index in process.extract(
        key, keys, scorer=OSA.distance, score_cutoff=reach, limit=_OWN_MAX + 1
    ):
        if matcher.rival(found) is not None:
            return True
    return False


# The built-in confusables by length, shared by every question.
_CONFUSABLE_BY_LENGTH = by_length(CONFUSABLES)
# A key may appear among the peers as one of the question's own answers: look a
# little past them for a real rival.
_OWN_MAX = 8
# Keys compared when a typo is two or more edits from the answer (a long or
# multi-word answer). Real sets hold far fewer of any one length; a hostile file
# of thousands of near-identical answers costs this much and no more.
_SCAN_MAX = 2048
_MEMO_MAX = 256
