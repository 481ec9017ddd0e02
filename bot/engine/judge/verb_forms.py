"""Forms of one verb, for reading a statement said again in other words: "it didn't
fall in 1991" says "The Berlin Wall fell in 1991." again, with a "not"; "he did
invent it" says "Edison invented the phonograph."."""

from __future__ import annotations

from types import MappingProxyType

# Each irregular verb's forms, base first: the past and the past participle. Not "be"
# nor "have": alone they stand for the whole statement ("it was", "it has").
_IRREGULAR = """
bear bore born borne; beat beaten; become became; begin began begun;
bite bit bitten; blow blew blown; break broke broken; bring brought; build built;
buy bought; catch caught; choose chose chosen; come came; dig dug; draw drew drawn;
drink drank drunk; drive drove driven; eat ate eaten; fall fell fallen; feel felt;
fight fought; find found; fly flew flown; forget forgot forgotten; freeze froze frozen;
get got gotten; give gave given; go went gone; grow grew grown; hang hung;
hear heard; hide hid hidden; hold held; keep kept; know knew known; lay laid; lead led;
leave left; lend lent; lose lost; make made; mean meant; meet met; pay paid; ride rode
ridden; ring rang rung; rise rose risen; run ran; say said; see saw seen; sell sold;
send sent; shake shook shaken; shine shone; shoot shot; show showed shown; sing sang sung;
sink sank sunk; sit sat; sleep slept; speak spoke spoken; spend spent; spin spun;
stand stood; steal stole stolen; stick stuck; sting stung; strike struck; swim swam swum;
take took taken; teach taught; tear tore torn; tell told; think thought; throw threw
thrown; wake woke woken; wear wore worn; win won; write wrote written
"""


def _forms() -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    for entry in _IRREGULAR.replace("\n", " ").split(";"):
        forms = frozenset(entry.split())
        for form in forms:
            table[form] = table.get(form, frozenset()) | forms
    return table


# form -> every form of its verb (itself included); read-only.
IRREGULAR_FORMS: MappingProxyType[str, frozenset[str]] = MappingProxyType(_forms())


def regular_forms(word: str) -> tuple[str, ...]:
    """The other forms a regular verb may take: "invent" for "invented" and the
    reverse, "die" for "died", "carry" for "carried", "stop" for "stopped"."""
    if word.endswith("ied"):
        return (word[:-3] + "y", word[:-1])  # "carried": carry; "died": die
    if word.endswith("ed"):
        stem = word[:-2]
        doubled = (stem[:-1],) if len(stem) > 2 and stem[-1] == stem[-2] else ()
        return (stem, word[:-1], *doubled)
    if word.endswith("y"):
        return (word + "ed", word[:-1] + "ied")
    return (word + "ed", word + "d", word + word[-1:] + "ed")
