"""Other ways of writing a region's or a movement's name: "West Africa", "Western
Africa", "West African"; "N. Carolina"; "from France towards Russia"."""

from __future__ import annotations

from collections.abc import Iterator

from bot.engine.judge.confusables import kind_of

Words = tuple[str, ...]

_DIRECTIONS = {"west": "western", "east": "eastern", "north": "northern", "south": "southern"}
_CONTINENT_ADJECTIVES = {
    "africa": "african",
    "europe": "european",
    "asia": "asian",
    "america": "american",
    "australia": "australian",
}
# A compass adjective's direction: "southern" is "south".
ADJECTIVE_OF = {adjective: direction for direction, adjective in _DIRECTIONS.items()}
_PLACE_OF = {adjective: place for place, adjective in _CONTINENT_ADJECTIVES.items()}
# Every compass word, as a direction or its adjective.
COMPASS = frozenset({*_DIRECTIONS, *ADJECTIVE_OF})


def compass_letter(words: Words) -> Iterator[Words]:
    """ "N. Carolina", "S Korea": a place's compass word as its letter. Not in other
    names ("S Park" is no South Park)."""
    if kind_of(" ".join(words)) or kind_of(" ".join(words[1:])):  # "Northern Ireland"
        yield (COMPASS_LETTERS[words[0]], *words[1:])


# "north" and "northern" alike: "N. Ireland".
COMPASS_LETTERS = {form: word[0] for word, adj in _DIRECTIONS.items() for form in (word, adj)}


def region_forms(words: Words) -> Iterator[Words]:
    """ "West Africa", "Western Africa", "West African": one region. A country named
    after its part of a continent ("South Africa") is left as it is."""
    if len(words) != 2 or (words[0] not in _DIRECTIONS and words[0] not in ADJECTIVE_OF):
        return
    if kind_of(" ".join(words)) not in (None, "continent"):
        return  # "South Africa" the country is not southern Africa
    direction = ADJECTIVE_OF.get(words[0], words[0])
    place = _PLACE_OF.get(words[1], words[1])
    if place not in _CONTINENT_ADJECTIVES:
        if direction in _DIRECTIONS and kind_of(place) == "country":
            # The part of a country: "North Ireland" for Northern Ireland is a slip.
            yield (direction, place)
            yield (_DIRECTIONS[direction], place)
        return
    for lead in (direction, _DIRECTIONS[direction]):
        for tail in (place, _CONTINENT_ADJECTIVES[place]):
            yield (lead, tail)


def movement_forms(words: Words) -> Iterator[Words]:
    """ "from France to Russia": also "towards", "toward", and "away from"."""
    if "from" not in words or "to" not in words or words.index("from") > words.index("to"):
        return
    at = words.index("to")
    for to in ("to", "towards", "toward"):
        turned = (*words[:at], to, *words[at + 1 :])
        yield turned
        start = turned.index("from")
        yield (*turned[:start], "away", *turned[start:])
