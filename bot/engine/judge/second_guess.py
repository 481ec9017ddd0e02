"""Other answers named beside the answer in a message: where each stands, and which
of them are no second guess (a place's own country, a title beside a name, an
answer's word repeated)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.engine.judge.compiled import Alt, Matcher
from bot.engine.judge.confusables import proper_kind_of
from bot.engine.judge.corrections import word_before
from bot.engine.judge.hedging import FILLER, LIST_WORDS, TITLES, TYPE_WORDS, Span
from bot.engine.judge.names import is_surname
from bot.engine.judge.normalise import LIST_MARK
from bot.engine.judge.peers import Rival
from bot.engine.judge.places import STATE_CODES
from bot.engine.judge.placing import PLACING_KINDS, asks_for_a_language, compatible
from bot.engine.judge.qualifiers import another_qualifier
from bot.engine.judge.words import Kind


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    alt: Alt
    kind: Kind


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
    if matcher.own_countries:
        taken |= _own_place_words(matcher, toks)
    spans: list[Span] = []
    for start, size in _rival_runs(matcher, toks):
        if any(i in taken for i in range(start, start + size)):
            continue
        key = " ".join(toks[start : start + size])
        rival = matcher.rival(key)
        if rival is None and size == 1 and matcher.person and is_surname(key):
            rival = matcher.name_rival(key)
        if rival is None and size == 1 and start > 0 and key in STATE_CODES:
            state = STATE_CODES[key]  # "Austin TX": as "Austin, Texas"
            own = state in matcher.by_key and "state" in matcher.kinds
            if matcher.repeats_question(state.split()) or own:
                # "Which Texas city…?"; or the state's own code: "Alaska AK"
                spans.append(Span(start, start + 1, True, True))
                continue
            rival = matcher.rival(state)
        # A title or role ("defence minister") is no second guess, whoever else holds
        # it; nor is a name the question itself holds ("Tokyo" in "Which country is
        # Tokyo in?").
        run = toks[start : start + size]
        if rival is None or _repeated(matcher, toks, start, size):
            continue
        after_by = start > 0 and toks[start - 1] == "by"  # "Purple Rain by Prince"
        if _names_a_title(matcher, run, after_by) and not _bare_title(toks, start, size):
            continue
        aside = _stands_aside(matcher, rival, toks, start, start + size, hits=hits)
        spans.append(Span(start, start + size, True, aside))
        taken.update(range(start, start + size))
    return spans


def _own_place_words(matcher: Matcher, toks: Sequence[str]) -> set[int]:
    """Positions of the words of a city's own country or region named in full: "Wales"
    in "Sydney, New South Wales" is no second place."""
    found: set[int] = set()
    for name in matcher.own_countries:
        words = name.split()
        size = len(words)
        if size > 1 and words[0] in toks:
            for start in range(len(toks) - size + 1):
                if list(toks[start : start + size]) == words:
                    found.update(range(start, start + size))
    return found


def _repeated(matcher: Matcher, toks: Sequence[str], start: int, size: int) -> bool:
    """A name of the question repeated beside the answer, not listed with it by
    "and" ("Canberra and Australia" lists two)."""
    run = toks[start : start + size]
    return matcher.repeats_question(run) and not _listed_with_and(toks, start, start + size)


def _stands_aside(
    matcher: Matcher,
    rival: Rival,
    toks: Sequence[str],
    start: int,
    stop: int,
    *,
    hits: Sequence[Hit],
) -> bool:
    """Does this other answer leave the answer standing? A place or date that places
    it does ("Tokyo, Japan", "Moscow in Russia"), and so does a nationality beside a
    person ("the Italian painter"); listed with "and" it is a second item ("the Nile
    and the Congo")."""
    if matcher.person:
        if rival.kind == "colour" and start > 0 and toks[start - 1] == "the":
            return True  # an epithet: "Gandalf the Grey", "Erik the Red"
        if rival.kind in PLACING_KINDS and all(h.end - h.start == 1 for h in hits):
            return False  # a surname alone may be a city's name: "Darwin, Australia"
    if any(h.start == stop and another_qualifier(matcher, h.alt, toks[start:stop]) for h in hits):
        return False  # "grey whale" where the answer is "blue whale" or "whale"
    if rival.kind in PLACING_KINDS and start > 0 and toks[start - 1] in _NAMED_AFTER_A_PLACE:
        return False  # "Mount Kenya", "Lake Chad": a feature named after the place
    if (
        rival.kind == "demonym"
        and rival.source == "confusable"
        and _before_a_thing(matcher, hits, stop)
    ):
        return True  # "Japanese rice": which sort of the thing, made where
    after = start - 1 if start > 0 and toks[start - 1] == "," else start
    beside = next((h.alt.label for h in hits if h.end == after), None)
    return compatible(matcher, rival, beside) and not _listed_with_and(toks, start, stop, hits)


def _before_a_thing(matcher: Matcher, hits: Sequence[Hit], stop: int) -> bool:
    """Does a common-noun answer follow at `stop`, where a nationality is no language?"""
    if asks_for_a_language(matcher):
        return False
    return any(h.start == stop and h.alt.common and not proper_kind_of(h.alt.key) for h in hits)


def _listed_with_and(toks: Sequence[str], start: int, stop: int, hits: Sequence[Hit] = ()) -> bool:
    """Is the run toks[start:stop] (with any article before it) listed with "and" or
    "plus"? (A comma may set off a place, "Tokyo, Japan", and "then" may just be
    chat: "Moscow, Russia then".) Just after an answer among `hits`, an "and" after
    the run lists what comes next: "London, England and Rio, Brazil"."""
    at = word_before(toks, start)
    before = toks[at] if at >= 0 else ""
    if before in _LISTING:
        return True
    after = toks[stop] if stop < len(toks) else ""
    if after not in _LISTING:
        return False
    placed = at - 1 if before == "," else at
    return not any(h.end == placed + 1 for h in hits)


_LISTING = frozenset({"and", "plus"})
# Kind words a feature's name opens with, before the name of a country it is named for.
_NAMED_AFTER_A_PLACE = frozenset({"mount", "mt", "lake", "river", "gulf", "bay"})


def _names_a_title(matcher: Matcher, words: Sequence[str], after_by: bool = False) -> bool:
    """ "Minister", a role the question itself names, or, beside a person, any title
    or role ("the defence minister Shoigu", "Shoigu, the foreign minister"): a title
    says who the person is, it is not a second guess. Where the answer is no person
    ("Which post does Shoigu hold?"), another role is another answer."""
    if matcher.names_a_kind:
        return False  # the answer is a title or role itself: another one competes
    if len(words) == 1:
        # Beside no person a title says nothing: "Rocky IV Prince" names the singer.
        word = words[0]
        if word not in FILLER:
            return False
        return matcher.person or after_by or word not in TITLES or word in matcher.asked
    if not any(w in FILLER for w in words):
        return False
    if matcher.person:
        return all(w in FILLER or w in TYPE_WORDS or w in matcher.asked for w in words)
    return all(w in matcher.asked for w in words)


def _bare_title(toks: Sequence[str], start: int, size: int) -> bool:
    """A title listed on its own, set off from any name ("Madonna and Prince",
    "Prince, Cher"): there it names whoever is called so, another answer."""
    if size != 1 or toks[start] not in TITLES:
        return False
    after = toks[start + 1] if start + 1 < len(toks) else LIST_MARK
    before = toks[start - 1] if start > 0 else LIST_MARK
    return after in LIST_WORDS and before in LIST_WORDS
