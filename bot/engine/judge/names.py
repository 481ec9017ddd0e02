"""People's names: the built-in given names and surnames, and whether a given
name typed beside an accepted surname is the answer's own.

The lists ship with the package (`given_names.txt`, `surnames.txt`) and are read
once, on first use. They matter only for questions whose answer is a person.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

from bot.engine.judge.vocabulary import word_set
from bot.engine.judge.words import word_kind

# Short forms that do not begin with the name they stand for ("Bill" for William).
# Forms that do ("Alex", "Frankie") are recognised by their shared beginning.
_NICKNAMES: dict[str, str] = {
    "abe": "abraham",
    "will": "william",  # begins William, but chat ("I will") would hide it
    "bill": "william",
    "billy": "william",
    "bob": "robert",
    "bobby": "robert",
    "dick": "richard",
    "rick": "richard",
    "ricky": "richard",
    "jim": "james",
    "jimmy": "james",
    "jack": "john",
    "johnny": "john",
    "ted": "edward",
    "teddy": "theodore",
    "ned": "edward",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "betty": "elizabeth",
    "peggy": "margaret",
    "maggie": "margaret",
    "meg": "margaret",
    "kate": "catherine",
    "katie": "catherine",
    "cathy": "catherine",
    "sasha": "alexander",
    "misha": "mikhail",
    "volodya": "vladimir",
    "seryozha": "sergei",
    "dima": "dmitri",
    "kolya": "nikolai",
    "tony": "anthony",
    "chuck": "charles",
    "harry": "henry",
    "hal": "henry",
    "larry": "lawrence",
    "sandy": "alexander",
    "polly": "mary",
    "molly": "mary",
    "hank": "henry",
    "jeff": "geoffrey",
    "sally": "sarah",
    "peg": "margaret",
    "mike": "michael",
    "mikey": "michael",
    "mick": "michael",
    "mickey": "michael",
    "tom": "thomas",
    "tommy": "thomas",
    "nick": "nicholas",
    "dave": "david",
    "davy": "david",
    "joe": "joseph",
    "joey": "joseph",
    "charlie": "charles",
    "andy": "andrew",
    "sue": "susan",
    "jenny": "jennifer",
    "alec": "alexander",
    "bess": "elizabeth",
    "bessie": "elizabeth",
    "nellie": "eleanor",
    "fanny": "frances",
    "wally": "walter",
    "bert": "albert",
    "bertie": "albert",
    "rudy": "rudolph",
    "fritz": "friedrich",
    "pepe": "jose",
    "paco": "francisco",
    "kit": "christopher",
}
# Short forms of two letters ("Al" for Albert, "Ed" for Edward): a two-letter word
# otherwise begins too many names to count as one of them.
_TWO_LETTER_FORMS = frozenset({"al", "ed", "jo", "di", "cy", "ty", "vi", "mo"})
# Spellings of the same name in other languages.
_SAME = (
    ("sergei", "sergey", "serge", "sergio"),
    ("alexander", "aleksandr", "alexandre", "alessandro", "alejandro", "sandro"),
    (
        "john",
        "jean",
        "juan",
        "giovanni",
        "johann",
        "johannes",
        "ivan",
        "jan",
        "joao",
        "gianni",
        "janos",
        "johan",
    ),
    ("peter", "pierre", "pedro", "pyotr", "pietro", "pieter"),
    ("michael", "mikhail", "michel", "miguel", "michele"),
    ("george", "georges", "jorge", "georg", "giorgio", "jiri", "jerzy"),
    ("joseph", "josef", "jose", "giuseppe", "iosif"),
    ("paul", "pablo", "paolo", "pavel"),
    ("william", "wilhelm", "guillaume", "guillermo", "guglielmo", "willem"),
    ("charles", "carlos", "karl", "carl", "carlo", "karol"),
    ("francis", "frank", "francois", "francisco", "francesco", "franz", "ferenc"),
    ("henry", "henri", "heinrich", "enrique", "enrico", "hendrik", "henrik"),
    ("nicholas", "nicolas", "nikolai", "nicola", "klaus", "niccolo"),
    ("dmitri", "dmitry"),
    ("stephen", "steven", "stefan", "stefano", "esteban", "etienne", "stepan", "istvan"),
    ("muhammad", "mohammed", "mohammad", "mohamed", "muhammed", "mohamad"),
    ("catherine", "katherine", "kathryn", "katharine", "ekaterina", "caterina", "catalina"),
    ("mary", "maria", "marie", "mariya"),
    ("anne", "anna", "ann", "anya"),
    ("louis", "ludwig", "luis", "luigi", "lewis", "ludovico"),
    ("frederick", "frederic", "friedrich", "federico", "fryderyk"),
    ("richard", "ricardo", "riccardo"),
    ("anthony", "antonio", "anton", "antoine"),
    ("andrew", "andrei", "andrey", "andres", "andreas", "andre"),
    ("matthew", "matthias", "mateo", "matteo", "mathieu"),
    ("mark", "marc", "marco"),
    ("christopher", "christoph", "cristobal", "cristoforo"),
    ("edward", "eduard", "eduardo", "edouard"),
    ("thomas", "tomas", "tommaso"),
    ("james", "jacques", "jaime", "giacomo"),
    ("theodore", "fyodor", "teodor"),
    ("eugene", "yevgeny", "evgeny", "eugen"),
    ("basil", "vasily", "vasili", "wassily"),
    ("oliver", "olivier"),
    ("sebastian", "sebastien"),
)
# Spellings of one name in one language: a full name may be typed with any of them
# ("Stephen Spielberg"), unlike the forms of `_SAME` ("Frank Drake" is not Francis).
_SPELLINGS = (
    ("stephen", "steven"),
    ("muhammad", "mohammed", "mohammad", "mohamed", "muhammed", "mohamad"),
    ("catherine", "katherine", "kathryn", "katharine"),
    ("ann", "anne"),
    ("geoffrey", "jeffrey"),
    ("philip", "phillip"),
    ("alan", "allan", "allen"),
    ("brian", "bryan"),
    ("sean", "shaun", "shawn"),
    ("nicholas", "nicolas"),
    ("sergei", "sergey"),
    ("dmitri", "dmitry"),
    ("isabel", "isabelle"),
    ("rafael", "raphael"),
    ("sara", "sarah"),
    ("eric", "erik"),
    ("hannah", "hanna"),
    ("teresa", "theresa"),
    ("elizabeth", "elisabeth"),
    ("jacob", "jakob"),
    ("rachel", "rachael"),
    ("dennis", "denis"),
    ("gustav", "gustave"),
    ("aleksei", "alexei", "alexey"),
    ("nikolai", "nikolay"),
    ("yuri", "yury"),
    ("fyodor", "feodor"),
)


def _by_name(*groups: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Each name of the groups, with every name a group shares with it."""
    table: dict[str, set[str]] = {}
    for group in groups:
        for name in group:
            table.setdefault(name, set()).update(group)
    return {name: frozenset(names) for name, names in table.items()}


_SAME_AS = _by_name(*_SAME, *_SPELLINGS)
_SPELLINGS_OF = {
    name: tuple(n for n in group if n != name) for group in _SPELLINGS for name in group
}


# A question asking "who", or "which" or "what" of a person's role ("Which fictional
# detective...?", "What English king...?"; not "Which king's wife...?").
_ASKS_FOR_A_PERSON = re.compile(
    r"\bwho(?:m|se)?\b|\b(?:which|what)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:actor|actress|admiral|artist|astronaut|athlete|author|boxer|character|chef|"
    r"composer|dancer|detective|dictator|emperor|empress|explorer|footballer|golfer|hero|"
    r"heroine|inventor|king|monarch|musician|novelist|painter|pharaoh|philosopher|"
    r"physicist|pianist|playwright|poet|politician|pope|president|prince|princess|queen|"
    r"rapper|scientist|sculptor|singer|songwriter|sultan|tsar|villain|wizard|writer)s?"
    r"\b(?!')"
)


# A question asking "where", or "which" or "what" of a kind of place: its answer is a
# place even where it is also a personal name ("Which state...?": Virginia, Georgia).
_ASKS_FOR_A_PLACE = re.compile(
    r"\bwhere\b|\b(?:which|what)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:capital|city|continent|country|county|desert|island|lake|mountain|nation|ocean|"
    r"planet|province|region|river|sea|state|territory|town|village|volcano)s?"
    r"\b(?!')"
)


# A question asking for a title or a name of a group ("Which band…?", "What film…?"):
# its answer is a name, so another form of its word names something else ("Aliens"
# is not Alien, "Queens" not Queen). Not "play", "show", "group" or "game", which
# ask for other things as often ("What instrument did Hendrix play?").
_WORKS = (
    "album|book|film|magazine|movie|musical|newspaper|novel|opera|painting|poem|programme|"
    "series|sitcom|song"
)
_GROUPS = "band|brand|club|company|franchise|team"
_WHICH = r"\b(?:which|what)\s+(?:[a-z0-9]+\s+){0,3}?"
_ASKS_FOR_A_TITLE = re.compile(_WHICH + rf"(?:{_WORKS}|{_GROUPS})s?\b(?!')")
# A question asking for a work by its title ("Which song…?"), not for something of
# the work's kind ("Which film director…?", "Which film genre…?").
_ASKS_FOR_A_WORK = re.compile(
    _WHICH + rf"(?:{_WORKS})s?\b(?!')"
    r"(?!\s+(?:award|character|company|critic|director|festival|franchise|genre|maker|"
    r"producer|score|star|studio|writer)s?\b)"
)


def asks_for_a_work(folded_ask: str) -> bool:
    return _ASKS_FOR_A_WORK.search(folded_ask) is not None


def asks_for_a_title(folded_ask: str) -> bool:
    return _ASKS_FOR_A_TITLE.search(folded_ask) is not None


def asks_for_a_person(folded_ask: str) -> bool:
    return _ASKS_FOR_A_PERSON.search(folded_ask) is not None


def asks_for_a_place(folded_ask: str) -> bool:
    return _ASKS_FOR_A_PLACE.search(folded_ask) is not None


def asks_for_a_region(folded_ask: str) -> bool:
    """ "Which US state…?": then a name that is also a city's (Washington, New York)
    stands for the region, not the city."""
    return _ASKS_FOR_A_REGION.search(folded_ask) is not None


# "Which state's flag…?", "Which of the 50 US states…?", "Which US state's…?" and
# "What is the largest US state?" ask for a state (not "What is the smallest state in
# the world?", which may be a country); "What is the state's capital?" and "What is
# the state capital…?" for a city.
_ASKS_FOR_A_REGION = re.compile(
    r"\b(?:which|what)\s+(?:(?:is|was)\s+the\s+(?:[a-z]+est|first|last|only|most\s+[a-z]+)"
    r"\s+(?=(?:us|u\.s\.|american|australian)\s+state))?"
    r"(?:(?:(?!(?:is|was|the|a)\s)[a-z0-9.]+\s+){0,2}?"
    r"(?:state|province|county|territory)'s|(?:of\s+the\s+)?"
    r"(?:[a-z0-9]+\s+){0,2}?"
    r"(?:state|province|county|territory)s?\b(?!'|\s+capital))"
)


def _read(name: str) -> frozenset[str]:
    text = files(__package__).joinpath(name).read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if not line.startswith("#"))
    return word_set(" ".join(lines))


@cache
def given_names() -> frozenset[str]:
    return (
        _read("given_names.txt") | frozenset(_NICKNAMES) | frozenset(_SAME_AS) | _TWO_LETTER_FORMS
    )


@cache
def surnames() -> frozenset[str]:
    return _read("surnames.txt")


def is_given_name(word: str) -> bool:
    return word in given_names()


def is_surname(word: str) -> bool:
    return word in surnames()


def same_given_name(typed: str, own: str) -> bool:
    """True when `typed` is `own` given name, a typo, short form, nickname or
    other-language form of it: "Frankie" or "Francis" for Frank, "Sergey" for Sergei."""
    if typed == own or word_kind(typed, own, False) is not None:
        return True
    if min(len(typed), len(own)) >= 3 and (typed.startswith(own) or own.startswith(typed)):
        return True
    if typed in _TWO_LETTER_FORMS and own.startswith(typed):
        return True
    stem = _pet_stem(typed)
    if stem != typed and stem == _pet_stem(own):
        return True  # "Freddy" and "Freddie", "Toni" and "Tony": one pet form
    typed_full = _NICKNAMES.get(typed, typed)
    own_full = _NICKNAMES.get(own, own)
    if typed_full == own_full:
        return True
    return typed_full in _SAME_AS.get(own_full, frozenset())


def _pet_stem(name: str) -> str:
    """A pet form without its ending, which is spelt many ways: "fredd" of "freddie"."""
    for ending in ("ie", "ey", "y", "i"):
        if name.endswith(ending) and len(name) > len(ending) + 2:
            return name[: -len(ending)]
    return name


def short_forms_of(given: str) -> tuple[str, ...]:
    """The common nicknames and other spellings of a given name ("tom" and "tommy"
    for thomas, "stephen" for steven), for full-name answers typed that way."""
    return _SHORT_FORMS_OF.get(given, ()) + _SPELLINGS_OF.get(given, ())


def _short_forms_table() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for short, full in _NICKNAMES.items():
        table.setdefault(full, []).append(short)
    return {name: tuple(forms) for name, forms in table.items()}


_SHORT_FORMS_OF = _short_forms_table()
# The given names that have common nicknames or other spellings.
HAS_NICKNAMES = frozenset(_SHORT_FORMS_OF) | frozenset(_SPELLINGS_OF)
