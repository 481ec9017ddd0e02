"""Places named with the kind of place they are: "Mount Everest", "the Sahara
Desert", "Lake Victoria", "the Suez Canal"; and a few other things named with
their kind ("Vitamin D", "Hurricane Katrina", "Operation Overlord", "the 16th
century").

Asked for that kind of place ("Which mountain…?"), a player may leave the kind
word out ("Everest"); then another kind word or a name beside what is left names
another thing ("Lake Victoria" for Victoria Falls, "Queen Victoria"). Asked for
anything else, the kind word stays: "Billy" is not Billy Ocean, nor "Moon" Moon
River.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.engine.judge.confusables import kind_of
from bot.engine.judge.hedging import FILLER, KIND_WORDS, TYPE_WORDS
from bot.engine.judge.names import asks_for_a_person, asks_for_a_title, is_given_name
from bot.engine.judge.normalise import fold
from bot.engine.judge.region_forms import ADJECTIVE_OF, COMPASS
from bot.engine.judge.vocabulary import ARTICLES, word_set

Words = tuple[str, ...]

# Each kind word a place's name may carry, and the words of the same kind a question
# asks with or a player may put beside the name ("the Everest mountain").
_KINDS: dict[str, frozenset[str]] = {
    "mount": word_set("mount mt mountain mountains peak summit volcano volcanoes"),
    "lake": word_set("lake lakes loch water"),
    "loch": word_set("lake lakes loch lochs water"),
    "river": word_set("river rivers tributary waterway"),
    "desert": word_set("desert deserts"),
    "ocean": word_set("ocean oceans water"),
    "sea": word_set("sea seas water"),
    "falls": word_set("falls waterfall waterfalls"),
    "canal": word_set("canal canals waterway"),
    "volcano": word_set("volcano volcanoes mountain mount mt"),
    # Not places, but named the same way: "Which vitamin…?" asks for "D".
    "vitamin": word_set("vitamin vitamins"),
    "hurricane": word_set("hurricane hurricanes storm storms cyclone typhoon"),
    "operation": word_set("operation operations campaign code codename"),
    "century": word_set("century centuries"),  # "Which century…?": "the 16th"
    # Named by a compass word alone: "Which pole…?" asks for "south".
    "pole": word_set("pole poles"),
    "hemisphere": word_set("hemisphere hemispheres half"),
}
_KINDS["mt"] = _KINDS["mount"]
# Said before the name ("Lake Victoria") or after it ("Suez Canal"). Not "cape"
# ("Cape Town") nor "island" ("Long Island"): there the kind word is the name's own.
_FIRST = frozenset({"mount", "mt", "lake", "loch", "river", "vitamin", "hurricane", "operation"})
_LAST = word_set("desert ocean sea river falls canal volcano century pole hemisphere")
# Words that describe a place rather than name it: "Dead Sea", "Great Salt Lake".
_PLACE_ADJECTIVES = COMPASS | word_set(
    """
    big dead dry grand great high holy little long low middle new old painted rocky
    salt sandy stony upper lower inner outer central
    """
)
# Kinds of place that are no kind word of a feature but name one beside a name:
# "Sioux City", "the Gulf of Suez".
_OTHER_PLACES = word_set("city town state county island islands bay gulf strait cape")


def may_leave_out(words: Words) -> bool:
    """Is a kind word at either end of these words (a quick look, before `bare`)?"""
    return len(words) > 1 and (words[0] in _FIRST or words[-1] in _LAST)


def bare(words: Words, ask: str) -> tuple[Words, str] | None:
    """The name without its kind word, and that word, where the question asks for
    that kind of place and what is left names it: "Everest" of Mount Everest."""
    if not all(w.isalpha() for w in words) and words[-1] != "century":
        return None
    if words[0] in _FIRST:
        name, kind = words[1:], words[0]
    elif words[-1] in _LAST:
        name, kind = words[:-1], words[-1]
    else:
        return None
    if not (_compass_named(name, kind) or _names(name)):
        return None
    folded = fold(ask)
    if _KINDS[kind].isdisjoint(_asked_kinds(folded)):
        return None
    if asks_for_a_title(folded) or asks_for_a_person(folded):
        return None  # "Which film is named after a river?": Mystic River whole
    return name, kind


def _asked_kinds(folded_ask: str) -> frozenset[str]:
    """The words of the question but those that own something: "Which character does
    Clooney play in Ocean's Eleven?" asks for no ocean."""
    return frozenset(_UNOWNED_WORD.findall(folded_ask))


_UNOWNED_WORD = re.compile(r"[a-z]+\b(?!['\u2019])")


def direction_alone(words: Words, ask: str) -> Iterator[Words]:
    """ "north" to "Which Korea…?" or "Which Dakota…?": the compass word opening a
    name whose other words the question says itself; and "south" for "southern" to
    "Which hemisphere…?" (see `bare`)."""
    if len(words) == 1 and words[0] in ADJECTIVE_OF:
        yield (ADJECTIVE_OF[words[0]],)
        return
    rest = " ".join(words[1:])
    if len(words) < 2 or words[0] not in COMPASS or kind_of(rest) == "continent":
        return  # a part of a continent is named with it: "Southern Asia" is no Europe
    # Only the name the question asks about: not "Which state split from Virginia?"
    if re.search(rf"\b(?:which|what)\s+{re.escape(rest)}\b", fold(ask)):
        yield (words[0],)


def _compass_named(name: Words, kind: str) -> bool:
    """ "South" of the South Pole: a pole or a hemisphere is named by its direction."""
    return kind in _BY_DIRECTION and len(name) == 1 and name[0] in COMPASS


_BY_DIRECTION = frozenset({"pole", "hemisphere"})


def _names(name: Words) -> bool:
    first = name[0]
    if first in _JOINING or (len(name) == 1 and (first in FILLER or first in TYPE_WORDS)):
        return False  # "Lake District", "Lake of the Woods"
    if len(name) == 1 and first in ARTICLES:
        return False  # "Vitamin A": alone, "a" is read as an article ("a vitamin")
    return first not in _PLACE_ADJECTIVES and kind_of(first) not in ("colour", "demonym")


def names_another(kind: str, word: str) -> bool:
    """Beside a name whose kind word was left out, does `word` make it another thing
    ("Lake Victoria" for Victoria Falls, "Queen Victoria", "Michael Jordan")?"""
    if word in _KINDS[kind] or word in COMPASS:
        return False  # its own kind ("the Everest mountain"), or a part ("North Atlantic")
    return word in _OTHER_PLACES or word in KIND_WORDS or is_given_name(word)


_JOINING = word_set("of the and on in at")
