"""Words that sort things into kinds no thing belongs to twice: a planet is no metal,
a river no mountain, a film no book. Beside an answer, such a word says which thing
of that name the player means; where the question asks for another kind, it is
another thing: "the planet Mercury" to "Which metal is liquid at room temperature?".
"""

from __future__ import annotations

from functools import lru_cache

from bot.engine.judge.vocabulary import word_set

# Each line is one kind and the words that name it; a word may name only one. Words
# with other senses are left out: "gas" ("gas giant"), "state", "kingdom" ("the
# animal kingdom"), "single", "tongue".
_KINDS = (
    "metal metals element elements",
    "planet planets",
    "god gods goddess goddesses deity",
    "river rivers",
    "lake lakes loch",
    "sea seas ocean oceans",
    "mountain mountains mount mt peak volcano",
    "island islands isle",
    "desert deserts",
    "country countries nation republic empire principality",
    "city cities town capital",
    "continent continents",
    "animal animals bird birds fish mammal mammals insect reptile breed",
    "plant plants flower flowers tree trees fruit vegetable",
    "film films movie movies",
    "book books novel novels novella",
    "song songs",
    "album albums",
    "ship ships",
    "language languages",
)
_KIND_OF: dict[str, int] = {word: i for i, line in enumerate(_KINDS) for word in word_set(line)}


def another_kind(asked: frozenset[str], word: str) -> bool:
    """Does `word` beside the answer name a kind of thing other than every kind the
    question asks about ("planet" where it asks "Which metal…?")? False where the
    question names no kind, or the word is none."""
    kind = _KIND_OF.get(word)
    if kind is None:
        return False
    kinds = _asked_kinds(asked)
    return bool(kinds) and kind not in kinds


@lru_cache(maxsize=4096)
def _asked_kinds(asked: frozenset[str]) -> frozenset[int]:
    return frozenset(_KIND_OF[word] for word in asked if word in _KIND_OF)
