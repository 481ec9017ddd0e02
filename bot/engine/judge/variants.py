"""Other ways of writing the same answer, derived from the answer's own words.

Each rule says the same thing in another standard form, so a player is never
marked wrong for phrasing: a weekday or month cut short ("Tues", "Sept"), "a"
for "one" before a unit ("a year"), a role put the other way round ("minister
of defence"), a region's adjective form ("Western Africa", "West African"), and
a movement's prepositions ("away from France towards Russia"). Variants are
matching words only: what the player is shown is always the answer as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from bot.engine.judge.hedging import FILLER, LIST_WORDS, NONANSWERS, hesitates
from bot.engine.judge.names import HAS_NICKNAMES, is_given_name, short_forms_of
from bot.engine.judge.normalise import phrase
from bot.engine.judge.region_forms import (
    COMPASS_LETTERS,
    compass_letter,
    movement_forms,
    region_forms,
)
from bot.engine.judge.vocabulary import (
    ARTICLES,
    MONTH_FORMS,
    ORDINAL_ENDINGS,
    ORDINAL_WORDS,
    ROMAN_NUMERALS,
    ROMAN_VALUE,
    roman_value,
)
from bot.engine.judge.words import is_numeral

Words = tuple[str, ...]

_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "monday": ("mon",),
    "tuesday": ("tue", "tues"),
    "wednesday": ("wed", "weds"),
    "thursday": ("thu", "thur", "thurs"),
    "friday": ("fri",),
    "saturday": ("sat",),
    "sunday": ("sun",),
    **{month: forms for month, forms in MONTH_FORMS.items() if forms},
}
# A variant table this small cannot blow up, but a long answer times many rules could.
_MAX_VARIANTS = 12


def variants(words: Words, text: str = "") -> list[Words]:
    """Other standard forms of an answer's matching words (never the words themselves);
    `text` is the answer as written, for what its words no longer show."""
    if len(words) == 1:  # most answers: only a short form can apply
        return [(short,) for short in _SHORT_FORMS.get(words[0], ())]
    found: list[Words] = []
    if "/" in text:  # "AC/DC": a slash inside an answer joins, it offers nothing
        found.append(phrase(text.replace("/", " ")))
    if " or" in text:
        main = _OR_SUBTITLE.split(text, maxsplit=1)[0]
        title = phrase(main) if main != text else ()
        if title:  # "Moby-Dick; or, The Whale": "Moby-Dick", and its own forms
            found += [title, *variants(title, main)]
    for rule in _rules_for(words):
        for form in rule(words):
            if form != words and form not in found:
                found.append(form)
    return found[:_MAX_VARIANTS]


# An old title's second title, marked off by punctuation around "or" ("Moby-Dick;
# or, The Whale", "Dr. Strangelove or: How I Learned…"); a bare "or" is part of a
# name ("Dead or Alive").
_OR_SUBTITLE = re.compile(r"\s*[;,]\s*or\b[,:]?|\s+or:", re.IGNORECASE)


def _rules_for(words: Words) -> list[Callable[[Words], Iterator[Words]]]:
    """The rules that may apply to these words, in the order their forms are kept (a
    long answer keeps the first _MAX_VARIANTS): a quick look at the words spares
    most answers most rules (this runs once per question)."""
    rules: list[Callable[[Words], Iterator[Words]]] = []
    if not _SHORT_FORM_WORDS.isdisjoint(words):
        rules.append(_short_forms)
    if words[0] == "1":
        rules.append(_a_for_one)
    if not _ROLES.isdisjoint(words):
        rules.append(_role_turned)
    if len(words) == 2:
        rules.append(region_forms)
    if len(words) > 1 and words[0] in COMPASS_LETTERS:
        rules.append(compass_letter)
    if "from" in words:
        rules.append(movement_forms)
    if words[-1].isdigit() or words[-1] in ROMAN_VALUE:
        rules.append(_numeral_forms)
        rules.append(_number_put_first)
    if words[0] in _ORDINAL_VALUE:
        rules.append(_ordinal_put_last)
    if not ORDINAL_ENDINGS.isdisjoint(words) or not _ORDINAL_VALUE.keys().isdisjoint(words):
        rules.append(ordinal_respelt)
    if not _SPELT_OUT_WORDS.isdisjoint(words):
        rules.append(_spelt_out)
    if len(words) > 2 and not ARTICLES.isdisjoint(words[1:-1]):
        rules.append(_inner_articles_left_out)
    rules.append(initials_of)
    if sum(len(w) == 1 for w in words) > 1:
        rules.append(_letters_joined)
    if words[0] in HAS_NICKNAMES:
        rules.append(_nicknames)
    return rules


def _letters_joined(words: Words) -> Iterator[Words]:
    """ "Washington DC" for "Washington, D.C.", "JRR Tolkien": letters that stand
    together as initials, typed without their dots and spaces."""
    joined_up: list[str] = []
    after_letter = False
    for word in words:
        letter = len(word) == 1 and word.isalpha()
        if letter and after_letter:
            joined_up[-1] += word
        else:
            joined_up.append(word)
        after_letter = letter
    yield tuple(joined_up)


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
        other = "for" if words[1] == "of" else "of"
        yield (words[0], other, *words[2:])  # "minister for defence"
        yield (*rest, words[0])  # "minister of foreign affairs": "foreign affairs minister"
        if len(rest) > 1 and rest[-1] == "affairs":
            yield (*rest[:-1], words[0])  # "foreign minister", "home affairs" -> "home"


def _numeral_forms(words: Words) -> Iterator[Words]:
    """ "Apollo 11" and "Apollo XI", "Henry VIII" and "Henry 8": a number closing a
    name of two words or more, in the other notation."""
    if len(words) < 2 or not words[-2].isalpha():
        return
    last = words[-1]
    if last.isdigit() and 0 < int(last) < len(ROMAN_NUMERALS):
        yield (*words[:-1], ROMAN_NUMERALS[int(last)])
    elif last in ROMAN_VALUE and last != "x":  # "Malcolm X" is no tenth
        value = ROMAN_VALUE[last]
        yield (*words[:-1], str(value))
        # A monarch's number is also read as an ordinal: "Henry the Eighth", "the 8th".
        yield (*words[:-1], "the", ORDINAL_WORDS[value])
        yield (*words[:-1], ORDINAL_WORDS[value])
        yield (*words[:-1], "the", str(value), _ordinal_ending(value))
        if last == "ii" and len(words) > 2 and is_given_name(words[0]):
            # "Johann Strauss II" is Johann Strauss Jr: the son who took the name.
            yield (*words[:-1], "jr")
            yield (*words[:-1], "junior")
            yield (*words[:-1], "the", "younger")


def _ordinal_put_last(words: Words) -> Iterator[Words]:
    """ "First World War": "World War I", "World War 1", "WW1", "WWI"; "Second
    Vatican Council": "Vatican Council II". An ordinal before a name of two words or
    more is also said as a number after it."""
    if len(words) < 3 or not all(w.isalpha() for w in words[1:]):
        return
    value = _ORDINAL_VALUE[words[0]]
    for number in (str(value), ROMAN_NUMERALS[value]):
        yield (*words[1:], number)
        for key in initials_keys((*words[1:], number)):
            yield (key,)


def ordinal_respelt(words: Words) -> Iterator[Words]:
    """ "16th century" and "sixteenth century": an ordinal in digits (read as the
    number and its ending) or in words, either way."""
    for i, word in enumerate(words):
        ending = words[i + 1] if i + 1 < len(words) else ""
        if word.isdigit() and ending in ORDINAL_ENDINGS and 0 < int(word) < len(ORDINAL_WORDS):
            yield (*words[:i], ORDINAL_WORDS[int(word)], *words[i + 2 :])
        elif word in _ORDINAL_VALUE:
            value = _ORDINAL_VALUE[word]
            yield (*words[:i], str(value), _ordinal_ending(value), *words[i + 1 :])


def number_alone(words: Words, ask: str) -> Iterator[Words]:
    """ "VIII", "8", "the eighth" to "Which Henry had six wives?": the number closing a
    name whose other words the question says itself, alone in any notation."""
    last = words[-1]
    value = int(last) if last.isdigit() else ROMAN_VALUE.get(last, 0)
    if not value and is_numeral(last):
        value = roman_value(last)  # "Super Bowl XLIV": no ordinal words so far
    if len(words) < 2 or last == "x" or not value:
        return
    asked = set(phrase(ask))
    if not asked.issuperset(w for w in words[:-1] if w not in ARTICLES):
        return
    yield (str(value),)
    if value >= len(ORDINAL_WORDS):
        yield (last,)
        return
    if value != 1:
        yield (ROMAN_NUMERALS[value],)  # alone, "I" is the player
    yield (ORDINAL_WORDS[value],)
    yield ("the", ORDINAL_WORDS[value])
    yield (str(value), _ordinal_ending(value))


def _number_put_first(words: Words) -> Iterator[Words]:
    """ "World War II": "Second World War", "2nd World War" (see `_ordinal_put_last`)."""
    if len(words) < 3 or not all(w.isalpha() for w in words[:-1]):
        return
    last = words[-1]
    value = int(last) if last.isdigit() else ROMAN_VALUE.get(last, 0)
    if last == "x" or not 0 < value < len(ORDINAL_WORDS):
        return
    yield (ORDINAL_WORDS[value], *words[:-1])
    yield (str(value), _ordinal_ending(value), *words[:-1])


def initials_of(words: Words) -> Iterator[Words]:
    """ "HCMC", "PM", "JFK", "LOTR", "FF7": the first letters of a name of two words
    or more, its small joining words left out or kept, and a closing number as it
    is, when they spell no common word of a sentence."""
    named = words[:-1] if words[-1].isdigit() or words[-1] in ROMAN_VALUE else words
    if not all(w.isalpha() for w in named):
        return
    for key in initials_keys(words):
        if not _spells_a_word(key):
            yield (key,)


def initials_keys(words: Words) -> tuple[str, ...]:
    """Every way `initials_of` may write these words' initials, before it leaves out
    those that spell a common word: what two answers of a set may share."""
    number = words[-1] if words[-1].isdigit() or words[-1] in ROMAN_VALUE else ""
    named = words[:-1] if number else words
    if not 2 <= len(named) <= _MAX_INITIALS:
        return ()
    full = "".join([w[0] for w in named])
    if _JOINING.isdisjoint(named):
        letters: tuple[str, ...] = (full,)
    else:
        short = "".join([w[0] for w in named if w not in _JOINING])
        letters = (short, full) if len(short) >= 2 else (full,)
    if not number:
        return letters
    # The number as written and in the other notation ("FF7", "FFVII"), never left out.
    other = _other_notation(number)
    return tuple([f + t for f in letters for t in (number, other) if t])


def _other_notation(number: str) -> str:
    """ "7" -> "vii" and back; "" when the number has no other form here."""
    if number.isdigit():
        return ROMAN_NUMERALS[int(number)] if 0 < int(number) < len(ROMAN_NUMERALS) else ""
    return str(ROMAN_VALUE[number])


def _spelt_out(words: Words) -> Iterator[Words]:
    """ "Mister T" for "Mr. T", "Super Mario Brothers" for "Bros.", "Guns and Roses"
    for "Guns N' Roses"."""
    for i, word in enumerate(words):
        inside = 0 < i < len(words) - 1
        if word in _SPELT_OUT:
            yield (*words[:i], _SPELT_OUT[word], *words[i + 1 :])
        elif word == "n" and inside:
            yield (*words[:i], "and", *words[i + 1 :])


def _inner_articles_left_out(words: Words) -> Iterator[Words]:
    """ "Lord of Rings", "Catcher in Rye": chat drops the small words inside a title
    as it does the first."""
    inner = [w for w in words[1:-1] if w not in ARTICLES]
    yield (words[0], *inner, words[-1])


def _nicknames(words: Words) -> Iterator[Words]:
    """ "Tom Edison" for Thomas Edison: the given name of a full name in a common
    short form. (Other-language forms are left out: "Frank Drake" is not Francis.)"""
    if 2 <= len(words) <= 4:
        for short in short_forms_of(words[0]):
            yield (short, *words[1:])


def _ordinal_ending(value: int) -> str:
    if value % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")


_ORDINAL_VALUE = {word: value for value, word in enumerate(ORDINAL_WORDS) if word}
# Abbreviations in names, and the words they stand for (both ways).
_SPELT_OUT = {
    "dr": "doctor",
    "mr": "mister",
    "mrs": "missus",
    "st": "saint",
    "mt": "mount",
    "ft": "fort",
    "jr": "junior",
    "sr": "senior",
    "bros": "brothers",
    "vs": "versus",
    "neg": "negative",
    "pos": "positive",
    "vit": "vitamin",
    "cent": "century",
    "op": "operation",
    "utd": "united",
}
_SPELT_OUT |= {full: short for short, full in list(_SPELT_OUT.items())}
_SPELT_OUT_WORDS = frozenset({*_SPELT_OUT, "n"})
_SHORT_FORM_WORDS = frozenset(_SHORT_FORMS)
# Initials stand for names of a few words; nobody types those of a sentence.
_MAX_INITIALS = 6
_JOINING = frozenset({"of", "the", "and", "a", "an", "for", "in", "on", "de", "du", "la", "le"})


def _spells_a_word(letters: str) -> bool:
    """Initials a player may type for something else: a word of a sentence, a sound
    of hesitation, chat ("hi", "gg"), a Roman numeral."""
    return (
        letters in FILLER
        or letters in LIST_WORDS
        or letters in NONANSWERS
        or letters in _CHAT
        or letters in ROMAN_VALUE
        or hesitates(letters)
    )


_CHAT = frozenset({"hi", "hey", "yo", "gg", "ty", "thx", "np", "brb", "omg", "wtf", "xd", "ikr"})


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
