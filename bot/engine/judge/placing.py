"""What may stand beside an answer to place or date it rather than compete with it:
"Moscow, Russia", "September 2022", "Usain Bolt, Jamaica", "Egypt, Cairo"; and the
words that instead make another thing of the answer's name ("Niger river")."""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from functools import lru_cache

from bot.engine.judge.categories import another_kind, kind_asked
from bot.engine.judge.compiled import Alt, Matcher
from bot.engine.judge.confusables import ALSO_A, RANGE_OF, US_STATES, kind_of
from bot.engine.judge.hedging import FILLER, SENTENCE_WORDS, TITLES, hesitates
from bot.engine.judge.landmarks import names_another
from bot.engine.judge.names import is_given_name, is_surname
from bot.engine.judge.normalise import fold
from bot.engine.judge.peers import Rival
from bot.engine.judge.places import COUNTRY_OF, US_TOWN_STATES
from bot.engine.judge.vocabulary import ARTICLES, ROMAN_VALUE, word_set
from bot.engine.judge.words import is_year


def compatible(matcher: Matcher, rival: Rival, beside: int | None = None) -> bool:
    """True for a name that places or dates the answer rather than competing with it:
    "Russia" in "Moscow, Russia", "2022" in "September 2022", "Jamaica" beside Usain
    Bolt, "Cairo" beside Egypt. `beside`: the label of the answer it stands next to,
    whose own country alone places it ("London and Rio, Brazil")."""
    if rival.source in ("reject", "choice"):
        return False
    if rival.kind == "demonym":
        # A nationality describes a person ("the Italian painter") or places a
        # capital ("Moscow, the Russian capital"); beside anything else it may name
        # another country, people or language ("Portugal, Dutch", "Mandarin English").
        if asks_for_a_language(matcher):
            return rival.key not in _LANGUAGES  # "Brazilian Portuguese": a variety of it
        return matcher.person or "capital" in matcher.kinds
    if rival.kind == "range":
        return any(RANGE_OF.get(a.key) == rival.key for a in matcher.alts)  # "in the Alps"
    if matcher.titled and rival.kind in PLACING_KINDS:
        return False  # a title is not placed: "Jaws, California" is another answer
    if rival.kind in matcher.kinds or ALSO_A.get(rival.key) in matcher.kinds:
        return False  # two of a kind: "Vienna, Paris", "France, Spain", "Nile, Congo"
    if "state" in matcher.kinds and rival.key in US_STATES:
        return False  # "Florida, Georgia"
    if rival.key in US_STATES and (states := _states_of_town(matcher)) is not None:
        return rival.key in states  # "Austin, Minnesota", "Paris TX": two places
    if rival.kind == "capital" and "state" in matcher.kinds:
        # A city placed by its state ("Los Angeles, California", "Athens, Georgia"); not
        # a city of the country the state's name is too: "Tbilisi, Georgia".
        countries = COUNTRY_OF.get(rival.key, frozenset())
        return "united states" in countries or countries.isdisjoint(matcher.by_key)
    if matcher.person:
        # A place or a year says where or when a person was; another person competes.
        return rival.kind in PLACING_KINDS or is_year(rival.key)
    if rival.kind == "capital" and "country" in matcher.kinds:
        return not COUNTRY_OF.get(rival.key, frozenset()).isdisjoint(matcher.by_key)
    if rival.kind not in _QUALIFIER_KINDS and rival.key not in US_STATES:
        return False  # a state's name may be read first as a river's: "Missouri"
    if rival.kind == "number" and matcher.numeric:
        # Beside a name that holds a number only a year dates it ("Apollo 11, 1969");
        # another number makes another name ("H2O 2").
        return is_year(rival.key) and not matcher.a_number
    if rival.kind == "country" and matcher.own_countries:
        own = _countries_of(matcher, beside) if beside is not None else frozenset()
        return rival.key in (own or matcher.own_countries)  # "Vienna, Germany": two places
    return True


def _states_of_town(matcher: Matcher) -> frozenset[str] | None:
    """The US states the answer, a town the judge knows, may be in; none for a town
    outside the US ("Paris"); None where the judge knows no more (or for a person)."""
    if matcher.person:
        return None
    states = {US_TOWN_STATES[a.key] for a in matcher.alts if a.key in US_TOWN_STATES}
    own = matcher.own_countries
    states.update(own.intersection(US_STATES))
    if states:
        return frozenset(states)
    if own and "united states" not in own:
        return frozenset()
    # A town the judge does not know is in the state the question names, if any:
    # "Columbus, Georgia" to "Which city is the capital of Ohio?" names two places.
    return _states_named(matcher.ask) or None


@lru_cache(maxsize=1024)
def _states_named(ask: str) -> frozenset[str]:
    """The states the question puts its answer in: "Which Ohio city…?", "the capital
    of Ohio", "in Ohio"; not one named otherwise ("bicycle makers from Ohio", "George
    Washington")."""
    return frozenset(state for pair in _STATE_NAME.findall(fold(ask)) for state in pair if state)


_STATES = "|".join(sorted(map(re.escape, US_STATES), key=len, reverse=True))
_STATE_NAME = re.compile(rf"\b(?:which|what)\s+({_STATES})\b|\b(?:of|in)\s+({_STATES})\b")


def _countries_of(matcher: Matcher, label: int) -> frozenset[str]:
    """The countries of one part's cities (an all_of names several)."""
    return frozenset(n for a in matcher.alts if a.label == label for n in COUNTRY_OF.get(a.key, ()))


def asks_for_a_language(matcher: Matcher) -> bool:
    """Then a demonym names a language, and another one is a second guess."""
    return not matcher.asked.isdisjoint(_LANGUAGE_WORDS)


# Kinds of place a country's name or a common noun may also name: beside a country
# or a noun of a known kind (see `nouns`) they make it that thing.
FEATURES = word_set(
    "bay canal desert falls gulf island islands lake mount mountain mountains ocean"
    " peninsula river sea state strait valley"
)
# Kinds of name that may stand beside an answer of another kind to place or date it.
_QUALIFIER_KINDS = frozenset({"country", "continent", "state", "number", "colour"})
PLACING_KINDS = frozenset({"country", "continent", "state"})
# Words that make another place of a country's name: "New Mexico", "Inner Mongolia".
PLACE_PREFIXES = word_set("great greater inner little lower new nova old outer upper")
# The nationalities that are also a language's name: beside a language answer the
# others name a variety of it ("Swiss German", "Brazilian Portuguese").
_LANGUAGES = word_set(
    """
    czech danish dutch english finnish french german greek hungarian italian japanese
    korean chinese norwegian persian portuguese russian slovak slovene slovenian spanish
    swedish turkish ukrainian irish welsh
    """
)
# A question with one of these asks for a language, which a demonym may name.
_LANGUAGE_WORDS = frozenset({"language", "languages", "tongue", "speak", "spoken", "speakers"})


# Places named by a compass point before another's name: "West Virginia" is no answer
# for Virginia. Before any other name a compass point places a part of it ("east
# London", "North Atlantic", "West Yorkshire").
# (Those the lists of countries hold, "North Korea", are other answers already.)
_COMPASS_PLACES = frozenset(
    {
        "west virginia",
        "north carolina",
        "south carolina",
        "north dakota",
        "south dakota",
        "south australia",
        "western australia",
        "west bengal",
        "east timor",
        "south georgia",
        "east germany",
        "west germany",
        "west bank",
        "western sahara",
        "north ossetia",
        "south ossetia",
        "west indies",
        "east indies",
        "north island",
        "south island",
        "west papua",
        "east anglia",
        "north america",
        "south america",
        "west palm beach",
        "north las vegas",
        "east st louis",
        "west hollywood",
        "east orange",
        "northern ireland",
        "northern cyprus",
        "north yemen",
        "south yemen",
        "north vietnam",
        "south vietnam",
    }
)


def renamed(
    matcher: Matcher,
    toks: Sequence[str],
    span: tuple[int, int],
    alt: Alt,
    covered: Container[int],
) -> bool:
    """Does a word beside the answer `alt` spans in `toks` make another thing of its
    name: "West Virginia" for Virginia, "Lake Victoria" where Victoria stands for
    Victoria Falls, "Martin Luther King"? Words in `covered` are read elsewhere."""
    at, after = span[0] - 1, span[1]
    before = toks[at] if at >= 0 and at not in covered else ""
    next_word = toks[after] if after < len(toks) and after not in covered else ""
    if another_place(matcher, alt.key, before, next_word):
        return True
    if before in _SCALED and alt.common and before not in matcher.asked:
        return True  # "half marathon", "semi final", "ultra marathon": another thing
    if _of_another_kind(matcher, toks, at if before else -1, after):
        return True  # "the planet Mercury" to "Which metal…?"
    if at >= 0 and _names_a_feature(matcher, alt, toks, at):
        return True
    if matcher.region_asked and alt.key in US_STATES:
        if _person_named(matcher, before, alt, state=True):
            return True  # "George Washington" names a person, not the state
    elif _country_of_a_name(matcher, alt):
        if _person_named(matcher, before, alt, state=False):
            return True  # "Michael Jordan", "Tom Holland": a person, not the country
    elif _may_be_a_surname(matcher, alt):
        # Read even where covered as filler: "Queen" in "Queen Victoria" is a title.
        said_before = toks[at] if at >= 0 else ""
        if _person_named(matcher, said_before, alt, state=False):
            return True  # "Steve Austin", "Andrew Jackson": a person, not the city

    if after == len(toks) - 1 and next_word and _surname_after(matcher, alt, next_word):
        return True
    if after == len(toks) - 1 and next_word == "i" and _numbered_otherwise(matcher, alt):
        return True  # "Strauss I" for Strauss II: "I" closing a name is its number
    if matcher.person and any(
        word in FEATURES and word not in matcher.asked for word in (before, next_word)
    ):
        return True  # "Hudson Bay", "Mount Everest": a place named after the person
    kind = matcher.bare_kinds.get(alt.key) if matcher.bare_kinds else None
    if kind is None:
        return False
    if before == "of" and at > 0:
        before = toks[at - 1]  # "the Gulf of Suez"
    return any(word and names_another(kind, word) for word in (before, next_word))


def _of_another_kind(matcher: Matcher, toks: Sequence[str], at: int, after: int) -> bool:
    """Is the answer's name called a kind of thing the question does not ask for, just
    before it or after it ("the planet Mercury", "Mercury, the planet")? Before a
    common noun a kind word may be part of its name ("a fruit bat"), unless "the"
    sets it off ("the fruit bat", "the planet Mercury")."""
    if at > 0 and toks[at] == "of":
        at -= 1  # "the island of Java", "the book of Genesis"
    if at >= 0 and another_kind(matcher, toks[at]) and _sets_off(matcher, toks, at):
        return True
    start = after
    if after < len(toks) and toks[after] == ",":
        after += 1
    if after + 1 < len(toks) and toks[after] in ARTICLES:
        after += 1
    if after >= len(toks):
        return False
    if after == start and toks[after] in matcher.asked:
        return False  # "China cars" to "Which country makes the most cars?": its topic
    return another_kind(matcher, toks[after])


def _sets_off(matcher: Matcher, toks: Sequence[str], at: int) -> bool:
    """Does the kind word at `at` stand apart from the answer's name: before a proper
    name, or after "the" ("the fruit bat", "the programming language Python")?"""
    return not all(a.common for a in matcher.alts) or "the" in toks[max(0, at - 2) : at]


def _person_named(matcher: Matcher, before: str, alt: Alt, *, state: bool) -> bool:
    """Does `before` make a person of the answer's name? Before a town or another
    one-word place, a given name or a title does ("Charles Darwin", "Queen
    Victoria"); any other word may be part of the place ("downtown Austin"). Before
    a state that is also a person's name, so do an initial and any word that neither
    the question says nor places ("Denzel Washington", "Booker T. Washington"); an
    address says a place or puts a comma first: "Seattle, Washington"."""
    if not before or before in matcher.asked:
        return False
    if before in TITLES:
        return not state  # a title is said before a name
    if before in FILLER or before in SENTENCE_WORDS or hesitates(before):
        return False  # "will", "guy", "ummm": chat before the answer
    if before in FEATURES or before in PLACE_PREFIXES:
        return False
    if is_given_name(before):
        # Unless it is a town's name too: "Helena, Montana", "Sydney Australia".
        return kind_of(before) is None and before not in US_TOWN_STATES
    if not state or not (is_surname(alt.key) or is_given_name(alt.key)) or not before.isalpha():
        return False
    return kind_of(before) is None


def _country_of_a_name(matcher: Matcher, alt: Alt) -> bool:
    """Is this one-word answer, no person, a country, continent or state whose name
    a person may carry too (Jordan, Holland, Georgia; not Canada: "Victoria Canada")?"""
    return len(alt.words) == 1 and not matcher.person and alt.key in _NAMES_OF_PEOPLE_TOO


def _names_a_feature(matcher: Matcher, alt: Alt, toks: Sequence[str], at: int) -> bool:
    """Does a natural feature's word before a place's name make that feature of it:
    "Lake Geneva", "Mount Washington", "the Gulf of Mexico"? Not where the question
    or the answer says the word ("Which lake…?", "Cape Verde")."""
    word, features = toks[at], _FEATURES_BEFORE
    if word == "of" and at > 0:
        word, features = toks[at - 1], _FEATURES_OF
    if word not in features or word in matcher.alt_words or word in matcher.asked:
        return False  # most messages: no such word at all
    if not matcher.place_asked and kind_of(alt.key) not in _PLACE_KINDS:
        return False
    return not kind_asked(matcher, word)  # "isle" where the question says "island"


# Words that make a part or a larger form of a common noun, which is another thing.
# Not "double" nor "triple": "a double espresso" is still one.
_SCALED = word_set("half quarter semi demi mini ultra")
# Words of a natural feature said before a place's name ("Lake Michigan"), or before
# "of" ("the Bay of Bengal"). Not "island", "city" or "state" ("the island of Crete"),
# nor "river": "the river Niger" is read as a second guess.
_FEATURES_BEFORE = word_set("lake loch mount mt cape isle sierra")
_FEATURES_OF = word_set("gulf bay sea isle strait straits lake")
_PLACE_KINDS = frozenset({"country", "continent", "state", "capital"})


def _may_be_a_surname(matcher: Matcher, alt: Alt) -> bool:
    """Asked for a place, may this one-word answer be a surname too (Austin, Darwin)?
    A country's, continent's or state's name is nobody's: "Florence Italy"."""
    if len(alt.words) != 1 or matcher.person or not matcher.place_asked:
        return False
    return kind_of(alt.key) not in _NO_SURNAME_KINDS


# Countries and states whose names people carry too: "Michael Jordan", "Tom Holland".
_NAMES_OF_PEOPLE_TOO = word_set(
    "chad england france georgia holland india ireland israel jordan kenya wales"
)
# Kinds of place whose names are nobody's surname, so a name before one places it.
_NO_SURNAME_KINDS = frozenset({"country", "continent", "state"})


def _surname_after(matcher: Matcher, alt: Alt, word: str) -> bool:
    """Does a known surname closing the message after the answer's own make another
    person's name of it: "Martin Luther King" for Martin Luther?"""
    if not matcher.person or word in matcher.alt_words or not is_surname(word):
        return False
    full = [a for a in matcher.alts if a.label == alt.label and len(a.words) > 1]
    return any(a.words[-1] == alt.words[-1] for a in full)


def _numbered_otherwise(matcher: Matcher, alt: Alt) -> bool:
    """Is the answer a person whose name closes with a number other than I?"""
    return matcher.person and any(
        a.label == alt.label and a.words[-1] in ROMAN_VALUE and a.words[-1] != "i"
        for a in matcher.alts
    )


def another_place(matcher: Matcher, key: str, before: str, after: str) -> bool:
    """Does the word before or after this answer's name make another place of it:
    "West Virginia" for Virginia, "Kansas City" for Kansas, "Ho Chi Minh City"?"""
    if f"{before} {key}" in _COMPASS_PLACES:
        return True
    # A city is named so after the state, country or person it is not ("Leicester
    # City" may be a team, "Quebec City" the place Quebec was founded).
    if after != "city" or "city" in matcher.asked:
        return False
    if matcher.region_asked:
        return True  # "New York City" for the state
    return "capital" not in matcher.kinds and (matcher.person or "country" in matcher.kinds)
