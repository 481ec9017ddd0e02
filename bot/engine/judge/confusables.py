"""Proper names that players mix up, grouped by kind.

A typo is never forgiven when it lands exactly on one of these (Prussia for
Russia, Austria for Australia), and naming two of the same kind in one
message is a hedge. Names of different kinds may appear together: "Moscow,
Russia" names one city, not two candidates.
"""

from __future__ import annotations

from types import MappingProxyType

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.engine.judge.aliases import OTHER_NAMES
from bot.engine.judge.places import CITIES
from bot.engine.judge.vocabulary import MONTH_FORMS
from bot.engine.judge.words import allowed_edits

_COUNTRIES = """
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia
bosnia|bosnia and herzegovina botswana brazil brunei bulgaria burkina faso burundi cambodia
cameroon canada cape verde|chad chile china colombia comoros congo|costa rica|croatia cuba
cyprus czechia|czech republic|denmark djibouti dominica|dominican republic|ecuador egypt
el salvador|eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia
germany ghana greece grenada guatemala guinea guinea bissau|guyana haiti honduras hungary
iceland india indonesia iran iraq ireland israel italy ivory coast|jamaica japan jordan
kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia
libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta
mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco
mozambique myanmar|burma namibia nauru nepal netherlands|holland new zealand|nicaragua niger
nigeria north korea|south korea|north macedonia|norway oman pakistan palau palestine panama
paraguay peru philippines poland portugal qatar romania russia rwanda samoa san marino|
saudi arabia|senegal serbia seychelles sierra leone|singapore slovakia slovenia somalia
south africa|south sudan|spain sri lanka|sudan suriname sweden switzerland syria taiwan
tajikistan tanzania thailand togo tonga trinidad and tobago|tunisia turkey turkmenistan tuvalu
uganda ukraine united kingdom|united states|uruguay uzbekistan vanuatu vatican venezuela
vietnam yemen zambia zimbabwe england scotland wales britain america prussia persia
rhodesia zaire yugoslavia czechoslovakia usa uk uae
greenland puerto rico|hong kong|macau tibet kashmir gibraltar bermuda hawaii alaska siberia
catalonia kurdistan corsica sardinia sicily crete tasmania equatorial guinea|
"""

# Capitals and big cities, with the country each is in, are listed in `places` (one
# name each, so their words need no entry in _MULTI_WORD).
_CAPITALS = CITIES

# The states of the United States. Names another kind has keep that kind: Georgia
# (a country), Washington and New York (cities), Mississippi and Missouri (rivers).
_STATES = """
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
massachusetts michigan minnesota mississippi missouri montana nebraska nevada
new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio oklahoma
oregon pennsylvania rhode island|south carolina|south dakota|tennessee texas utah
vermont virginia washington west virginia|wisconsin wyoming
"""
_MONTHS = " ".join(MONTH_FORMS)
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday"
_CONTINENTS = """
africa asia europe antarctica oceania australasia eurasia north america|south america
"""
# Rivers, mountains and their ranges, and deserts trivia asks about.
_RIVERS = """
nile amazon yangtze mississippi missouri danube rhine thames volga ganges indus mekong
tigris euphrates seine loire zambezi limpopo orinoco yukon rhone elbe vistula dnieper
blue nile|white nile|yellow river|rio grande
"""
_MOUNTAINS = "everest kilimanjaro matterhorn denali fuji etna vesuvius elbrus aconcagua"
# The range each of those mountains stands in: beside it, the range places it.
RANGE_OF: MappingProxyType[str, str] = MappingProxyType(
    {
        "everest": "himalayas",
        "mount everest": "himalayas",
        "matterhorn": "alps",
        "elbrus": "caucasus",
        "mount elbrus": "caucasus",
        "aconcagua": "andes",
    }
)
_RANGES = """
alps himalayas andes rockies pyrenees urals carpathians appalachians caucasus
apennines dolomites
"""
_DESERTS = "sahara gobi kalahari atacama mojave namib"
# Movements in art and music, some a slip apart (impressionism, expressionism).
_MOVEMENTS = """
impressionism expressionism cubism surrealism realism romanticism baroque modernism
futurism dadaism fauvism pointillism minimalism symbolism classicism neoclassicism
mannerism rococo naturalism
"""
_PLANETS = "mercury venus earth mars jupiter saturn uranus neptune pluto"
_SEAS = "pacific atlantic arctic mediterranean caribbean"
_DEMONYMS = """
swiss swedish swede austrian australian russian prussian french british english german
iranian iraqi nigerian nigerien malian malawian ghanaian guinean slovak slovenian
slovene gambian zambian burkinabe american canadian chinese japanese korean indian
italian spanish portuguese dutch greek turkish egyptian mexican brazilian argentine
argentinian irish scottish welsh danish norwegian finnish belgian hungarian czech
ukrainian israeli persian
"""
# Colours describe other answers ("the red planet"), but two of them are two guesses.
_COLOURS = """
red orange yellow green blue purple violet pink brown black white grey gray indigo
turquoise maroon crimson scarlet beige navy magenta cyan
"""
# Elements are common nouns ("liquid oxygen"), but two of them are two guesses.
_ELEMENTS = """
hydrogen helium lithium beryllium boron carbon nitrogen oxygen fluorine neon sodium
magnesium aluminium aluminum silicon phosphorus sulfur sulphur chlorine argon potassium
calcium titanium chromium manganese iron cobalt nickel copper zinc arsenic selenium
bromine krypton strontium silver tin iodine xenon caesium cesium barium tungsten
platinum gold uranium plutonium radium radon palladium cadmium bismuth
"""


def _build() -> dict[str, str]:
    table: dict[str, str] = {}
    groups = {
        "country": _COUNTRIES,
        "capital": _CAPITALS,
        "month": _MONTHS,
        "weekday": _WEEKDAYS,
        "continent": _CONTINENTS,
        "planet": _PLANETS,
        "sea": _SEAS,
        "demonym": _DEMONYMS,
        "element": _ELEMENTS,
        "colour": _COLOURS,
        "river": _RIVERS,
        "mountain": _MOUNTAINS,
        "range": _RANGES,
        "desert": _DESERTS,
        "movement": _MOVEMENTS,
        "state": _STATES,  # last: Mississippi and Missouri are rivers first
    }
    for kind, block in groups.items():
        for name in split_names(block) if isinstance(block, str) else block:
            table.setdefault(name, kind)
    return table


def split_names(block: str) -> list[str]:
    """Names are space-separated; multi-word names are recognised from _MULTI_WORD."""
    names: list[str] = []
    for chunk in block.replace("\n", " ").split("|"):
        words = chunk.split()
        while words:
            size = _multi_size(words)
            names.append(" ".join(words[:size]))
            words = words[size:]
    return names


_MULTI_WORD = frozenset(
    """bosnia and herzegovina|burkina faso|cape verde|costa rica|czech republic|
    dominican republic|el salvador|guinea bissau|ivory coast|new zealand|north korea|
    south korea|north macedonia|san marino|saudi arabia|sierra leone|south africa|
    south sudan|sri lanka|trinidad and tobago|united kingdom|united states|buenos aires|
    phnom penh|addis ababa|new delhi|kuala lumpur|mexico city|panama city|cape town|
    abu dhabi|new york|los angeles|st petersburg|saint petersburg|north america|
    south america|puerto rico|hong kong|equatorial guinea|blue nile|white nile|
    yellow river|rio grande|new hampshire|new jersey|new mexico|north carolina|
    north dakota|rhode island|south carolina|south dakota|west virginia""".replace("\n", "").split(
        "|"
    )
)
_MULTI_CLEAN = frozenset(" ".join(name.split()) for name in _MULTI_WORD)


def _multi_size(words: list[str]) -> int:
    for size in (4, 3, 2):
        if " ".join(words[:size]) in _MULTI_CLEAN:
            return size
    return 1


# name -> kind ("country", "capital", "month", ...); read-only.
CONFUSABLES: MappingProxyType[str, str] = MappingProxyType(_build())


# Names of one kind above that also name a thing of another: "Congo" beside the Nile
# is a second river, not the country placing it.
ALSO_A: MappingProxyType[str, str] = MappingProxyType(
    {"congo": "river", "niger": "river", "jordan": "river"}
)


# Every state's name, whatever kind it is read as first.
US_STATES = frozenset(split_names(_STATES))


def kind_of(name: str) -> str | None:
    """The kind of a known name; bare numbers (peer years, counts) are "number"."""
    if name.isdigit():
        return "number"
    return CONFUSABLES.get(name)


# Kinds whose names are common nouns: they take a common noun's endings and qualifiers.
_COMMON_NOUN_KINDS = frozenset({"element", "colour", "movement"})


def proper_kind_of(name: str) -> str | None:
    """The kind of a known proper name ("capital"); None for common nouns."""
    kind = kind_of(name)
    return None if kind in _COMMON_NOUN_KINDS else kind


# Kinds the lists above hold whole, with names no other kind shares: beside an answer
# of one of them, a word that is no name of its kind (or of its other names), nor a
# slip from one, cannot be a second guess ("Agra, India"). Not planets: Mercury is an
# element and Mars a singer.
CLOSED_KINDS = frozenset({"country", "continent", "month", "weekday", "state"})


def _words_by_kind() -> dict[str, tuple[str, ...]]:
    found: dict[str, set[str]] = {}
    for name, kind in CONFUSABLES.items():
        words = found.setdefault(kind, set())
        words.update(name.split())
        for other in OTHER_NAMES.get(name, ()):
            words.update(other)
    return {kind: tuple(sorted(words)) for kind, words in found.items()}


_WORDS_OF_KIND = _words_by_kind()


def may_name_one_of(word: str, kinds: frozenset[str]) -> bool:
    """Is `word` a word of a name of these kinds, or within two slips of one ("Lybia",
    "Wensday"): a reach past the typo rule's, since what is at stake is a second guess."""
    # Two slips from a word of six letters reach too many real places: "Nagoya"
    # (Angola), "Austin" (Austria), "Dallas" (Hellas).
    reach = max(1 if len(word) < 7 else 2, allowed_edits(len(word)))
    for kind in kinds:
        names = _WORDS_OF_KIND.get(kind, ())
        if process.extractOne(word, names, scorer=OSA.distance, score_cutoff=reach):
            return True
    return False
