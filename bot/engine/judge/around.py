"""What the words around the answers in a message say: a second guess, a denial,
a choice offered, or nothing a quizmaster would hold against the player."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.engine.judge.compiled import Alt, Matcher
from bot.engine.judge.confusables import (
    CLOSED_KINDS,
    may_name_one_of,
    proper_kind_of,
)
from bot.engine.judge.corrections import corrected_after, denied_rivals, offered
from bot.engine.judge.describing import describing
from bot.engine.judge.hedging import (
    ACCLAIM,
    CHAT_CALLS,
    FILLER,
    KIND_WORDS,
    LIST_WORDS,
    REGNAL,
    SENTENCE_WORDS,
    TITLES,
    TYPE_WORDS,
    Span,
    hesitates,
    negated,
    offers_choice,
    opening_sigh,
    soft_words,
)
from bot.engine.judge.names import is_given_name, same_given_name
from bot.engine.judge.normalise import FOREIGN_ARTICLES
from bot.engine.judge.placing import (
    FEATURES,
    PLACE_PREFIXES,
    renamed,
)
from bot.engine.judge.qualifiers import another_qualifier
from bot.engine.judge.second_guess import Hit, find_rivals
from bot.engine.judge.words import is_year
from bot.engine.verdict import RejectReason


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
    rivals = find_rivals(matcher, toks, hits)
    if any(offered(toks, span.start) for span in rivals):
        return Surroundings("hedge", False, True)  # "Canberra, if not Sydney"
    denied = denied_rivals(matcher, toks, rivals) if hits else {}
    spans += [span for span in rivals if span.start not in denied]
    covered = {i: span for span in spans for i in range(span.start, span.end)}
    for start, word in denied.items():
        rival = next(span for span in rivals if span.start == start)
        covered.update((i, rival) for i in range(word, rival.end))
    corrected = corrected_after(matcher, toks, {h.end for h in hits}, covered)
    if corrected is not None:
        covered.update((i, corrected) for i in range(corrected.start, corrected.end))
    soft = soft_words(toks).union(opening_sigh(toks))
    if negated(toks, covered, soft):
        return Surroundings("negation", False, False)
    if offers_choice(toks, covered):
        return Surroundings("hedge", False, True)
    opening = {h.start - 1 for h in hits} if matcher.titled else set()
    loose = [
        i
        for i, tok in enumerate(toks)
        if i not in covered
        and i not in soft
        and (not _harmless(matcher, tok) or (i in opening and tok in CHAT_CALLS))
    ]
    if loose and hits:
        described = describing(matcher, toks) | _credited(matcher, toks, hits)
        described |= _sort_of(matcher, toks, hits)
        named = {h.start - 1 for h in hits if h.end - h.start > 1}  # "la Sagrada Familia"
        loose = [
            i
            for i in loose
            if i not in described and not (i in named and toks[i] in FOREIGN_ARTICLES)
        ]
    # An initial stands for a person's given name ("S. Shoigu"), not for part of a place.
    initials = [i for i in loose if hits and matcher.person and _an_initial(matcher, toks[i])]
    strays = [i for i in loose if i not in initials]
    problem: RejectReason | None = None
    if hits and any(toks[i] in REGNAL for i in strays):
        problem = "wrong"
    elif any(renamed(matcher, toks, (h.start, h.end), h.alt, {*covered, *soft}) for h in hits):
        problem = "wrong"  # "West Virginia" for Virginia
    elif strays:
        strays, problem = _explain_strays(matcher, toks, hits, strays)
    if problem is None and any(s.rival and not s.compatible for s in spans):
        return Surroundings("two_guesses", bool(initials), False, rival_named=True)
    if problem is None and strays:
        # Unknown words beside the answer in a short message may be a second guess; in
        # a long one they are more likely an essay around it.
        essay = len(strays) > _MAX_STRAYS or len(toks) > matcher.max_words + _SHORT_SENTENCE
        problem = "too_long" if essay else "two_guesses"
    return Surroundings(problem, bool(initials), False)


def _credited(matcher: Matcher, toks: Sequence[str], hits: Sequence[Hit]) -> set[int]:
    """ "Parasite by Bong Joon-ho": after a title, "by" and who made it, to the end."""
    if not matcher.titled:
        return set()
    for hit in hits:
        at = hit.end + 1 if tuple(toks[hit.end : hit.end + 1]) == (",",) else hit.end
        maker = toks[at + 1 :]
        by = at < len(toks) and toks[at] == "by"  # "Parasite, by Bong Joon-ho" too
        # A name's words only: a comma or a number may bring another title.
        if by and 0 < len(maker) <= _CREDIT_WORDS and all(w.isalpha() for w in maker):
            return set(range(hit.end, len(toks)))
    return set()


def _sort_of(matcher: Matcher, toks: Sequence[str], hits: Sequence[Hit]) -> set[int]:
    """ "a type of rice", "some kind of pasta": what sort of thing the answer is. Not
    before a title, which may begin so ("Kind of Blue" is no answer for Blue)."""
    if matcher.titled:
        return set()
    found: set[int] = set()
    for hit in hits:
        at = hit.start - 2
        if at >= 0 and toks[at + 1] == "of" and toks[at] in _SORTS:
            found.update((at, at + 1))
            if at > 0 and toks[at - 1] == "some":
                found.add(at - 1)
    return found


_SORTS = frozenset({"kind", "kinds", "sort", "sorts", "type", "types", "variety", "species"})
# The most words a maker's name takes.
_CREDIT_WORDS = 4


def _an_initial(matcher: Matcher, tok: str) -> bool:
    return len(tok) == 1 and tok in matcher.initials


# More stray words than this beside an answer make an essay, not a second guess;
# and so do strays in a message longer than the answer and this many words.
_MAX_STRAYS = 2
_SHORT_SENTENCE = 6


def _harmless(matcher: Matcher, tok: str) -> bool:
    if matcher.names_a_kind and tok in KIND_WORDS:
        # "physicist chemist": two professions. Asked for a title or a group, the kind
        # the question asks for says what the answer is ("the band Queen").
        return matcher.titled and tok in matcher.asked and tok not in TITLES
    if (
        tok in FEATURES
        and (matcher.noun_kinds or "country" in matcher.kinds)
        and tok not in matcher.asked
    ):
        return False  # "Niger river", "sea lion": another thing of that name
    if tok in FILLER or tok in LIST_WORDS or tok in TYPE_WORDS or tok in SENTENCE_WORDS:
        return True
    if matcher.titled and tok in ACCLAIM:
        return True  # "the classic Jaws"
    if tok in matcher.asked or tok == "1" or hesitates(tok):  # "1": "the one"
        return True
    if is_year(tok) and not matcher.a_number and _dates_it(matcher, tok):
        return True
    if tok in matcher.own_country_words:  # "Ankara, Turkiye": the city's own country
        return True
    # "Russia's" (the apostrophe is dropped), "ministers", "hosted": forms of a harmless word.
    kinds_compete = matcher.names_a_kind
    return any(
        tok.endswith(end)
        and (
            tok[: -len(end)] in matcher.asked
            or (tok[: -len(end)] in TYPE_WORDS and not kinds_compete)
        )
        for end in ("s", "es", "ed", "d", "ing")
    )


def _dates_it(matcher: Matcher, year: str) -> bool:
    """ "Titanic 1997": a year beside the answer says when, unless the question names
    another ("London 2008" for the 2012 Olympics is another event). A title came out
    the year before its award, so that year dates it too ("Schindler's List 1993" for
    Best Picture of 1994), but no other ("Titanic 1953" is another film)."""
    if not matcher.dated:
        return True
    before = 1 if matcher.titled else 0
    return any(0 <= int(w) - int(year) <= before for w in matcher.asked if is_year(w))


def _explain_strays(
    matcher: Matcher, toks: Sequence[str], hits: Sequence[Hit], strays: list[int]
) -> tuple[list[int], RejectReason | None]:
    """Strays that are no second guess: a word beside an answer of a kind listed whole
    that names none of it ("Agra, India", "Tuesday afternoon"), a person's own given
    name, or a word qualifying a common-noun answer ("military coup"). Returns those
    left over,
    and "other_person" for another person's given name before the surname."""
    left = set(strays)
    if matcher.kinds and matcher.kinds <= CLOSED_KINDS and len(left) <= _MAX_STRAYS:
        # A country is placed by what comes before it, as in an address ("Agra, India");
        # after it a word may say anything of it ("Germany lost").
        first = len(toks)
        if not matcher.kinds.isdisjoint(_ADDRESSED):
            first = min((hit.start for hit in hits), default=first)
        left = {
            i
            for i in left
            if i >= first
            or toks[i] in FEATURES
            or toks[i] in PLACE_PREFIXES
            or may_name_one_of(toks[i], matcher.kinds)
        }
    for hit in hits:
        # "dromedary camel" where "Arabian camel" is accepted too: a word of another
        # spelling of the answer. (One of its own again may name another thing:
        # "foreign minister, interior minister".)
        spelt = matcher.words_of(hit.alt.label)
        beside = {hit.start - 1, hit.end}
        left -= {i for i in beside & left if toks[i] in spelt and toks[i] not in hit.alt.words}
        if matcher.person:
            for i in (hit.start - 1, hit.end):
                if i in left:
                    own = _own_given_name(matcher, hit.alt, toks[i])
                    if own is False and is_given_name(toks[i]):
                        return sorted(left), "other_person"
                    if own:
                        left.discard(i)
        elif _qualifies(matcher, hit, toks, left):
            left.discard(hit.start - 1)  # modifiers come before the noun they qualify
    return sorted(left), None


# Kinds placed as in an address, by what comes before them ("Agra, India", "Flagstaff,
# Arizona").
_ADDRESSED = frozenset({"country", "state"})


def _qualifies(matcher: Matcher, hit: Hit, toks: Sequence[str], left: set[int]) -> bool:
    """Does the stray word just before a common-noun answer qualify it ("military
    coup")? Not when both are kinds or roles ("chemist physicist")."""
    before = hit.start - 1
    if not hit.alt.common or proper_kind_of(hit.alt.key) is not None or before not in left:
        return False
    if matcher.titled:
        return False  # before a title's name a word makes another title: "Dancing Queen"
    if toks[before] in FEATURES and matcher.noun_kinds:
        return False  # "sea lion", "mountain lion": another animal
    if toks[before] in _AFTER_OR_AGAINST:
        return False  # "post-impressionism", "anti-realism": another school
    if another_qualifier(matcher, hit.alt, toks[before : hit.start]):
        return False  # "killer whale" where the answer is "blue whale" or "whale"
    return not (matcher.names_a_kind and toks[before] in KIND_WORDS)


# Prefixes that name another school or movement of the answer's name.
_AFTER_OR_AGAINST = frozenset({"post", "neo", "pre", "proto", "anti", "non", "pseudo", "abstract"})


def _own_given_name(matcher: Matcher, alt: Alt, word: str) -> bool | None:
    """True: `word` is the answer's own given name (or a form of it, or its given
    names' initials); False: another; None: the answer's given name is not known
    and `word` is not a surname."""
    fuller = [
        other
        for other in matcher.alts
        if other.label == alt.label
        and len(other.words) > len(alt.words)
        and set(alt.words) <= set(other.words)
    ]
    if not fuller:
        if len(alt.words) > 1 and is_given_name(alt.words[0]):
            # The full name already: one more given name before it is another
            # person's ("Hans Albert Einstein"), unless it is a form of the own.
            return same_given_name(word, alt.words[0]) if is_given_name(word) else None
        return True if is_given_name(word) else None
    for other in fuller:
        given = [name for name in other.words if name not in alt.words]
        if word == "".join(name[0] for name in given):
            return True  # "JRR Tolkien": the given names by their initials
        if any(same_given_name(word, name) for name in given):
            return True
    return False
