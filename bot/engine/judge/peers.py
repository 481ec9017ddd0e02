"""The answers of a quiz set as rivals, indexed once and shared by its questions.

An index is built on the first judgment of any question of a set and kept in a
small cache keyed by the set's answer pool (the same tuple object for every
question of a set), so a set of N questions costs time linear in N to index,
however many of its questions are judged.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.engine.judge.confusables import kind_of
from bot.engine.judge.normalise import NUMBER_WORDS, joined, ordinals_as_digits, phrase
from bot.engine.judge.variants import initials_keys
from bot.engine.judge.vocabulary import ARTICLES, ORDINAL_WORDS


@dataclass(frozen=True, slots=True)
class Rival:
    """A known answer that is NOT right here."""

    text: str
    key: str
    source: str  # "reject", "choice", "peer", "confusable" or "name"
    kind: str | None


def make_rival(text: str, source: str) -> Rival | None:
    key = joined(phrase(text))
    return Rival(text, key, source, kind_of(key)) if key else None


def _keys(words: tuple[str, ...]) -> tuple[str, ...]:
    """An answer's key, and with an ordinal also the key a message holding a number
    word reads it as ("5 th republic" in "One More Time, Fifth Republic")."""
    key = joined(words)
    if _ORDINALS.isdisjoint(words):
        return (key,)
    return (key, joined(ordinals_as_digits(words)))


_ORDINALS = frozenset(ORDINAL_WORDS[1:])


@dataclass(frozen=True)
class PeerIndex:
    """The answers of one quiz set as rivals, built once and shared by its questions.

    Sharing keeps loading linear in the size of the set: no question copies or
    scans the others' answers when it is prepared. Only the look-up by key is
    built at once; the indexes for neighbour search are built on first need.
    """

    rivals: Mapping[str, Rival]
    # Each answer text of the set as matching words, so that its question, when
    # prepared, does not read it again.
    phrases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def build(cls, texts: Iterable[str]) -> PeerIndex:
        rivals: dict[str, Rival] = {}
        phrases: dict[str, tuple[str, ...]] = {}
        for text in texts:
            words = phrases.get(text)
            if words is None:
                words = phrases[text] = phrase(text)
            for key in _keys(words):
                if key and key not in rivals:
                    rivals[key] = Rival(text, key, "peer", kind_of(key))
        return cls(rivals=rivals, phrases=phrases)

    @cached_property
    def by_length(self) -> Mapping[int, tuple[str, ...]]:
        """Keys by character count, for neighbour search."""
        return by_length(self.rivals)

    @cached_property
    def first_sizes(self) -> Mapping[str, frozenset[int]]:
        """First word -> word counts of keys."""
        return first_sizes(self.rivals)

    @cached_property
    def plain_keys(self) -> frozenset[str]:
        """The keys that read back as their own words (see `shortcuts.exact_verdicts`):
        plain lower-case words, no article first and no number word."""
        return frozenset(
            key
            for key in self.rivals
            if key.isascii()
            and key.replace(" ", "").isalpha()
            and key.split(" ", 1)[0] not in ARTICLES
            and NUMBER_WORDS.isdisjoint(key.split(" "))
        )

    @cached_property
    def initials(self) -> Mapping[str, frozenset[str]]:
        """The initials each answer of the set may be typed as -> those answers' keys."""
        found: dict[str, set[str]] = {}
        for words in self.phrases.values():
            if len(words) > 1:
                for key in initials_keys(words):
                    found.setdefault(key, set()).add(joined(words))
        return {key: frozenset(keys) for key, keys in found.items()}

    def derive_all(self) -> None:
        """Build the neighbour-search indexes now, not on first need."""
        _ = self.by_length, self.first_sizes, self._deletions, self.initials

    def one_edit_from(self, key: str) -> Iterator[str]:
        """Keys exactly one edit from `key` (OSA), found through a deletion index, or
        for a long key (whose neighbours the index may not hold) by comparing the
        keys one character shorter or longer, or as long: few in any real set."""
        if len(key) >= _INDEXED_MAX:
            near = [k for n in range(len(key) - 1, len(key) + 2) for k in self.by_length.get(n, ())]
            for found, distance, _index in process.extract(
                key, near, scorer=OSA.distance, score_cutoff=1, limit=None
            ):
                if distance == 1:
                    yield found
            return
        index = self._deletions
        seen: set[str] = set()
        for variant in _deletions_of(key):
            for found in index.get(variant, ()):
                if found not in seen and found != key:
                    seen.add(found)
                    if OSA.distance(key, found, score_cutoff=1) == 1:
                        yield found

    @cached_property
    def _deletions(self) -> Mapping[str, tuple[str, ...]]:
        # Built on first need: most judgments never ask for it.
        index: dict[str, list[str]] = {}
        for key in self.rivals:
            if len(key) > _INDEXED_MAX:
                continue  # see one_edit_from
            for variant in _deletions_of(key):
                index.setdefault(variant, []).append(key)
        return {v: tuple(keys) for v, keys in index.items()}


# Keys longer than this stay out of the deletion index: each would add as many
# strings as it has characters, each as long, on a judgment's time.
_INDEXED_MAX = 40


def _deletions_of(key: str) -> set[str]:
    """The key and every string one deletion away: two keys within one edit of each
    other (substitution, insertion, deletion or transposition) share one of these."""
    return {key, *(key[:i] + key[i + 1 :] for i in range(len(key)))}


def by_length(keys: Iterable[str]) -> Mapping[int, tuple[str, ...]]:
    found: dict[int, list[str]] = {}
    for key in keys:
        found.setdefault(len(key), []).append(key)
    return {n: tuple(group) for n, group in found.items()}


def first_sizes(keys: Iterable[str]) -> Mapping[str, frozenset[int]]:
    found: dict[str, set[int]] = {}
    for key in keys:
        words = key.split(" ")
        found.setdefault(words[0], set()).add(len(words))
    # Most first words begin keys of one size: share one set per distinct value.
    shared: dict[frozenset[int], frozenset[int]] = {}
    return {first: shared.setdefault(frozenset(s), frozenset(s)) for first, s in found.items()}


NO_PEERS = PeerIndex.build(())

# Indexes of the sets judged lately, by id of their answer pool (checked by identity).
_SHARED: OrderedDict[int, tuple[object, PeerIndex]] = OrderedDict()
_SHARED_MAX = 256


def shared_index(pool: tuple[tuple[str, tuple[str, ...]], ...]) -> PeerIndex:
    """The PeerIndex of a set's answer pool, built once per pool."""
    if not pool:
        return NO_PEERS
    entry = _SHARED.get(id(pool))
    if entry is not None and entry[0] is pool:
        _SHARED.move_to_end(id(pool))
        return entry[1]
    index = PeerIndex.build(text for _qid, texts in pool for text in texts)
    _SHARED[id(pool)] = (pool, index)
    while len(_SHARED) > _SHARED_MAX:
        _SHARED.popitem(last=False)
    return index
