"""Finding answers in a message, and the verdict for `text` questions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from bot.engine.judge.compiled import Alt, Matcher
from bot.engine.judge.confusables import kind_of
from bot.engine.judge.hedging import (
    FILLER,
    LIST_WORDS,
    NONANSWERS,
    REGNAL,
    SENTENCE_WORDS,
    TYPE_WORDS,
    Span,
    negated,
    offers_choice,
    soft_words,
)
from bot.engine.judge.misses import near_miss
from bot.engine.judge.names import is_given_name, is_surname, same_given_name
from bot.engine.judge.normalise import (
    drop_leading_article,
    fold,
    joined,
    words_only,
)
from bot.engine.judge.shortcuts import after_lead_in
from bot.engine.judge.words import Kind, has_digit, phrase_kind
from bot.engine.verdict import AcceptReason, RejectReason, Verdict

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
    best: tuple[Alt, Kind] | None = None
    size = len(words)
    for alt in matcher.alts:
        if len(alt.words) != size:
            continue
        kind = phrase_kind(words, alt.words, alt.common)
        if kind is not None and (best is None or _RANK[kind] < _RANK[best[1]]):
            best = (alt, kind)
    # A known different answer is never a typo of this one. Checked once a typo
    # is found: most windows of a message spell nothing near an answer.
    if best is None or matcher.rival(key) is not None or matcher.name_rival(key) is not None:
        return None
    if (
        best is not None
        and best[1] in ("typo", "inflection")
        and _nearer_rival(matcher, key, best[0])
    ):
        return None
    return best


def _nearer_rival(matcher: Matcher, key: str, alt: Alt) -> bool:
    """A typo is not forgiven when a known-different answer is nearer to what was typed."""
    own = OSA.distance(key, alt.key, score_cutoff=alt.allowance + len(alt.words))
    return matcher.nearer_rival(key, own)


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
    for first in range(start + 1):
        for size in matcher.rival_sizes(toks[first]):
            stop = first + size
            if (
                size > end - start
                and end <= stop <= len(toks)
                and matcher.rival(" ".join(toks[first:stop])) is not None
            ):
                return True
    return False


def _rival_runs(matcher: Matcher, toks: Sequence[str]) -> list[tuple[int, int]]:
    """(start, size) of every run that may spell a known rival, longest first.

    Only runs beginning with a rival's first word are tried, so the work grows
    with the message, not with the number of answers in the set."""
    runs = [
        (start, size)
        for start, tok in enumerate(toks)
        for size in matcher.rival_sizes(tok) | {1}
        if start + size <= len(toks)
    ]
    runs.sort(key=lambda run: (-run[1], run[0]))
    return runs


def find_rivals(matcher: Matcher, toks: Sequence[str], hits: Sequence[Hit]) -> list[Span]:
    taken = {i for h in hits for i in range(h.start, h.end)}
    spans: list[Span] = []
    for start, size in _rival_runs(matcher, toks):
        if any(i in taken for i in range(start, start + size)):
            continue
        key = " ".join(toks[start : start + size])
        rival = matcher.rival(key)
        if rival is None and size == 1 and matcher.person and is_surname(key):
            rival = matcher.name_rival(key)
        # A title or role ("defence minister") is no second guess, whoever else holds it.
        if rival is not None and not _names_a_title(matcher, toks[start : start + size]):
            spans.append(Span(start, start + size, True, matcher.compatible(rival)))
            taken.update(range(start, start + size))
    return spans


def _names_a_title(matcher: Matcher, words: Sequence[str]) -> bool:
    """ "Minister", a role the question itself names, or, beside a person, any title
    or role ("the defence minister Shoigu", "Shoigu, the foreign minister"): a title
    says who the person is, it is not a second guess. Where the answer is no person
    ("Which post does Shoigu hold?"), another role is another answer."""
    if len(words) == 1:
        return words[0] in FILLER
    if not any(w in FILLER for w in words):
        return False
    if matcher.person:
        return all(w in FILLER or w in TYPE_WORDS or w in matcher.asked for w in words)
    return all(w in matcher.asked for w in words)


@dataclass(frozen=True, slots=True)
class Surroundings:
    problem: RejectReason | None
    used_initial: bool
    offers_choice: bool
    rival_named: bool = False  # a known different answer stands beside the answer


def surroundings(matcher: Matcher, toks: Sequence[str], hits: Sequence[Hit]) -> Surroundings:
    """What the words around the answers say: a denial, a choice offered, a second
    guess, or nothing a quizmaster would hold against the player."""
    spans = [Span(h.start, h.end, False) for h in hits]
    spans += find_rivals(matcher, toks, hits)
    covered = {i: span for span in spans for i in range(span.start, span.end)}
    soft = soft_words(toks)
    if negated(toks, covered, soft):
        return Surroundings("negation", False, False)
    if offers_choice(toks, covered):
        return Surroundings("hedge", False, True)
    loose = [
        i
        for i, tok in enumerate(toks)
        if i not in covered and i not in soft and not _harmless(matcher, tok)
    ]
    initials = [i for i in loose if hits and len(toks[i]) == 1 and toks[i] in matcher.initials]
    strays = [i for i in loose if i not in initials]
    problem: RejectReason | None = None
    if hits and any(toks[i] in REGNAL for i in strays):
        problem = "wrong"
    elif strays:
        strays, problem = _explain_strays(matcher, toks, hits, strays)
    if problem is None and any(s.rival and not s.compatible for s in spans):
        return Surroundings("two_guesses", bool(initials), False, rival_named=True)
    if problem is None and strays:
        problem = "two_guesses" if len(strays) <= _MAX_STRAYS else "too_long"
    return Surroundings(problem, bool(initials), False)


# More stray words than this beside an answer make an essay, not a second guess.
_MAX_STRAYS = 2


def _harmless(matcher: Matcher, tok: str) -> bool:
    if tok in FILLER or tok in LIST_WORDS or tok in TYPE_WORDS or tok in SENTENCE_WORDS:
        return True
    if tok in matcher.asked or tok == "1":  # "1": "the one"
        return True
    # "Russia's" (the apostrophe is dropped), "ministers", "hosted": forms of a harmless word.
    return any(
        tok.endswith(end) and (tok[: -len(end)] in matcher.asked or tok[: -len(end)] in TYPE_WORDS)
        for end in ("s", "es", "ed", "d", "ing")
    )


def _explain_strays(
    matcher: Matcher, toks: Sequence[str], hits: Sequence[Hit], strays: list[int]
) -> tuple[list[int], RejectReason | None]:
    """Strays that are no second guess: a person's own given name, or a word
    qualifying a common-noun answer ("military coup"). Returns those left over,
    and "other_person" for another person's given name before the surname."""
    left = set(strays)
    for hit in hits:
        if matcher.person:
            for i in (hit.start - 1, hit.end):
                if i in left:
                    own = _own_given_name(matcher, hit.alt, toks[i])
                    if own is False and is_given_name(toks[i]):
                        return sorted(left), "other_person"
                    if own:
                        left.discard(i)
        elif hit.alt.common and kind_of(hit.alt.key) is None and hit.start - 1 in left:
            left.discard(hit.start - 1)  # modifiers come before the noun they qualify
    return sorted(left), None


def _own_given_name(matcher: Matcher, alt: Alt, word: str) -> bool | None:
    """True: `word` is the answer's own given name (or a form of it); False: another;
    None: the answer's given name is not known and `word` is not a surname."""
    fuller = [
        other
        for other in matcher.alts
        if other.label == alt.label
        and len(other.words) > len(alt.words)
        and set(alt.words) <= set(other.words)
    ]
    if not fuller:
        return True if is_given_name(word) else None
    return any(
        same_given_name(word, name)
        for other in fuller
        for name in other.words
        if name not in alt.words
    )


def judge_matcher(
    matcher: Matcher, toks: tuple[str, ...], right: int, *, shortcuts: bool = True
) -> Verdict:
    """Verdict for a message against a matcher whose right answers carry label `right`.
    `shortcuts=False` takes the full search every time (for the tests)."""
    words = words_only(toks)
    if not words:
        return Verdict(False, reason="empty")
    core = drop_leading_article(words)
    # "Help!" or "Nothing" may be the very answer; only then is it not a non-answer.
    said = joined(core)
    if said in NONANSWERS and said not in matcher.by_key:
        return Verdict(False, reason="nonanswer")
    led = after_lead_in(matcher, toks, core) if shortcuts else None
    if led is not None:
        if led.label != right:
            return Verdict(False, reason="wrong")
        return Verdict(True, matched=led.text, reason="in_sentence")
    if shortcuts and len(words) > 1 and not matcher.may_spell_answer(words):
        # Nothing here can spell an answer: the searches below would find no run,
        # and the verdict is the near miss's (another answer, a partial, or wrong).
        # (One word is searched as cheaply as this test is made.)
        if len(words) > matcher.max_words + 4:
            return Verdict(False, reason="too_long")
        return near_miss(matcher, words, right, far=True)
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
    around = surroundings(matcher, toks, hits)
    if around.problem in ("negation", "hedge"):
        return Verdict(False, reason=around.problem)
    if len({h.alt.label for h in hits}) > 1:
        return Verdict(False, reason="two_guesses")
    hit = max(hits, key=lambda h: h.end - h.start)
    if around.problem in ("too_long", "two_guesses") and not around.rival_named:
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
            if not any(own_form in folded for folded in matcher.folded_texts):
                return True
    return False


def _with_middle_name(matcher: Matcher, words: tuple[str, ...], right: int) -> Verdict | None:
    """ "Thomas Alva Edison" for "Thomas Edison": one unknown word inside a full name."""
    if matcher.max_words < 2:
        return None  # only a name of two words or more has a middle
    content = tuple(w for w in words if w not in FILLER)
    for alt in matcher.alts:
        if alt.label != right or len(alt.words) < 2:
            continue
        if len(content) < len(words) and phrase_kind(content, alt.words, alt.common):
            return Verdict(True, matched=alt.text, reason="in_sentence")
        if _without_initials(content, alt) is not None:
            return Verdict(True, matched=alt.text, reason="in_sentence")
        if len(content) != len(alt.words) + 1 or len(alt.words) > _MAX_NAME_WORDS:
            continue
        inner = content[1:-1]
        for skip, extra in enumerate(inner, start=1):
            rest = content[:skip] + content[skip + 1 :]
            if matcher.rival(extra) is None and not is_surname(extra) and not has_digit(extra):
                kind = phrase_kind(rest, alt.words, alt.common)
                if kind is not None:
                    return Verdict(True, matched=alt.text, reason="in_sentence")
    return None


# A full name with a middle name has a few words; a longer answer is no name.
_MAX_NAME_WORDS = 6


def _without_initials(content: tuple[str, ...], alt: Alt) -> Kind | None:
    """ "Thomas A. Edison": a middle initial inside a full name."""
    inner = tuple(w for i, w in enumerate(content) if len(w) > 1 or i in (0, len(content) - 1))
    if len(inner) == len(content) or len(inner) != len(alt.words):
        return None
    return phrase_kind(inner, alt.words, alt.common)


def _sentence_reason(kind: Kind) -> AcceptReason:
    return "in_sentence" if kind in ("exact", "word_order") else kind
