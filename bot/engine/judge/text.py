"""Finding answers in a message, and the verdict for `text` questions."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from bot.engine.judge.compiled import Alt, Matcher, Rival
from bot.engine.judge.hedging import FILLER, LIST_WORDS, NONANSWERS, Span, Surroundings, inspect
from bot.engine.judge.normalise import drop_leading_article, fold, joined, words_only
from bot.engine.judge.words import Kind, has_digit, phrase_kind, sub_phrase
from bot.engine.verdict import Verdict

logger = logging.getLogger(__name__)

_RANK: dict[str, int] = {"exact": 0, "word_order": 1, "inflection": 2, "typo": 3}


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    alt: Alt
    kind: Kind


def match_words(matcher: Matcher, words: tuple[str, ...]) -> tuple[Alt, Kind] | None:
    """The alt these words spell, forgiving typos that do not land on a rival."""
    key = joined(words)
    alt = matcher.by_key.get(key) or matcher.by_squashed.get(key.replace(" ", ""))
    if alt is not None:
        return alt, "exact"
    if matcher.rival(key) is not None:
        return None
    best: tuple[Alt, Kind] | None = None
    for alt in matcher.by_size.get(len(words), ()):
        kind = phrase_kind(words, alt.words, alt.common)
        if kind is not None and (best is None or _RANK[kind] < _RANK[best[1]]):
            best = (alt, kind)
    if (
        best is not None
        and best[1] in ("typo", "inflection")
        and _nearer_rival(matcher, key, best[0])
    ):
        return None
    return best


def _nearer_rival(matcher: Matcher, key: str, alt: Alt) -> bool:
    """A typo is not forgiven when a known-different answer is nearer to what was typed."""
    own = OSA.distance(key, alt.key)
    return any(
        OSA.distance(key, rival.key, score_cutoff=own) < own
        for rival, near, _ in matcher.neighbours
        if near is alt
    )


def find_hits(matcher: Matcher, toks: Sequence[str]) -> list[Hit]:
    """Non-overlapping runs of tokens that spell an answer, longest first."""
    hits: list[Hit] = []
    taken: set[int] = set()
    # Filler ("i", "think", "its") and list words are never a mistyped answer word.
    blocked = {
        i
        for i, t in enumerate(toks)
        if (t in FILLER or t in LIST_WORDS) and t not in matcher.alt_words
    }
    for size in matcher.lengths:
        for start in range(len(toks) - size + 1):
            if any(i in taken or i in blocked for i in range(start, start + size)):
                continue
            window = tuple(toks[start : start + size])
            found = match_words(matcher, window)
            if found is not None and not _inside_rival(matcher, toks, start, start + size):
                hits.append(Hit(start, start + size, found[0], found[1]))
                taken.update(range(start, start + size))
    return hits


def _inside_rival(matcher: Matcher, toks: Sequence[str], start: int, end: int) -> bool:
    """True when the run is part of a longer known name: "Sudan" in "South Sudan"."""
    for size in matcher.rival_lengths:
        if size <= end - start:
            continue
        for first in range(max(0, end - size), min(start, len(toks) - size) + 1):
            if matcher.rival(" ".join(toks[first : first + size])) is not None:
                return True
    return False


def find_rivals(matcher: Matcher, toks: Sequence[str], hits: Sequence[Hit]) -> list[Span]:
    taken = {i for h in hits for i in range(h.start, h.end)}
    spans: list[Span] = []
    for size in matcher.rival_lengths:
        for start in range(len(toks) - size + 1):
            if any(i in taken for i in range(start, start + size)):
                continue
            rival = matcher.rival(" ".join(toks[start : start + size]))
            if rival is not None and not (size == 1 and toks[start] in FILLER):
                spans.append(Span(start, start + size, True, matcher.compatible(rival)))
                taken.update(range(start, start + size))
    return spans


def surroundings(
    matcher: Matcher, toks: Sequence[str], hits: Sequence[Hit], unknown_per_answer: int = 1
) -> Surroundings:
    spans = [Span(h.start, h.end, False) for h in hits]
    spans += find_rivals(matcher, toks, hits)
    return inspect(toks, spans, matcher.initials, unknown_per_answer)


def judge_matcher(matcher: Matcher, toks: tuple[str, ...], right: int) -> Verdict:
    """Verdict for a message against a matcher whose right answers carry label `right`."""
    words = words_only(toks)
    if not words:
        return Verdict(False, reason="empty")
    core = drop_leading_article(words)
    # "Help!" or "Nothing" may be the very answer; only then is it not a non-answer.
    if joined(core) in NONANSWERS and joined(core) not in matcher.by_key:
        return Verdict(False, reason="nonanswer")
    whole = match_words(matcher, core)
    if whole is not None:
        alt, kind = whole
        if alt.label == right:
            return Verdict(True, matched=alt.text, reason=kind)
        return Verdict(False, reason="wrong")
    if len(words) > matcher.max_words + 4:
        return Verdict(False, reason="too_long")
    if len(words) == 1:
        return near_miss(matcher, words, right)  # the only window was tried above
    hits = find_hits(matcher, toks)
    if not hits:
        return _with_middle_name(matcher, words, right) or near_miss(matcher, words, right)
    if len({h.alt.label for h in hits}) > 1:
        return Verdict(False, reason="hedge")
    around = surroundings(matcher, toks, hits)
    hit = max(hits, key=lambda h: h.end - h.start)
    if around.problem == "too_long":
        # "Sergei K. Shoigu" when `Shoigu` is listed: the full name, not an essay.
        named = _with_middle_name(matcher, words, right)
        if named is not None:
            return named
    if around.problem is not None:
        return Verdict(False, matched=hit.alt.text, reason=around.problem)
    if hit.alt.label != right:
        return Verdict(False, reason="wrong")
    reason = "initial" if around.used_initial else _sentence_reason(hit.kind)
    return Verdict(True, matched=hit.alt.text, reason=reason)


_POSSESSIVE = re.compile(r"(\w+)'s\s+(\w+)")


def possessive_of_answer(matcher: Matcher, text: str) -> bool:
    """ "Shoigu's deputy", "France's neighbour": the answer owns the thing named, so the
    message names something else. "It's Shoigu" and a bare "Shoigu's" are fine."""
    if "'" not in text and "\u2019" not in text:
        return False
    folded = fold(text)
    for match in _POSSESSIVE.finditer(folded):
        owner, owned = match.groups()
        if owner in matcher.alt_words and owned not in FILLER:
            own_form = f"{owner}'s {owned}"
            if not any(own_form in fold(alt.text) for alt in matcher.alts):
                return True
    return False


def _with_middle_name(matcher: Matcher, words: tuple[str, ...], right: int) -> Verdict | None:
    """ "Thomas Alva Edison" for "Thomas Edison": one unknown word inside a full name."""
    content = tuple(w for w in words if w not in FILLER)
    for alt in matcher.alts:
        if alt.label != right or len(alt.words) < 2:
            continue
        if len(content) < len(words) and phrase_kind(content, alt.words, alt.common):
            return Verdict(True, matched=alt.text, reason="in_sentence")
        if _without_initials(content, alt) is not None:
            return Verdict(True, matched=alt.text, reason="in_sentence")
        if len(content) != len(alt.words) + 1:
            continue
        inner = content[1:-1]
        for skip, extra in enumerate(inner, start=1):
            rest = content[:skip] + content[skip + 1 :]
            if matcher.rival(extra) is None and not has_digit(extra):
                kind = phrase_kind(rest, alt.words, alt.common)
                if kind is not None:
                    return Verdict(True, matched=alt.text, reason="in_sentence")
    return None


def _without_initials(content: tuple[str, ...], alt: Alt) -> Kind | None:
    """ "Thomas A. Edison": a middle initial inside a full name."""
    inner = tuple(w for i, w in enumerate(content) if len(w) > 1 or i in (0, len(content) - 1))
    if len(inner) == len(content) or len(inner) != len(alt.words):
        return None
    return phrase_kind(inner, alt.words, alt.common)


def _sentence_reason(kind: Kind) -> str:
    return "in_sentence" if kind in ("exact", "word_order") else kind


def near_miss(matcher: Matcher, words: tuple[str, ...], right: int) -> Verdict:
    """Wrong; say why, and whether it was close."""
    content = tuple(w for w in words if w not in FILLER and w not in LIST_WORDS)
    key = joined(content)
    rival = matcher.rival(key)
    if rival is not None:
        return Verdict(False, reason=_landing_reason(matcher, rival))
    bare = tuple(w for w in content if not (len(w) == 1 and w in matcher.initials))
    for alt in matcher.alts:
        if alt.label != right:
            continue
        if sub_phrase(bare, alt.words, alt.common):
            return Verdict(False, close=True, matched=alt.text, reason="partial")
        if len(content) == len(alt.words) and _one_edit_too_many(key, alt):
            return Verdict(False, close=True, matched=alt.text, reason="wrong")
    return Verdict(False, reason="wrong")


def _one_edit_too_many(key: str, alt: Alt) -> bool:
    if has_digit(key) or has_digit(alt.key):
        return False
    limit = alt.allowance + 1
    return OSA.distance(key, alt.key, score_cutoff=limit) <= limit


def _landing_reason(matcher: Matcher, rival: Rival) -> str:
    if rival.source == "reject":
        return "rejected"
    if any(r.key == rival.key for r, _, _ in matcher.neighbours):
        return "confusable"
    return "wrong"
