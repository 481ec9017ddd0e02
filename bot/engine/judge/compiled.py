"""Per-question matching data, computed once (at load time) and kept on the question.

Everything here is derived from the question alone (its answers, `reject`,
choices and peer answers), so it is safe to cache on the immutable model.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.engine.judge.confusables import CONFUSABLES, kind_of
from bot.engine.judge.normalise import joined, phrase
from bot.engine.judge.words import allowed_edits, has_digit, phrase_allowance

logger = logging.getLogger(__name__)


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
    source: str  # "reject", "choice", "peer" or "confusable"
    kind: str | None


@dataclass(frozen=True, slots=True)
class Matcher:
    """Everything needed to find a question's answers (and rivals) in a message."""

    alts: tuple[Alt, ...]
    by_key: Mapping[str, Alt]
    by_squashed: Mapping[str, Alt]
    rivals: Mapping[str, Rival]  # reject, choices and peers; confusables looked up live
    own_keys: frozenset[str]
    neighbours: tuple[tuple[Rival, Alt, int], ...]  # rival, the alt it is near, distance
    lengths: tuple[int, ...]  # word counts of the alts, longest first
    rival_lengths: tuple[int, ...]
    kinds: frozenset[str]  # confusable kinds of the own answers ("capital", ...)
    initials: frozenset[str]
    max_words: int
    alt_words: frozenset[str]  # every word of every alt
    by_size: Mapping[int, tuple[Alt, ...]]  # alts by word count

    def rival(self, key: str) -> Rival | None:
        found = self.rivals.get(key)
        if found is not None or key in self.own_keys:
            return found
        kind = CONFUSABLES.get(key)
        return Rival(key, key, "confusable", kind) if kind else None

    def compatible(self, rival: Rival) -> bool:
        """True for a mention of another kind of thing ("Russia" in "Moscow, Russia")."""
        if rival.source in ("reject", "choice") or rival.kind is None:
            return False
        return rival.kind not in self.kinds


_UNSEEN = Rival("", "", "", None)


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


RivalMemo = dict[tuple[str, str], Rival | None]


def build_matcher(
    answers: Iterable[tuple[int, str]],
    rejects: Iterable[str] = (),
    choices: Iterable[str] = (),
    peers: Iterable[str] = (),
    memo: RivalMemo | None = None,
) -> Matcher:
    """Matching data for one question. `memo` lets the questions of one set share
    their peers' normalised forms (a plain dict owned by the caller)."""
    seen: RivalMemo = memo if memo is not None else {}
    alts = tuple(a for label, text in answers if (a := _alt(text, label)) is not None)
    own = frozenset(a.key for a in alts)
    rivals: dict[str, Rival] = {}
    for source, texts in (("reject", rejects), ("choice", choices), ("peer", peers)):
        for text in texts:
            rival = seen.get((source, text), _UNSEEN)
            if rival is _UNSEEN:
                rival = seen[(source, text)] = _rival(text, source)
            if rival is not None and rival.key not in own and rival.key not in rivals:
                rivals[rival.key] = rival
    by_key: dict[str, Alt] = {}
    by_squashed: dict[str, Alt] = {}
    for alt in alts:
        by_key.setdefault(alt.key, alt)
        by_squashed.setdefault(alt.key.replace(" ", ""), alt)
    return Matcher(
        alts=alts,
        by_key=MappingProxyType(by_key),
        by_squashed=MappingProxyType(by_squashed),
        rivals=MappingProxyType(rivals),
        own_keys=own,
        neighbours=_neighbours(alts, rivals, own),
        lengths=tuple(sorted({len(a.words) for a in alts}, reverse=True)),
        rival_lengths=tuple(sorted({1, 2, 3, *(k.count(" ") + 1 for k in rivals)}, reverse=True)),
        kinds=frozenset(k for a in alts if (k := kind_of(a.key)) is not None),
        initials=frozenset(w[0] for a in alts if len(a.words) > 1 for w in a.words),
        max_words=max((len(a.words) for a in alts), default=1),
        alt_words=frozenset(w for a in alts for w in a.words),
        by_size=MappingProxyType(
            {n: tuple(a for a in alts if len(a.words) == n) for n in {len(a.words) for a in alts}}
        ),
    )


# The built-in confusables as rivals; read-only, shared by every question.
_CONFUSABLE_RIVALS: tuple[Rival, ...] = tuple(
    Rival(key, key, "confusable", kind) for key, kind in CONFUSABLES.items()
)
_CONFUSABLE_KEYS: tuple[str, ...] = tuple(r.key for r in _CONFUSABLE_RIVALS)


def _neighbours(
    alts: tuple[Alt, ...], rivals: dict[str, Rival], own: frozenset[str]
) -> tuple[tuple[Rival, Alt, int], ...]:
    """Rivals near enough to an alt that a forgiven typo could be closer to them."""
    local = tuple(rivals.values())
    local_keys = tuple(r.key for r in local)
    found: list[tuple[Rival, Alt, int]] = []
    for alt in alts:
        reach = 2 * max(alt.allowance, allowed_edits(len(alt.key))) + 1
        if has_digit(alt.key) and alt.allowance == 0:
            continue
        for pool, keys in ((_CONFUSABLE_RIVALS, _CONFUSABLE_KEYS), (local, local_keys)):
            for key, distance, index in process.extract(
                alt.key, keys, scorer=OSA.distance, score_cutoff=reach, limit=None
            ):
                if key not in own and (pool is local or key not in rivals):
                    found.append((pool[index], alt, int(distance)))
    return tuple(found)


@dataclass(frozen=True, slots=True)
class Prepared:
    """What `prepare` stores in a question's `_compiled` slot."""

    matcher: Matcher | None = None
    asked_bound: str | None = None  # "lt"/"gt" when the question itself states a bound
    max_words: int = 0  # all_of: the longest message that can still list every part
