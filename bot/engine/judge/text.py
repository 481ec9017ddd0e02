"""Finding answers in a message, and the verdict for `text` questions."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from rapidfuzz.distance import OSA

from bot.engine.judge.around import surroundings
from bot.engine.judge.compiled import Alt, Matcher
from bot.engine.judge.hedging import (
    FILLER,
    LIST_WORDS,
    NEGATIONS,
    NONANSWERS,
)
from bot.engine.judge.misses import names_a_longer_rival, near_miss
from bot.engine.judge.names import is_given_name, is_surname, same_given_name
from bot.engine.judge.nearer import nearer_rival
from bot.engine.judge.normalise import (
    FOREIGN_ARTICLES,
    LIST_MARK,
    drop_leading_article,
    fold,
    joined,
    words_only,
)
from bot.engine.judge.second_guess import Hit
from bot.engine.judge.shortcuts import after_lead_in
from bot.engine.judge.vocabulary import is_slur, word_set
from bot.engine.judge.words import Kind, has_digit, is_inflection, phrase_kind
from bot.engine.verdict import AcceptReason, Verdict, refusal

_RANK: dict[str, int] = {"exact": 0, "word_order": 1, "inflection": 2, "typo": 3}


def match_words(matcher: Matcher, words: tuple[str, ...]) -> tuple[Alt, Kind] | None:
    """The alt these words spell, forgiving typos that do not land on a rival."""
    key = joined(words)
    alt = matcher.by_key.get(key) or matcher.by_squashed.get(key.replace(" ", ""))
    if alt is not None:
        return alt, "exact"
    best: tuple[Alt, Kind] | None = None
    size = len(words)
    work = size > 1 and matcher.work_asked
    for alt in matcher.alts:
        if len(alt.words) != size or alt.exact_only:
            continue
        kind = phrase_kind(words, alt.words, alt.common, ordered=work and _written_as_a_title(alt))
        if kind is not None and (best is None or _RANK[kind] < _RANK[best[1]]):
            best = (alt, kind)
    if best is None and size == 1 and matcher.squashed_alts:
        slip = _squashed_slip(matcher, words[0])
        if slip is not None:
            best, words, size = (slip[0], "typo"), slip[1], len(slip[1])
    # A known different answer is never a typo of this one. Checked once a typo
    # is found: most windows of a message spell nothing near an answer.
    if best is None or matcher.rival(key) is not None or matcher.name_rival(key) is not None:
        return None
    if best[1] == "typo" and matcher.person and _another_name_in(words, best[0]):
        return None
    if best[1] == "typo" and size > 1 and _a_word_lands_on_a_rival(matcher, words, best[0]):
        return None  # "Iran invasion" is no slip for the Iraq invasion
    if best[1] != "exact" and is_slur(key):
        return None  # a slur one letter from a place's name earns nothing
    if best[1] != "exact" and size == 1 and matcher.titled and is_inflection(key, best[0].key):
        return None  # "Aliens" for the film Alien: another title, not a slip
    if (
        best is not None
        and best[1] in ("typo", "inflection")
        and _nearer_rival(matcher, key, best[0])
    ):
        return None
    return best


def _squashed_slip(matcher: Matcher, word: str) -> tuple[Alt, tuple[str, ...]] | None:
    """The alt of several words this one word is a slip of, written as one ("hatrick"
    for hat-trick, "newzeland" for New Zealand), and the word split as the alt's
    words: the slip must be one that word allows ("madman" is no Mad Max)."""
    for _, alt in matcher.squashed_near(word):
        for parts in _splits(word, tuple(map(len, alt.words))):
            kind = phrase_kind(parts, alt.words, alt.common, ordered=True)
            if kind is not None and kind != "exact":
                return alt, parts
    return None


def _splits(word: str, sizes: tuple[int, ...]) -> Iterator[tuple[str, ...]]:
    """`word` cut into as many parts as `sizes`, each cut at most one letter off."""
    if len(sizes) == 1:
        yield (word,)
        return
    for cut in (sizes[0], sizes[0] - 1, sizes[0] + 1):
        if 0 < cut < len(word):
            for rest in _splits(word[cut:], sizes[1:]):
                yield (word[:cut], *rest)


def _another_name_in(words: tuple[str, ...], alt: Alt) -> bool:
    """A slip in a full name never lands on another known name: "Sean Lennon" for
    John Lennon (a given name that is no form of the answer's own), "Claude Manet"
    for Monet (a surname, one letter from the answer's, names another painter)."""
    for word in words:
        if word in alt.words or _slips_a_particle(word, alt):
            continue
        if is_given_name(word):
            if not any(same_given_name(word, own) for own in alt.words):
                return True
        elif is_surname(word):
            return True
    return False


def _a_word_lands_on_a_rival(matcher: Matcher, words: tuple[str, ...], alt: Alt) -> bool:
    """Does a mistyped word of a phrase spell a known different name itself?"""
    own = alt.words
    return any(word not in own and matcher.rival(word) is not None for word in words)


def _slips_a_particle(word: str, alt: Alt) -> bool:
    """ "di" for "da" in "Leonardo da Vinci": a slip in a linking word of the name, not
    another person's name, though "Di" is one. Short given names are no particles:
    "Tim Hanks" is not Tom Hanks."""
    return len(word) <= 3 and any(
        own in _PARTICLES and OSA.distance(word, own, score_cutoff=1) <= 1 for own in alt.words
    )


# The linking words of names: "da Vinci", "van Gogh", "de la Cruz", "bin Laden".
_PARTICLES = word_set("al bin da das de del della den der di do dos du el ibn la le van von y zu")


def _nearer_rival(matcher: Matcher, key: str, alt: Alt) -> bool:
    """A typo is not forgiven when a known-different answer is nearer to what was typed."""
    own = OSA.distance(key, alt.key, score_cutoff=alt.allowance + len(alt.words))
    return nearer_rival(matcher, key, own)


def _own_commas_off(matcher: Matcher, toks: tuple[str, ...]) -> tuple[str, ...]:
    """ "Moby-Dick; or, The Whale, definitely": the commas inside an answer written
    with its own are part of it, not a list."""
    if LIST_MARK not in toks:
        return toks
    kept = [i for i, tok in enumerate(toks) if tok != LIST_MARK]
    plain = tuple(toks[i] for i in kept)
    for alt in matcher.alts:
        size = len(alt.words)
        if size < 2 or ("," not in alt.text and ";" not in alt.text):
            continue
        for start in range(len(plain) - size + 1):
            if plain[start : start + size] == alt.words:
                first, last = kept[start], kept[start + size - 1]
                inner = range(first, last + 1)
                return tuple(t for i, t in enumerate(toks) if i not in inner or t != LIST_MARK)
    return toks


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
        found = []
        for start in range(len(toks) - size + 1):
            if any(i in taken or i in blocked for i in range(start, start + size)):
                continue
            match = match_words(matcher, tuple(toks[start : start + size]))
            if match is not None and not _inside_rival(matcher, toks, start, start + size):
                found.append(Hit(start, start + size, match[0], match[1]))
        # Of overlapping runs the closest match wins: in "finance minister interior
        # minister", "interior minister" itself, not "minister interior" reordered.
        for hit in sorted(found, key=lambda hit: _RANK[hit.kind]):
            if taken.isdisjoint(range(hit.start, hit.end)):
                hits.append(hit)
                taken.update(range(hit.start, hit.end))
    hits.sort(key=lambda hit: (hit.start - hit.end, hit.start))
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


def judge_matcher(
    matcher: Matcher, toks: tuple[str, ...], right: int, *, shortcuts: bool = True
) -> Verdict:
    """Verdict for a message against a matcher whose right answers carry label `right`.
    `shortcuts=False` takes the full search every time (for the tests)."""
    words = words_only(toks)
    if not words:
        return refusal("empty")
    core = drop_leading_article(words)
    # "Help!" or "Nothing" may be the very answer; only then is it not a non-answer.
    said = joined(core)
    if said in NONANSWERS and said not in matcher.by_key:
        return refusal("nonanswer")
    led = after_lead_in(matcher, toks, core) if shortcuts else None
    if led is not None:
        if led.label != right:
            return refusal("wrong")
        return Verdict(True, matched=led.text, reason="in_sentence")
    if shortcuts and len(words) > 1 and not matcher.may_spell_answer(words):
        # Nothing here can spell an answer: the searches below would find no run,
        # and the verdict is the near miss's (another answer, a partial, or wrong).
        # (One word is searched as cheaply as this test is made.)
        if matcher.too_long(words):
            return refusal("too_long")
        return near_miss(matcher, words, right, far=True)
    whole = match_words(matcher, core)
    if whole is None and len(core) > 2 and core[0] in FOREIGN_ARTICLES:
        whole = match_words(matcher, core[1:])  # "la Sagrada Familia", "el Escorial"
    if whole is not None:
        alt, kind = whole
        if alt.label == right:
            return Verdict(True, matched=alt.text, reason=kind)
        return refusal("wrong")
    if matcher.too_long(words):
        return refusal("too_long")
    if len(words) == 1:
        return near_miss(matcher, words, right)  # the only window was tried above
    toks = _own_commas_off(matcher, toks)
    hits = find_hits(matcher, toks)
    if not hits:
        return _with_middle_name(matcher, words, right) or near_miss(matcher, words, right)
    around = surroundings(matcher, toks, hits)
    if around.problem in ("negation", "hedge"):
        return refusal(around.problem)
    if len({h.alt.label for h in hits}) > 1:
        return refusal("two_guesses")
    hit = max(hits, key=lambda h: h.end - h.start)
    if around.problem in _MIDDLE_NAME_MAY_EXPLAIN:
        # "Sergei K. Shoigu" when `Shoigu` is listed: the full name, not an essay. A
        # known surname there is a second guess unless it spells out the answer's own
        # middle initial ("John Fitzgerald Kennedy" for John F. Kennedy).
        named = (
            _with_initials_spelt(matcher, _content(words), right)
            if around.rival_named
            else _with_middle_name(matcher, words, right)
        )
        if named is not None:
            return named
    if around.problem is not None:
        return Verdict(False, matched=hit.alt.text, reason=around.problem)
    if hit.alt.label != right:
        return refusal("wrong")
    reason = "initial" if around.used_initial else _sentence_reason(hit.kind)
    return Verdict(True, matched=hit.alt.text, reason=reason)


# What a middle name inside a full name looks like from outside: a stray word, or a
# given name beside the surname ("Charles Robert Darwin").
_MIDDLE_NAME_MAY_EXPLAIN = frozenset({"too_long", "two_guesses", "other_person"})


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
    if names_a_longer_rival(matcher, words):
        return None  # "Martin Luther King" is another man, not Martin Luther titled
    content = _content(words)
    spelt = _with_initials_spelt(matcher, content, right)
    if spelt is not None:
        return spelt
    # An answer that gives its middle initials pins them: "George H. W. Bush" is another.
    pinned = any(_middle_initials(a) for a in matcher.alts if a.label == right)
    for alt in matcher.alts:
        if alt.label != right or len(alt.words) < 2:
            continue
        ordered = matcher.work_asked and _written_as_a_title(alt)
        if len(content) < len(words) and phrase_kind(
            content, alt.words, alt.common, ordered=ordered
        ):
            return Verdict(True, matched=alt.text, reason="in_sentence")
        if pinned:
            continue
        if _without_initials(content, alt) is not None:
            return Verdict(True, matched=alt.text, reason="in_sentence")
        if len(content) != len(alt.words) + 1 or len(alt.words) > _MAX_NAME_WORDS:
            continue
        inner = content[1:-1]
        for skip, extra in enumerate(inner, start=1):
            rest = content[:skip] + content[skip + 1 :]
            if _may_be_a_middle_name(matcher, extra):
                kind = phrase_kind(rest, alt.words, alt.common)
                if kind is not None:
                    return Verdict(True, matched=alt.text, reason="in_sentence")
    return None


def _written_as_a_title(alt: Alt) -> bool:
    """Written as a title is: capitalised, its words in their order ("Hey Ya!"); a
    number may move ("Kings 1" for 1 Kings)."""
    return alt.text[:1].isupper() and not any(has_digit(w) for w in alt.words)


def _may_be_a_middle_name(matcher: Matcher, word: str) -> bool:
    """ "Alva" in "Thomas Alva Edison"; not "or" in "emperor or king penguin", nor a
    known other name or a number."""
    return (
        word.isalpha()
        and word not in LIST_WORDS
        and word not in NEGATIONS
        and matcher.rival(word) is None
        and not is_surname(word)
    )


# A full name with a middle name has a few words; a longer answer is no name.
_MAX_NAME_WORDS = 6


def _content(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in words if w not in FILLER)


def _with_initials_spelt(matcher: Matcher, content: tuple[str, ...], right: int) -> Verdict | None:
    """ "Franklin Delano Roosevelt" for Franklin D. Roosevelt: each middle initial of
    the answer written out as a name that begins with it (`content`: the message's
    words without filler)."""
    if matcher.max_words < 3:
        return None
    for alt in matcher.alts:
        if alt.label != right or len(alt.words) != len(content) or not _middle_initials(alt):
            continue
        if any(t[0] != a for t, a in zip(content, alt.words, strict=True) if len(a) == 1):
            continue
        written = tuple(
            a if len(a) == 1 and a.isalpha() else t for t, a in zip(content, alt.words, strict=True)
        )
        if written != content and phrase_kind(written, alt.words, alt.common) is not None:
            return Verdict(True, matched=alt.text, reason="in_sentence")
    return None


def _middle_initials(alt: Alt) -> bool:
    """Does this name give a middle initial ("John F. Kennedy")?"""
    return any(len(w) == 1 and w.isalpha() for w in alt.words[1:-1])


def _without_initials(content: tuple[str, ...], alt: Alt) -> Kind | None:
    """ "Thomas A. Edison": a middle initial inside a full name."""
    inner = tuple(w for i, w in enumerate(content) if len(w) > 1 or i in (0, len(content) - 1))
    if len(inner) == len(content) or len(inner) != len(alt.words):
        return None
    return phrase_kind(inner, alt.words, alt.common)


def _sentence_reason(kind: Kind) -> AcceptReason:
    return "in_sentence" if kind in ("exact", "word_order") else kind
