"""Words that sort things into kinds no thing belongs to twice: a planet is no metal,
a river no mountain, a film no book. Beside an answer, such a word says which thing
of that name the player means; where the question asks for another kind, it is
another thing: "the planet Mercury" to "Which metal is liquid at room temperature?".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bot.engine.judge.compiled import Matcher
from bot.engine.judge.normalise import fold
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
    "animal animals bird birds fish mammal mammals insect reptile breed snake lizard spider"
    " cat cats dog dogs",
    "plant plants flower flowers tree trees fruit vegetable",
    "film films movie movies",
    "book books novel novels novella",
    "song songs",
    "album albums",
    "ship ships",
    "band bands",
    "company companies firm brand",
    "moon moons satellite",
    "car cars",
    "language languages",
)
_KIND_OF: dict[str, int] = {word: i for i, line in enumerate(_KINDS) for word in word_set(line)}


def another_kind(matcher: Matcher, word: str) -> bool:
    """Does `word` beside the answer name a kind of thing other than the one the
    question asks for ("planet" to "Which metal…?")? That kind is the one the
    question opens with ("Which metal shares its name with a planet?" asks for a
    metal), or else any it names. False where it names none, or `word` is none."""
    kind = _KIND_OF.get(word)
    if kind is None:
        return False
    kinds = _asked_kinds(matcher.ask, matcher.asked)
    return bool(kinds) and kind not in kinds


def kind_asked(matcher: Matcher, word: str) -> bool:
    """Does the question name the kind `word` names ("isle" where it says "island")?"""
    kind = _KIND_OF.get(word)
    return kind is not None and kind in _kinds_of(matcher.asked)


@lru_cache(maxsize=4096)
def _asked_kinds(ask: str, asked: frozenset[str]) -> frozenset[int]:
    """The kinds named in the question's opening ("Which island nation…": island and
    country), or else any of its words (`asked`) name."""
    head = _HEAD.search(fold(ask))
    if head is not None:
        opening = _kinds_of(head.group(1).split())
        if opening:
            return opening
    return _kinds_of(asked)


def _kinds_of(words: Iterable[str]) -> frozenset[int]:
    """The kinds these words name, as written or without a closing "s" ("country's",
    read as "countrys")."""
    plain = [w.removesuffix("'s") for w in words]
    return frozenset(_KIND_OF[w] for w in (*plain, *(w[:-1] for w in plain)) if w in _KIND_OF)


# "Which metal…", "Which island nation…", "What is the largest planet…": the words
# after "which" or "what" that may say the kind asked for.
_HEAD = re.compile(r"\b(?:which|what)((?:\s+[a-z']+){1,4})")
