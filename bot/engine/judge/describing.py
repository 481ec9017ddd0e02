"""Words beside an answer that say where it stands or how big it is rather than
name another: a day beside a month, a rank before the answer's kind, a measure
("the Nile, 6650 km"), a serving ("a cup of tea")."""

from __future__ import annotations

from collections.abc import Sequence

from bot.engine.judge.compiled import Matcher
from bot.engine.judge.confusables import kind_of
from bot.engine.judge.hedging import DESCRIBING, KIND_WORDS, SUPERLATIVES, TYPE_WORDS
from bot.engine.judge.units import is_unit
from bot.engine.judge.vocabulary import ARTICLES, ORDINAL_ENDINGS, ORDINAL_WORDS, word_set


def describing(matcher: Matcher, toks: Sequence[str]) -> frozenset[int]:
    """Positions of words that say where the answer stands rather than naming
    another: a day beside a month ("30 September", "the 30th of September"), a
    rank before the answer's kind or title ("the smallest planet", "the 4th planet",
    "the 16th president"), and,
    beside a person, the words between an article and a role ("da Vinci, the
    Renaissance artist"): another person there is named and found as a rival. (Not
    beside a thing: "the Congo river" names another river.)"""
    found: set[int] = set()
    month = "month" in matcher.kinds
    kinds_describe = not matcher.names_a_kind  # where the answer is a kind, kinds compete
    # Beside a number a measure is another number; beside a title, maybe another
    # title ("127 Hours", "28 Days").
    measures = not matcher.numeric and not matcher.titled
    for i, tok in enumerate(toks):
        day = month and tok.isdigit() and 1 <= int(tok) <= 31
        rank = kinds_describe and _ranks(tok) and not KIND_WORDS.isdisjoint(toks[i + 1 : i + 3])
        if day or rank:
            ordinal = i + 1 < len(toks) and toks[i + 1] in ORDINAL_ENDINGS
            found.update((i, i + 1) if ordinal else (i,))
        elif kinds_describe and matcher.person and tok in ARTICLES:
            found.update(_described_kind(toks, i))
        elif tok in _MEASURES and i + 1 < len(toks) and toks[i + 1] == "of":
            found.add(i)  # "a cup of tea"

        elif measures and _figure(tok):
            found.update(_measure(toks, i))
    return frozenset(found)


def _measure(toks: Sequence[str], at: int) -> range:
    """The words of a measure starting with the figure at `at`: with a unit ("6650 km",
    "6650 km long"), a count ("5 times") or a share ("78%"); beside an answer that is
    no number, it says how big, how often or how sure, not which. (A bare figure may
    be a version: "Vista 8.1", "Web 2.0".)"""
    if toks[at].endswith("%"):
        return range(at, at + 1)  # "nitrogen 78%": how much, or how sure
    after = toks[at + 1] if at + 1 < len(toks) else ""
    if is_unit(after):
        sized = at + 2 < len(toks) and toks[at + 2] in _SIZE
        return range(at, at + 3 if sized else at + 2)
    return range(at, at + 2) if after in _COUNTED else range(0)


_COUNTED = frozenset({"times", "percent"})
_SIZE = word_set("long tall high deep wide across away heavy")


def _figure(tok: str) -> bool:
    """A number in digits: "6650", "6,650", "1.5", "78%"."""
    digits = tok.rstrip("%").replace(",", "")
    return tok[:1].isdigit() and digits.count(".") <= 1 and digits.replace(".", "").isdigit()


# What a thing is served or counted in: "a cup of tea", "a slice of pizza".
_MEASURES = word_set("bag bottle bowl can cup glass jar mug piece pint plate slice")


def _described_kind(toks: Sequence[str], article: int) -> range:
    """The one or two words between an article and the kind word after them ("the
    famous physicist", "the German physicist"), or none. Only words that describe:
    any other may be a name ("the Oppenheimer physicist")."""
    for size in (1, 2):
        kind = article + size + 1
        if kind < len(toks) and toks[kind] in TYPE_WORDS:
            words = toks[article + 1 : kind]
            if all(w in DESCRIBING or kind_of(w) == "demonym" for w in words):
                return range(article + 1, kind)
            break
    return range(0)


def _ranks(word: str) -> bool:
    """An ordinal or a superlative: "fourth", "4" (of "4th"), "smallest"."""
    return word.isdigit() or word in ORDINAL_WORDS or word in SUPERLATIVES
