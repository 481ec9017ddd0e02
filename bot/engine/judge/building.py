"""Building a question's Matcher: its answers and their standard forms as alts,
and its reject entries and choices as rivals."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from bot.engine.judge.aliases import OTHER_NAMES
from bot.engine.judge.compiled import Alt, Matcher
from bot.engine.judge.confusables import proper_kind_of
from bot.engine.judge.landmarks import bare, direction_alone, may_leave_out
from bot.engine.judge.names import asks_for_a_region
from bot.engine.judge.normalise import fold, joined, phrase, tokens, words_only
from bot.engine.judge.peers import NO_PEERS, PeerIndex, Rival, make_rival
from bot.engine.judge.persons import is_person
from bot.engine.judge.variants import number_alone, ordinal_respelt, variants
from bot.engine.judge.words import phrase_allowance


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
    written = [a for label, text in answers if (a := _alt(text, label, peers)) is not None]
    own = {a.key for a in written}
    rivals: dict[str, Rival] = {}
    for source, texts in (("reject", rejects), ("choice", choices)):
        for text in texts:
            rival = make_rival(text, source)
            if rival is not None and rival.key not in own and rival.key not in rivals:
                rivals[rival.key] = rival
    derived, bare_kinds = _unclaimed_variants(written, rivals, peers, ask)
    alts = (*written, *derived)
    by_key: dict[str, Alt] = {}
    for alt in alts:
        by_key.setdefault(alt.key, alt)
    return Matcher(
        alts=alts,
        by_key=by_key,
        rivals=rivals,
        peers=peers,
        own_part_words=own_part_words,
        ask=ask,
        bare_kinds=bare_kinds,
    )


def _unclaimed_variants(
    written: list[Alt], rivals: Mapping[str, Rival], peers: PeerIndex, ask: str
) -> tuple[list[Alt], dict[str, str]]:
    """The other standard forms of the written answers (see `variants`), the other
    names of a place (see `aliases`) and a place's name without its kind word (see
    `landmarks`), except any another answer may claim (a reject or choice, another
    answer of the set or its initials: "SL" in a set with Sri Lanka and Sierra
    Leone), a form two options share, and a short form or other name the question
    itself names. Also each bare place name's key, with the kind word it left out."""
    bare_kinds: dict[str, str] = {}
    own = {alt.key for alt in written}
    texts = {alt.text for alt in written}
    found: dict[str, Alt] = {}
    shared: set[str] = set()
    named = _NamedInQuestion(ask)
    for alt in written:
        names = OTHER_NAMES.get(alt.key, ())
        if names and (is_person(ask, written) or asks_for_a_region(fold(ask))):
            names = ()  # read only for an answer with other names: most have none
        left_out = bare(alt.words, ask) if may_leave_out(alt.words) else None
        bare_forms = () if left_out is None else (left_out[0], *ordinal_respelt(left_out[0]))
        if left_out is not None:
            bare_forms += tuple(direction_alone(left_out[0], ask))  # "south": hemisphere
        numbered = number_alone(alt.words, ask)  # "VIII" to "Which Henry…?"
        named_whole = left_out is None and len(alt.words) > 1
        directed = direction_alone(alt.words, ask) if named_whole else ()
        for form in (*variants(alt.words, alt.text), *names, *bare_forms, *numbered, *directed):
            key = joined(form)
            peer = peers.rivals.get(key)
            if key in own or key in rivals or (peer is not None and peer.text not in texts):
                continue  # another answer's form (its own: "5th Republic" read in digits)
            if (len(form) == 1 or form in names) and named(form):
                continue  # "What does USA stand for?": USA is not the answer
            # One word standing for several is initials: typed as they are or not at
            # all. A place's other name is a name ("Vatican" for Vatican City).
            initials = (
                len(form) == 1 < len(alt.words)
                and form[0] not in alt.words  # "Everest" of Mount Everest is a name
                and (form not in names or len(key) < 5)
            )
            if initials and not peers.initials.get(key, own) <= own:
                continue
            if left_out is not None and form in bare_forms:
                bare_kinds[key] = left_out[1]
            first = found.setdefault(key, _variant(alt, form, exact_only=initials))
            if first.label != alt.label:
                shared.add(key)
    return [alt for key, alt in found.items() if key not in shared], bare_kinds


class _NamedInQuestion:
    """Does the question name these words itself? Then it sets them apart from its
    answer ("What is Germany called in German?", "What does USA stand for?"). Its
    words are read only for an answer with another form."""

    def __init__(self, ask: str) -> None:
        self._ask = ask
        self._folded: str | None = None
        self._words: frozenset[str] | None = None

    def __call__(self, form: tuple[str, ...]) -> bool:
        if self._words is None:
            if self._folded is None:
                self._folded = fold(self._ask)
            if not all(word in self._folded for word in form):
                return False  # most questions: a quick look is enough
            self._words = frozenset(words_only(tokens(self._ask, numbers=False)))
        return self._words.issuperset(form)


def phrase_of(text: str, peers: PeerIndex) -> tuple[str, ...]:
    """`phrase(text)`, read once per set when the text is one of its answers."""
    words = peers.phrases.get(text)
    return phrase(text) if words is None else words


def _alt(text: str, label: int, peers: PeerIndex) -> Alt | None:
    words = phrase_of(text, peers)
    if not words:
        return None
    # Inflections are for common nouns; an all-lower-case answer, or one whose
    # only capital is its first letter, is treated as one.
    common = text[1:] == text[1:].lower() and proper_kind_of(joined(words)) is None
    return Alt(text, words, joined(words), label, common, phrase_allowance(words))


def _variant(alt: Alt, words: tuple[str, ...], exact_only: bool = False) -> Alt:
    """Another standard form of `alt`, matched by its own words, shown as `alt` is."""
    allowance = 0 if exact_only else phrase_allowance(words)
    return Alt(alt.text, words, joined(words), alt.label, alt.common, allowance, exact_only)
