"""Per-question matching data, computed once (at load time) and kept on the question.

Everything here is derived from the question alone (its answers, `reject`,
choices and peer answers), so it is safe to cache on the immutable model.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.engine.judge.confusables import CONFUSABLES, kind_of
from bot.engine.judge.names import is_given_name, is_surname
from bot.engine.judge.normalise import fold, joined, phrase, tokens, words_only
from bot.engine.judge.words import allowed_edits, has_digit, phrase_allowance

logger = logging.getLogger(__name__)


# Kinds of name that may stand beside an answer of another kind to place or date it.
_QUALIFIER_KINDS = frozenset({"country", "continent", "demonym", "number"})


@dataclass(frozen=True, slots=True)
class Alt:
    """One accepted spelling of one answer (label tells which answer)."""

    text: str
    words: tuple[str, ...]
    key: str
    label: int
    common: bool
    allowance: int


@dataclass(frozen=True, slots=True)
class Rival:
    """A known answer that is NOT right here."""

    text: str
    key: str
    source: str  # "reject", "choice", "peer", "confusable" or "name"
    kind: str | None


@dataclass(frozen=True, slots=True)
class Matcher:
    """Everything needed to find a question's answers (and rivals) in a message."""

    alts: tuple[Alt, ...]
    by_key: Mapping[str, Alt]
    by_squashed: Mapping[str, Alt]
    rivals: Mapping[str, Rival]  # reject and choices; peers and confusables looked up live
    peers: PeerIndex  # the other answers of the set, shared by all its questions
    own_keys: frozenset[str]
    # all_of: a peer made only of these words names this question's own parts.
    own_part_words: frozenset[str] | None
    lengths: tuple[int, ...]  # word counts of the alts, longest first
    rival_lengths: tuple[int, ...]
    kinds: frozenset[str]  # confusable kinds of the own answers ("capital", ...)
    initials: frozenset[str]
    max_words: int
    alt_words: frozenset[str]  # every word of every alt
    by_size: Mapping[int, tuple[Alt, ...]]  # alts by word count
    # Words of the question itself: repeating them beside the answer is no second guess.
    asked: frozenset[str] = frozenset()
    # The answer is a person: other given names and surnames are rivals.
    person: bool = False
    # Filled on first use: finding near rivals is the one costly step of preparing
    # a question, and most questions of a big set are never asked.
    _neighbour_cache: list[tuple[tuple[Rival, Alt, int], ...]] = field(default_factory=list)

    @property
    def neighbours(self) -> tuple[tuple[Rival, Alt, int], ...]:
        """(rival, the alt it is near, distance) for rivals a forgiven typo could be nearer to."""
        if not self._neighbour_cache:
            self._neighbour_cache.append(_neighbours(self))
        return self._neighbour_cache[0]

    def rival(self, key: str) -> Rival | None:
        if key in self.own_keys:
            return None
        found = self.rivals.get(key)
        if found is None:
            found = self.peers.rivals.get(key)
            if found is not None and self._names_own_parts(key):
                found = None
        if found is not None:
            return found
        kind = CONFUSABLES.get(key)
        return Rival(key, key, "confusable", kind) if kind else None

    def name_rival(self, key: str) -> Rival | None:
        """A known given name or surname other than the answer's own, for a person."""
        if not self.person or key in self.alt_words or " " in key:
            return None
        if is_surname(key):
            return Rival(key, key, "name", "surname")
        if is_given_name(key):
            return Rival(key, key, "name", "given")
        return None

    def _names_own_parts(self, key: str) -> bool:
        """An all_of's parts in another form ("Burkina Faso and Russia") are not a rival."""
        words = self.own_part_words
        return words is not None and set(key.split()) <= words

    def compatible(self, rival: Rival) -> bool:
        """True for a name that places or dates the answer rather than competing with
        it: "Russia" in "Moscow, Russia", "2022" in "September 2022"."""
        if self.person or rival.source in ("reject", "choice"):
            return False  # beside a person, a place or year is a second guess
        if rival.kind not in _QUALIFIER_KINDS:
            return False
        return rival.kind not in self.kinds


def _rival(text: str, source: str) -> Rival | None:
    key = joined(phrase(text))
    return Rival(text, key, source, kind_of(key)) if key else None


def _alt(text: str, label: int) -> Alt | None:
    words = phrase(text)
    if not words:
        return None
    # Inflections are for common nouns; an all-lower-case answer, or one whose
    # only capital is its first letter, is treated as one.
    common = text[1:] == text[1:].lower() and kind_of(joined(words)) is None
    return Alt(text, words, joined(words), label, common, phrase_allowance(words))


@dataclass(frozen=True, slots=True)
class PeerIndex:
    """The answers of one quiz set as rivals, built once and shared by its questions.

    Sharing keeps loading linear in the size of the set: no question copies or
    scans the others' answers when it is prepared.
    """

    rivals: Mapping[str, Rival]
    by_length: Mapping[int, tuple[str, ...]]  # keys by character count, for neighbour search
    word_counts: frozenset[int]

    @classmethod
    def build(cls, texts: Iterable[str]) -> PeerIndex:
        rivals: dict[str, Rival] = {}
        for text in texts:
            rival = _rival(text, "peer")
            if rival is not None:
                rivals.setdefault(rival.key, rival)
        by_length: dict[int, list[str]] = {}
        for key in rivals:
            by_length.setdefault(len(key), []).append(key)
        return cls(
            rivals=MappingProxyType(rivals),
            by_length=MappingProxyType({n: tuple(keys) for n, keys in by_length.items()}),
            word_counts=frozenset(k.count(" ") + 1 for k in rivals),
        )

    def near_in_length(self, length: int, reach: int) -> list[str]:
        return [
            key
            for n in range(max(1, length - reach), length + reach + 1)
            for key in self.by_length.get(n, ())
        ]


NO_PEERS = PeerIndex.build(())


def build_matcher(
    answers: Iterable[tuple[int, str]],
    rejects: Iterable[str] = (),
    *,
    choices: Iterable[str] = (),
    peers: PeerIndex = NO_PEERS,
    own_part_words: frozenset[str] | None = None,
    ask: str = "",
) -> Matcher:
    """Matching data for one question; `peers` is its set's shared PeerIndex."""
    alts = tuple(a for label, text in answers if (a := _alt(text, label)) is not None)
    own = frozenset(a.key for a in alts)
    rivals: dict[str, Rival] = {}
    for source, texts in (("reject", rejects), ("choice", choices)):
        for text in texts:
            rival = _rival(text, source)
            if rival is not None and rival.key not in own and rival.key not in rivals:
                rivals[rival.key] = rival
    by_key: dict[str, Alt] = {}
    by_squashed: dict[str, Alt] = {}
    for alt in alts:
        by_key.setdefault(alt.key, alt)
        by_squashed.setdefault(alt.key.replace(" ", ""), alt)
    asked = frozenset(words_only(tokens(ask, numbers=False)))
    return Matcher(
        asked=asked,
        person=_is_person(ask, alts),
        alts=alts,
        by_key=MappingProxyType(by_key),
        by_squashed=MappingProxyType(by_squashed),
        rivals=MappingProxyType(rivals),
        peers=peers,
        own_keys=own,
        own_part_words=own_part_words,
        lengths=tuple(sorted({len(a.words) for a in alts}, reverse=True)),
        rival_lengths=tuple(
            sorted(
                {1, 2, 3, *(k.count(" ") + 1 for k in rivals), *peers.word_counts},
                reverse=True,
            )
        ),
        kinds=frozenset(k for a in alts if (k := kind_of(a.key)) is not None),
        initials=frozenset(w[0] for a in alts if len(a.words) > 1 for w in a.words),
        max_words=max((len(a.words) for a in alts), default=1),
        alt_words=frozenset(w for a in alts for w in a.words),
        by_size=MappingProxyType(
            {n: tuple(a for a in alts if len(a.words) == n) for n in {len(a.words) for a in alts}}
        ),
    )


_WHO = re.compile(r"\bwho(?:m|se)?\b")


def _is_person(ask: str, alts: tuple[Alt, ...]) -> bool:
    """A question asking "who", or a proper name made of known personal names."""
    if _WHO.search(fold(ask)):
        return True
    return any(
        alt.text[:1].isupper()
        and kind_of(alt.key) is None
        and any(is_surname(w) or is_given_name(w) for w in alt.words)
        for alt in alts
    )


# The built-in confusables as rivals; read-only, shared by every question.
_CONFUSABLE_RIVALS: tuple[Rival, ...] = tuple(
    Rival(key, key, "confusable", kind) for key, kind in CONFUSABLES.items()
)
_CONFUSABLE_KEYS: tuple[str, ...] = tuple(r.key for r in _CONFUSABLE_RIVALS)


# Nearest rivals kept per alt and source. Real sets have a handful; a file whose
# thousands of answers all lie within a few edits of each other would otherwise
# cost time and memory quadratic in its size. Landing exactly on any rival is
# still caught by `Matcher.rival`, whatever this bound.
_MAX_NEIGHBOURS = 64


def _neighbours(matcher: Matcher) -> tuple[tuple[Rival, Alt, int], ...]:
    """Rivals near enough to an alt that a forgiven typo could be closer to them."""
    local = tuple(matcher.rivals.values())
    local_keys = tuple(r.key for r in local)
    found: list[tuple[Rival, Alt, int]] = []
    for alt in matcher.alts:
        reach = 2 * max(alt.allowance, allowed_edits(len(alt.key))) + 1
        if has_digit(alt.key) and alt.allowance == 0:
            continue
        # Only peers of a similar length can be within `reach` edits.
        peer_keys = matcher.peers.near_in_length(len(alt.key), reach)
        # Each key once, under the source `rival()` gives it: reject/choice, peer, confusable.
        for keys, source in (
            (local_keys, None),
            (peer_keys, "peer"),
            (_CONFUSABLE_KEYS, "confusable"),
        ):
            for key, distance, _index in process.extract(
                alt.key, keys, scorer=OSA.distance, score_cutoff=reach, limit=_MAX_NEIGHBOURS
            ):
                rival = matcher.rival(key)
                if rival is not None and source in (None, rival.source):
                    found.append((rival, alt, int(distance)))
    return tuple(found)


@dataclass(frozen=True, slots=True)
class Prepared:
    """What `prepare` stores in a question's `_compiled` slot."""

    matcher: Matcher | None = None
    asked_bound: str | None = None  # "lt"/"gt" when the question itself states a bound
    # Numbers the question states ("two coups in 2022"): repeating one is not a guess.
    asked_numbers: frozenset[float] = frozenset()
    # Its negated phrases ("not found"): repeating them is not a denial.
    asked_negations: frozenset[str] = frozenset()
    max_words: int = 0  # all_of: the longest message that can still list every part
