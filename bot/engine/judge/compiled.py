"""Per-question matching data, computed once (at load time) and kept on the question.

Everything here is derived from the question alone (its answers, `reject`,
choices and peer answers), so it is safe to cache on the immutable model.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from bot.engine.judge.confusables import CONFUSABLES, US_STATES, kind_of
from bot.engine.judge.hedging import FILLER, KIND_WORDS, TITLES
from bot.engine.judge.names import (
    asks_for_a_place,
    asks_for_a_region,
    asks_for_a_title,
    asks_for_a_work,
    is_given_name,
    is_surname,
)
from bot.engine.judge.normalise import (
    NUMBER_WORDS,
    fold,
    tokens,
    words_only,
)
from bot.engine.judge.nouns import noun_kinds
from bot.engine.judge.peers import PeerIndex, Rival, first_sizes
from bot.engine.judge.persons import is_person
from bot.engine.judge.places import COUNTRY_OF
from bot.engine.judge.vocabulary import ARTICLES
from bot.engine.judge.words import (
    MAX_EDITS,
    allowed_edits,
    has_digit,
    is_inflection,
    is_year,
    may_be_typed_for,
    within,
)


@dataclass(frozen=True, slots=True)
class Alt:
    """One accepted spelling of one answer (label tells which answer)."""

    text: str
    words: tuple[str, ...]
    key: str
    label: int
    common: bool
    allowance: int
    # Initials ("HCMC"): matched only as typed, never as a slip or a part.
    exact_only: bool = False


@dataclass(frozen=True)
class Matcher:
    """Everything needed to find a question's answers (and rivals) in a message.

    Only what every judgment needs is built with it; the rest is derived on first
    use (`cached_property`), since most questions of a large library are judged a
    few times at most and most judgments never need it. Every derived value is a
    pure function of the fields, so the matcher stays immutable in effect.
    """

    alts: tuple[Alt, ...]
    by_key: Mapping[str, Alt]
    rivals: Mapping[str, Rival]  # reject and choices; peers and confusables looked up live
    peers: PeerIndex  # the other answers of the set, shared by all its questions
    # all_of: a peer made only of these words names this question's own parts.
    own_part_words: frozenset[str] | None
    ask: str = ""  # the question as written
    # A place's name without its kind word, and that word ("everest": "mount").
    bare_kinds: Mapping[str, str] = field(default_factory=dict)
    # (typed key, reach) -> whether a rival lies nearer; a pure function of both
    # (see `nearer.nearer_rival`).
    near_memo: dict[tuple[str, int], bool] = field(default_factory=dict)

    @cached_property
    def by_squashed(self) -> Mapping[str, Alt]:
        found: dict[str, Alt] = {}
        for alt in self.alts:
            found.setdefault(alt.key.replace(" ", ""), alt)
        return found

    @cached_property
    def lengths(self) -> tuple[int, ...]:
        """Word counts of the alts, longest first."""
        return tuple(sorted({len(a.words) for a in self.alts}, reverse=True))

    @cached_property
    def kinds(self) -> frozenset[str]:
        """Confusable kinds of the own answers ("capital", ...)."""
        kinds = frozenset(k for a in self.alts if (k := kind_of(a.key)) is not None)
        if self.region_asked and any(a.key in US_STATES for a in self.alts):
            # "Which state…?": Georgia and Washington are states, not a country or a
            # city ("Georgia, USA").
            return (kinds - {"country", "capital"}) | {"state"}
        return kinds

    @cached_property
    def noun_kinds(self) -> frozenset[str]:
        """Kinds of common noun the own answers are ("coffee", "black coffee": drink)."""
        return frozenset(k for a in self.alts for w in {a.key, a.words[-1]} for k in noun_kinds(w))

    @cached_property
    def initials(self) -> frozenset[str]:
        # Letters only: "2" beside "H2O" is no initial but another formula ("H2O2").
        return frozenset(
            w[0] for a in self.alts if len(a.words) > 1 for w in a.words if w[0].isalpha()
        )

    @cached_property
    def max_words(self) -> int:
        return max((len(a.words) for a in self.alts), default=1)

    @cached_property
    def alt_words(self) -> frozenset[str]:
        """Every word of every alt."""
        return frozenset(w for a in self.alts for w in a.words)

    def words_of(self, label: int) -> frozenset[str]:
        """Every word of every spelling of one answer."""
        return self._words_by_label.get(label, frozenset())

    @cached_property
    def _words_by_label(self) -> Mapping[int, frozenset[str]]:
        found: dict[int, set[str]] = {}
        for alt in self.alts:
            found.setdefault(alt.label, set()).update(alt.words)
        return {label: frozenset(words) for label, words in found.items()}

    @cached_property
    def alt_word_list(self) -> tuple[str, ...]:
        """The words a typed word may be a slip or a form of (see `may_spell_answer`)."""
        return tuple({w for a in self.alts if not a.exact_only for w in a.words})

    @cached_property
    def squashed_alts(self) -> tuple[tuple[str, Alt], ...]:
        """Alts of two to four words of three letters or more, which a slip may write
        as one ("hatrick"; no slip may drop a word: "vitamin" is no Vitamin D)."""
        return tuple(
            (key, alt)
            for key, alt in self.by_squashed.items()
            if 1 < len(alt.words) <= _MOST_WORDS_AS_ONE
            and not alt.exact_only
            and min(map(len, alt.words)) >= 3
            and key.isalpha()
        )

    @cached_property
    def exact_keys(self) -> frozenset[str]:
        """The alts matched only as typed (initials)."""
        return frozenset(a.key for a in self.alts if a.exact_only)

    def may_spell_answer(self, words: tuple[str, ...], *, joined: bool = True) -> bool:
        """False when no run of these words can spell an alt, even with typos, so the
        search for one can be skipped. A typed word matches an answer word (see
        `words.word_kind` and `words.phrase_kind`) only within two edits (the largest
        allowance) or, keeping its first two letters, as an inflection or another
        spelling of its sound; an answer typed without its spaces is found by its
        squashed form, and with a slip too unless `joined` is off. True is only a
        "perhaps": the full search decides. (Plain loops: they cost less here.)"""
        answer_words = self.alt_word_list
        for word in words:
            if may_be_typed_for(word, answer_words):
                return True
        exact = self.exact_keys
        if exact and not exact.isdisjoint(words):
            return True
        squashed = "".join(words)
        for key in self.by_squashed:
            if key in squashed:
                return True
        if not joined or not self.squashed_alts:
            return False
        firsts = self.squashed_firsts  # a slip of a name written as one: "newzeland"
        for word in words:
            if word[:1] in firsts:  # most words begin with none: no generator for them
                for key, _ in self.squashed_near(word):
                    if within(word, key, MAX_EDITS):
                        return True
        return False

    @cached_property
    def squashed_firsts(self) -> frozenset[str]:
        """The first letters of `squashed_alts`: most words begin with none."""
        return frozenset(key[0] for key, _ in self.squashed_alts)

    def squashed_near(self, word: str) -> Iterator[tuple[str, Alt]]:
        """The `squashed_alts` `word` may be a slip of: same first letter, and a
        length within the largest allowance."""
        if word[:1] in self.squashed_firsts:
            for key, alt in self.squashed_alts:
                if key[0] == word[0] and abs(len(key) - len(word)) <= MAX_EDITS:
                    yield key, alt

    @cached_property
    def local_first_sizes(self) -> Mapping[str, frozenset[int]]:
        """First word of each reject/choice rival -> its word counts, to scan messages."""
        return first_sizes(self.rivals)

    @cached_property
    def folded_texts(self) -> tuple[str, ...]:
        """The alts as written, folded."""
        return tuple(fold(a.text) for a in self.alts)

    @cached_property
    def asked(self) -> frozenset[str]:
        """Words of the question itself: repeating them beside the answer is no second guess."""
        # In both forms: "eight" in the question is repeated as "8" too.
        said = tokens(self.ask, numbers=False)
        return frozenset(
            words_only(said + tokens(self.ask) if NUMBER_WORDS.intersection(said) else said)
        )

    @cached_property
    def offers_candidates(self) -> bool:
        """The question names its own answer ("Which is larger, Tokyo or Paris?"): then
        the other names in it are candidates on offer, not words to repeat."""
        return any(a.words and self.asked.issuperset(a.words) for a in self.alts)

    def repeats_question(self, words: Sequence[str]) -> bool:
        """Are these words the question's own ("Tokyo" in "Which country is Tokyo in?"),
        repeated beside the answer rather than offered as another? Never in a list of
        parts (all_of), where each name is an item."""
        if self.own_part_words is not None or self.offers_candidates:
            return False
        return self.asked.issuperset(words)

    def too_long(self, words: Sequence[str]) -> bool:
        """More words than the answer and a short sentence around it. Filler and the
        question's own words do not count ("Rome is the capital of Italy"), up to a
        hard cap that keeps every judgment's work bounded."""
        if len(words) <= self.max_words + _SENTENCE_WORDS:
            return False
        if len(words) > self.max_words + _MAX_SENTENCE_WORDS:
            return True
        said = sum(1 for w in words if w not in FILLER and w not in self.asked)
        return said > self.max_words + _SENTENCE_WORDS

    @cached_property
    def own_countries(self) -> frozenset[str]:
        """The names of the country a city answer is in ("Vienna": Austria,
        Osterreich) or region; empty when the judge does not know it, or when the
        answer is a person ("George Washington" is no city) or a state (Washington)."""
        if self.person or self.region_asked:
            return frozenset()
        return frozenset(name for a in self.alts for name in COUNTRY_OF.get(a.key, ()))

    @cached_property
    def own_country_words(self) -> frozenset[str]:
        """The words of those names ("great britain", "russian federation")."""
        return frozenset(word for name in self.own_countries for word in name.split())

    @cached_property
    def titled(self) -> bool:
        """The question asks for a title or a group's name ("Which band…?")."""
        return asks_for_a_title(fold(self.ask))

    @cached_property
    def place_asked(self) -> bool:
        """The question asks for a place ("Where…?", "What is the largest city…?")."""
        return asks_for_a_place(fold(self.ask))

    @cached_property
    def work_asked(self) -> bool:
        """The question asks for a work by its title ("Which song…?"), not for a
        person or a group: then a title's words keep their order."""
        return self.titled and not self.person and asks_for_a_work(fold(self.ask))

    @cached_property
    def region_asked(self) -> bool:
        """The question asks for a state or province ("Which US state…?")."""
        return asks_for_a_region(fold(self.ask))

    @cached_property
    def dated(self) -> bool:
        """The question names a year."""
        return any(is_year(w) for w in self.asked)

    @cached_property
    def numeric(self) -> bool:
        """An answer is a number ("14"): mistyped number words may spell it."""
        return any(has_digit(a.key) for a in self.alts)

    @cached_property
    def a_number(self) -> bool:
        """An answer is a number and nothing else ("14", "1969"), not a name that holds
        one ("Apollo 11"): another number beside it is another guess."""
        return any(a.key.replace(" ", "").isdigit() for a in self.alts)

    @cached_property
    def names_a_kind(self) -> bool:
        """An answer is itself a kind, role or title ("physicist", "the prime minister"):
        then the words that usually just describe an answer compete with it. A post
        named by its title ("interior minister") is one too, unless it names a person.
        Asked for a title or a group's name, an answer is a name ("the band Queen")."""
        spelt = [a for a in self.alts if not a.exact_only]  # initials ("MT") say nothing
        if self.titled and not any(w in TITLES for a in spelt for w in a.words):
            return False
        if any(all(w in KIND_WORDS or w in ARTICLES for w in a.words) for a in spelt):
            return True
        return any(a.words[-1] in TITLES for a in spelt) and not self.person

    @cached_property
    def person(self) -> bool:
        """The answer is a person: other given names and surnames are rivals."""
        return is_person(self.ask, self.alts)

    def derive_all(self) -> None:
        """Compute every derived value now (for `prepare`), not on first use."""
        for name in _DERIVED:
            getattr(self, name)
        self.peers.derive_all()

    def rival_sizes(self, first: str) -> frozenset[int]:
        """Word counts of the known rivals that begin with this word."""
        local = self.local_first_sizes.get(first, _NONE) if self.rivals else _NONE
        peer = self.peers.first_sizes.get(first, _NONE)
        known = _CONFUSABLE_FIRST_SIZES.get(first, _NONE)
        # Most words begin no rival, or rivals of one source: no new set to build.
        if not local and not known:
            return peer
        return local | peer | known

    @cached_property
    def confusable_reaches(self) -> tuple[tuple[str, int], ...]:
        """Each slip-able alt's key, and how far from it a rival is a confusable: twice
        its typo allowance and one more (see `near_own`)."""
        return tuple(
            (alt.key, 2 * max(alt.allowance, allowed_edits(len(alt.key))) + 1)
            for alt in self.alts
            if not alt.exact_only
        )

    def near_own(self, rival: Rival) -> bool:
        """Is this rival within reach of an own answer's typo allowance (a confusable)?"""
        key, size = rival.key, len(rival.key)
        for own, reach in self.confusable_reaches:
            if abs(len(own) - size) <= reach and within(own, key, reach):
                return True
        return False

    def rival(self, key: str) -> Rival | None:
        if key in self.by_key:  # one of this question's own answers
            return None
        found = self.rivals.get(key)
        if found is None:
            found = self.peers.rivals.get(key)
            if found is not None and self._names_own_parts(key):
                found = None
        if found is not None:
            return found
        kind = CONFUSABLES.get(key)
        if kind is None and self.noun_kinds:  # a common noun, beside one of its kind
            kind = min(noun_kinds(key) & self.noun_kinds, default=None)
            if kind is not None and any(_own_noun(key, a) for a in self.alts):
                kind = None  # "kidneys" for kidney; "camel" where "Arabian camel" is one
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


def _own_noun(key: str, alt: Alt) -> bool:
    """Is `key` the answer's own noun: its plural, or the head of one of its spellings?"""
    return key == alt.words[-1] or is_inflection(key, alt.key)


# The names of the values a matcher derives on first use (see Matcher.derive_all).
_DERIVED = tuple(name for name, v in vars(Matcher).items() if isinstance(v, cached_property))


_NONE: frozenset[int] = frozenset()
# Words a short sentence may add around an answer; and, filler and the question's
# own words included, the most a message may hold.
_SENTENCE_WORDS = 4
# The most words of a name written as one: each is cut three ways to find a slip.
_MOST_WORDS_AS_ONE = 4
_MAX_SENTENCE_WORDS = 16
# The built-in confusables, indexed the same way; read-only, shared by every question.
_CONFUSABLE_FIRST_SIZES = first_sizes(CONFUSABLES)
