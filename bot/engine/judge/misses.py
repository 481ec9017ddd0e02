"""Why a message is wrong, and whether it came close."""

from __future__ import annotations

from rapidfuzz.distance import OSA

from bot.engine.judge.compiled import Alt, Matcher
from bot.engine.judge.hedging import FILLER, LIST_WORDS
from bot.engine.judge.normalise import joined
from bot.engine.judge.peers import Rival
from bot.engine.judge.vocabulary import is_slur
from bot.engine.judge.words import has_digit, sub_phrase
from bot.engine.verdict import RejectReason, Verdict, refusal

# Word comparisons the "part of the answer" check may spend on one message: real
# answers need a few dozen; fifty long spellings and a long message would need
# hundreds of thousands, for no more than a "close" instead of a plain "wrong".
_PARTIAL_BUDGET = 3000


def near_miss(
    matcher: Matcher, words: tuple[str, ...], right: int, *, far: bool = False
) -> Verdict:
    """Wrong; say why, and whether it was close. `far`: no word is near any answer
    word (see `Matcher.may_spell_answer`), so no word can be part of an answer."""
    content = tuple(w for w in words if w not in FILLER and w not in LIST_WORDS)
    key = joined(content)
    if is_slur(key):
        return refusal("wrong")
    rival = matcher.rival(key)
    if rival is not None:
        return refusal(_landing_reason(matcher, rival))
    if len(content) < len(words) and names_a_longer_rival(matcher, words):
        return refusal("wrong")  # "Martin Luther King": no near miss of Martin Luther
    bare = () if far else tuple(w for w in content if not (len(w) == 1 and w in matcher.initials))
    budget = _PARTIAL_BUDGET
    for alt in matcher.alts:
        if alt.label != right or alt.exact_only:
            continue
        budget -= len(bare) * len(alt.words)
        if bare and budget >= 0 and sub_phrase(bare, alt.words, alt.common):
            return Verdict(False, close=True, matched=alt.text, reason="partial")
        if len(content) == len(alt.words) and _one_edit_too_many(key, alt):
            return Verdict(False, close=True, matched=alt.text, reason="wrong")
    return refusal("wrong")


def names_a_longer_rival(matcher: Matcher, words: tuple[str, ...]) -> bool:
    """Do some of these words, two or more, spell a known different answer?"""
    for first, word in enumerate(words):
        for size in matcher.rival_sizes(word):
            stop = first + size
            if size > 1 and stop <= len(words) and matcher.rival(joined(words[first:stop])):
                return True
    return False


def _one_edit_too_many(key: str, alt: Alt) -> bool:
    if has_digit(key) or has_digit(alt.key):
        return False
    limit = alt.allowance + 1
    return OSA.distance(key, alt.key, score_cutoff=limit) <= limit


def _landing_reason(matcher: Matcher, rival: Rival) -> RejectReason:
    if rival.source == "reject":
        return "rejected"
    if matcher.near_own(rival):
        return "confusable"
    return "wrong"
