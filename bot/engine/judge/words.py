"""Word-level matching: the typo allowance and simple inflections."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import permutations
from typing import Literal

from rapidfuzz.distance import OSA

from bot.engine.judge.vocabulary import ARTICLES, GENERATIONS, ROMAN_NUMERAL, ROMAN_VALUE, word_set

Kind = Literal["exact", "inflection", "typo", "word_order"]
# Worse kinds win when a phrase mixes them.
_RANK: dict[str, int] = {"exact": 0, "word_order": 1, "inflection": 2, "typo": 3}
# Permuting more words than this costs more than it is worth.
_MAX_PERMUTED = 4


# The most edits forgiven in any one word: allowed_edits, and _phrase_typo's one
# edit in a short word of a longer phrase.
MAX_EDITS = 2


def allowed_edits(length: int) -> int:
    """Edits forgiven in a word of this many letters."""
    if length <= 4:
        return 0
    if length <= 8:
        return 1
    return 2


_DIGIT = re.compile(r"\d")


def is_roman(word: str) -> bool:
    """A Roman numeral of two letters or more ("ii", "xiv", "mmxxiv"): a number, so
    never a typo. "i" and "x" alone are likelier the pronoun and the letter."""
    return len(word) > 1 and (word in ROMAN_VALUE or (len(word) >= _LONG and is_numeral(word)))


# Numerals past those of names ("mcmxci") are known at five letters or more: shorter
# ones may be words ("mix", "civ"), which take no slip alone anyway.
_LONG = 5
_NUMERAL = re.compile(ROMAN_NUMERAL, re.IGNORECASE)


def is_numeral(word: str) -> bool:
    """Letters that form a Roman numeral, of two or more ("xliv", and also "mix")."""
    # Most words hold another letter: stripping numeral letters leaves it, at C speed.
    return len(word) > 1 and not word.strip(_NUMERAL_LETTERS) and bool(_NUMERAL.fullmatch(word))


_NUMERAL_LETTERS = "ivxlcdmIVXLCDM"


def numerals_apart(typed: str, answer: str) -> bool:
    """ "XLV" for XLIV: two numerals are two numbers, never a slip of each other."""
    return is_numeral(answer) and is_numeral(typed)


def tells_bearers_apart(word: str) -> bool:
    """A numeral or a "Jr" after a name: "Henry XVII" is no slip for Henry XVIII, nor
    "Strauss Sr" for Strauss Jr."""
    return is_roman(word)


def _other_generation(typed: str, answer: str) -> bool:
    """ "Sr" for Jr; a slip in "Senior" alone is still a slip."""
    return typed in GENERATIONS and answer in GENERATIONS


def is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and 1000 <= int(word) <= 2100


def has_digit(word: str) -> bool:
    # Letters only (most words) hold no digit: no need for the pattern.
    return not word.isalpha() and _DIGIT.search(word) is not None


def is_inflection(typed: str, answer: str) -> bool:
    """Plural or possessive forms of a common noun, either way round."""
    return _inflects(typed, answer) or _inflects(answer, typed)


def _inflects(longer: str, base: str) -> bool:
    if len(base) < 3 or not longer.startswith(base[:-1]):
        return False
    tail = longer[len(base) :] if longer.startswith(base) else None
    if tail == "s" and base.endswith("s"):
        return False  # "lakerss": a slip; a word in -s takes "es" ("buses")
    if tail in ("s", "es"):
        return True
    return base.endswith("y") and longer == base[:-1] + "ies"


def word_kind(typed: str, answer: str, common: bool) -> Kind | None:
    if typed == answer:
        return "exact"
    gap = len(typed) - len(answer)
    if gap > 1 and typed[:1] == answer[:1]:
        drawn = drawn_out_inside(typed)
        if drawn != typed:
            # Only the word itself: a slip on top ("Maaanet") may land on a rival.
            return "exact" if drawn == answer else None
    if gap > 3 or gap < -3 or not typed.isalpha() or not answer.isalpha():
        return None  # too different in length, or a number: numbers must match exactly
    if common and is_inflection(typed, answer):
        return "inflection"
    allowance = allowed_edits(len(answer))
    if allowance == 0 and gap == 1 and len(answer) == 4 and _one_letter_doubled(typed, answer):
        return None if tells_bearers_apart(answer) else "typo"  # "Odinn", "Nille"
    if allowance == 0 or abs(gap) > allowance:
        return None
    slip = OSA.distance(typed, answer, score_cutoff=allowance) <= allowance or (
        # "whail" for whale: the same sound spelt another common way
        typed[:2] == answer[:2] and _sound(typed) == _sound(answer)
    )
    if not slip or tells_bearers_apart(answer) or tells_bearers_apart(typed):
        return None
    if numerals_apart(typed, answer):
        return None
    if _other_generation(typed, answer) or _signed(typed) or _signed(answer):
        return None
    return "typo"


def _signed(word: str) -> bool:
    """ "csharp", "cplusplus" (see `normalise.fold`): a letter decides, so no slip."""
    return word[1:] in ("sharp", "plusplus")


def one_letter_undoubled(typed: str) -> Iterator[str]:
    """`typed` with each letter it strikes twice struck once ("fourr": "four")."""
    for i in range(1, len(typed)):
        if typed[i] == typed[i - 1]:
            yield typed[:i] + typed[i + 1 :]


def _one_letter_doubled(typed: str, answer: str) -> bool:
    """ "Lokii" for Loki: a letter struck twice, the slip a short word forgives, as it
    seldom spells another word; a letter changed or dropped often does."""
    return answer in one_letter_undoubled(typed)


# A letter typed three times or more inside a word, drawn out in chat: "paaaris".
# (At the end of a word, `normalise.chat_marks_off` has written it once already.)
_DRAWN_OUT = re.compile(r"([abd-hj-ln-wyz])\1{2,}")  # not i, x, c, m: "VIII"


def drawn_out_inside(word: str) -> str:
    """The word with each letter drawn out written once: "paaaris" -> "paris"."""
    return _DRAWN_OUT.sub(r"\1", word)


# Spellings of one vowel sound, and doubled letters: "whail"/"whale", "feild"/"field".
_VOWEL_TEAMS: tuple[tuple[str, str], ...] = (
    ("ai", "a"),
    ("ay", "a"),
    ("ea", "e"),
    ("ee", "e"),
    ("ie", "i"),
    ("ei", "i"),
    ("oa", "o"),
    ("ou", "o"),
    ("ph", "f"),
    ("ck", "k"),
)


def _sound(word: str) -> str:
    """A rough key for how a word sounds: vowel teams as one vowel, a final silent
    e dropped, doubled letters single. Used only for words with a typo budget."""
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    for team, single in _VOWEL_TEAMS:
        if team in word:
            word = word.replace(team, single)
    return single_letters(word)


def single_letters(word: str) -> str:
    """The word with each run of one letter written once: "yesss" -> "yes"."""
    return "".join(ch for i, ch in enumerate(word) if i == 0 or word[i - 1] != ch)


def _in_order(typed: tuple[str, ...], answer: tuple[str, ...], common: bool) -> Kind | None:
    worst: Kind = "exact"
    for t, a in zip(typed, answer, strict=True):
        kind = word_kind(t, a, common)
        if kind is None:
            return None
        if _RANK[kind] > _RANK[worst]:
            worst = kind
    return worst


# Words that give a phrase a direction: swapping what stands around them reverses it.
_DIRECTED = frozenset({"from", "to", "into", "towards", "toward", "than", "before", "after"})


def phrase_kind(
    typed: tuple[str, ...], answer: tuple[str, ...], common: bool, *, ordered: bool = False
) -> Kind | None:
    """How `typed` matches `answer` word for word, in any order unless `ordered` (a
    title's words: "Ya Hey" is another song than Hey Ya!); None if it does not."""
    if len(typed) != len(answer):
        return None
    if len(typed) == 1:  # most answers: one word, nothing to reorder
        return word_kind(typed[0], answer[0], common)
    kind = _in_order(typed, answer, common) or _phrase_typo(typed, answer)
    if (
        kind is not None
        or ordered
        or len(typed) > _MAX_PERMUTED
        or not _DIRECTED.isdisjoint(answer)
    ):
        return kind  # "from Africa to Europe" is the other way round, not a reordering
    for order in permutations(typed):
        if order == typed or (typed[0] in ARTICLES and order[0] != typed[0]):
            continue  # "a vitamin" is no reordering of Vitamin A: "a" leads as an article
        kind = _in_order(order, answer, common)
        if kind is not None:
            return "word_order" if kind == "exact" else kind
    return None


def _phrase_typo(typed: tuple[str, ...], answer: tuple[str, ...]) -> Kind | None:
    """A multi-word answer shares its typo budget: "Burkina Fasso" spends on the
    short "Faso" the edit that "Burkina" would allow. Each word takes at most its
    own allowance or one edit, and numbers must still match exactly."""
    if len(typed) < 2:
        return None
    spent = respelt = 0
    for t, a in zip(typed, answer, strict=True):
        if t == a:
            continue
        if not t.isalpha() or not a.isalpha() or tells_bearers_apart(a) or tells_bearers_apart(t):
            return None
        if _other_generation(t, a) or _signed(t) or _signed(a):
            return None
        if len(a) <= 2 and not (a in _PARTICLES and t in _PARTICLES) and not _grown(t, a):
            # An initial is typed as it is ("H. W." is another Bush), and so is a pair
            # of letters ("B positive" is another blood group than AB positive); only
            # a name's particle slips into another ("Leonardo di Vinci"), and a short
            # word may gain a letter ("Stand Bye Me", "Off Mice and Men").
            return None
        own = max(1, allowed_edits(len(a)))
        edits = OSA.distance(t, a, score_cutoff=own + 1)
        if edits > own:
            return None  # most mismatches end here, at their first word
        if numerals_apart(t, a):
            return None
        if allowed_edits(len(a)) == 0 and _respelt(t, a):
            respelt += 1
        else:
            spent += edits
    # The budget is summed last: only phrases that got this far pay for it.
    if respelt and (respelt > 1 or sum(map(len, answer)) < _RESPELT_WORDS_TOGETHER):
        return None
    return "typo" if spent + respelt > 0 and spent <= phrase_allowance(answer) else None


_PARTICLES = frozenset({"da", "de", "di", "do", "du", "el", "al", "la", "le", "lo"})


def _grown(typed: str, answer: str) -> bool:
    """A short English word typed with one letter more ("bye" for by): a pair of
    letters ("AB") or an initial stays as typed."""
    return (
        answer in _TWO_LETTER_WORDS
        and len(typed) == 3
        and any(typed[:i] + typed[i + 1 :] == answer for i in range(3))
    )


_TWO_LETTER_WORDS = word_set(
    "am an as at be by do go he if in is it me my no of on or so to up us we"
)


def _respelt(typed: str, answer: str) -> bool:
    """A short word of a name spelt as it sounds or with two letters swapped ("van
    Gough", "Ho Chi Mihn"): slips that seldom spell another word, unlike a letter
    changed, added or dropped ("Hey Dude", "Big Band", "Star Was")."""
    if len(typed) == len(answer) and sorted(typed) == sorted(answer):
        return True  # one adjacent swap: the OSA distance checked is 1
    return typed[:1] == answer[:1] and _sound(typed) == _sound(answer)


# A name of short words forgives one such respelling when this long together.
_RESPELT_WORDS_TOGETHER = 7


def sub_phrase(typed: tuple[str, ...], answer: tuple[str, ...], common: bool) -> bool:
    """True when every typed word matches a different word of the longer answer."""
    if not typed or len(typed) >= len(answer):
        return False
    free = list(answer)
    for t in typed:
        hit = next((a for a in free if word_kind(t, a, common) is not None), None)
        if hit is None:
            return False
        free.remove(hit)
    return True


def phrase_allowance(answer: tuple[str, ...]) -> int:
    return sum(allowed_edits(len(w)) for w in answer if not has_digit(w))


def may_be_typed_for(word: str, answer_words: tuple[str, ...]) -> bool:
    """May `word` match one of `answer_words` (see `Matcher.may_spell_answer`)?"""
    size, start = len(word), word[:2]
    for answer in answer_words:
        gap = len(answer) - size
        if gap > _MAX_GAP or gap < -_MAX_GAP:
            if gap < 0 and answer[:2] == start and word_kind(word, answer, True):
                return True  # "paaaaaris": letters drawn out
            continue  # too long or short for any form of it
        if answer[:2] == start and word_kind(word, answer, True) is not None:
            return True
        if OSA.distance(word, answer, score_cutoff=MAX_EDITS) <= MAX_EDITS:
            return True
    return False


# The most letters any form adds or drops: an inflection ("box" -> "boxes", "city"
# -> "cities"), a typo or a respelling within its allowance (see words.word_kind),
# never more than MAX_EDITS.
_MAX_GAP = MAX_EDITS


def within(a: str, b: str, reach: int) -> bool:
    """Are these strings at most `reach` edits apart?"""
    return OSA.distance(a, b, score_cutoff=reach) <= reach
