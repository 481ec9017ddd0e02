"""Other ways of writing the same answer, derived from the answer's own words.

Each rule says the same thing in another standard form, so a player is never
marked wrong for phrasing: a weekday or month cut short ("Tues", "Sept"), "a"
for "one" before a unit ("a year"), a role put the other way round ("minister
of defence"), a region's adjective form ("Western Africa", "West African"), and
a movement's prepositions ("away from France towards Russia"). Variants are
matching words only: what the player is shown is always the answer as written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from bot.engine.judge.confusables import kind_of

Words = tuple[str, ...]

_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "monday": ("mon",),
    "tuesday": ("tue", "tues"),
    "wednesday": ("wed", "weds"),
    "thursday": ("thu", "thur", "thurs"),
    "friday": ("fri",),
    "saturday": ("sat",),
    "sunday": ("sun",),
    "january": ("jan",),
    "february": ("feb",),
    "march": ("mar",),
    "april": ("apr",),
    "june": ("jun",),
    "july": ("jul",),
    "august": ("aug",),
    "september": ("sep", "sept"),
    "october": ("oct",),
    "november": ("nov",),
    "december": ("dec",),
}
_DIRECTIONS = {"west": "western", "east": "eastern", "north": "northern", "south": "southern"}
_CONTINENT_ADJECTIVES = {
    "africa": "african",
    "europe": "european",
    "asia": "asian",
    "america": "american",
    "australia": "australian",
}
# A variant table this small cannot blow up, but a long answer times many rules could.
_MAX_VARIANTS = 8


def variants(words: Words) -> list[Words]:
    """Other standard forms of an answer's matching words (never the words themselves)."""
    found: list[Words] = []
    for rule in _RULES:
        for form in rule(words):
            if form != words and form not in found:
                found.append(form)
    return found[:_MAX_VARIANTS]


def _short_forms(words: Words) -> Iterator[Words]:
    for i, word in enumerate(words):
        for short in _SHORT_FORMS.get(word, ()):
            yield (*words[:i], short, *words[i + 1 :])


def _a_for_one(words: Words) -> Iterator[Words]:
    """ "a year", "an hour" for "one year", "1 hour" (numbers are read as digits)."""
    if len(words) >= 2 and words[0] == "1" and words[1].isalpha():
        yield ("a", *words[1:])
        yield ("an", *words[1:])  # "an hour": the sound decides, so both are fine


def _role_turned(words: Words) -> Iterator[Words]:
    """ "minister of defence" and "defence minister" name the same post."""
    if 2 <= len(words) <= 4 and words[-1] in _ROLES and _ROLES.isdisjoint(words[:-1]):
        for joint in ("of", "for"):
            yield (words[-1], joint, *words[:-1])
            yield (words[-1], joint, "the", *words[:-1])
    if 3 <= len(words) <= 5 and words[1] in ("of", "for") and words[0] in _ROLES:
        rest = words[3:] if words[2] == "the" and len(words) > 3 else words[2:]
        yield (*rest, words[0])  # "minister of foreign affairs": "foreign affairs minister"
        if len(rest) > 1 and rest[-1] == "affairs":
            yield (*rest[:-1], words[0])  # "foreign minister", "home affairs" -> "home"


def _region_forms(words: Words) -> Iterator[Words]:
    """ "West Africa", "Western Africa", "West African": one region. A country named
    after its part of a continent ("South Africa") is left as it is."""
    if len(words) != 2 or (words[0] not in _DIRECTIONS and words[0] not in _ADJECTIVE_OF):
        return
    if kind_of(" ".join(words)) not in (None, "continent"):
        return  # "South Africa" the country is not southern Africa
    direction = _ADJECTIVE_OF.get(words[0], words[0])
    place = _PLACE_OF.get(words[1], words[1])
    if place not in _CONTINENT_ADJECTIVES:
        return
    for lead in (direction, _DIRECTIONS[direction]):
        for tail in (place, _CONTINENT_ADJECTIVES[place]):
            yield (lead, tail)


def _movement_forms(words: Words) -> Iterator[Words]:
    """ "from France to Russia": also "towards", "toward", and "away from"."""
    if "from" not in words or "to" not in words or words.index("from") > words.index("to"):
        return
    at = words.index("to")
    for to in ("to", "towards", "toward"):
        turned = (*words[:at], to, *words[at + 1 :])
        yield turned
        start = turned.index("from")
        yield (*turned[:start], "away", *turned[start:])


_ADJECTIVE_OF = {adjective: direction for direction, adjective in _DIRECTIONS.items()}
_PLACE_OF = {adjective: place for place, adjective in _CONTINENT_ADJECTIVES.items()}
# Titles and roles that can follow what they are in charge of ("defence minister").
_ROLES = frozenset(
    {
        "ambassador",
        "chairman",
        "chairwoman",
        "chancellor",
        "chief",
        "commander",
        "deputy",
        "director",
        "envoy",
        "governor",
        "head",
        "leader",
        "minister",
        "secretary",
        "spokesman",
        "spokesperson",
    }
)


# In this order: a long answer keeps the first _MAX_VARIANTS forms.
_RULES: tuple[Callable[[Words], Iterator[Words]], ...] = (
    _short_forms,
    _a_for_one,
    _role_turned,
    _region_forms,
    _movement_forms,
)
