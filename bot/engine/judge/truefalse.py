"""`truefalse` questions: yes/no words and short phrases, negation-aware."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.engine.judge.comparatives import compared_in, is_comparative
from bot.engine.judge.confusables import kind_of
from bot.engine.judge.hedging import ALTERNATIVES, LIST_WORDS, NONANSWERS, soft_words
from bot.engine.judge.normalise import LIST_MARK, NUMBER_WORDS, tokens, words_only
from bot.engine.judge.units import is_unit
from bot.engine.judge.verb_forms import IRREGULAR_FORMS, regular_forms
from bot.engine.judge.verdict_words import (
    EMOJI_MARKS,
    EMOJI_NO,
    EMOJI_YES,
    FALSE_WORDS,
    FILLER_WORDS,
    FLIP_WORDS,
    INTENSIFIERS,
    TRUE_WORDS,
    VERDICT_PHRASES,
    mended,
)
from bot.engine.judge.vocabulary import word_set
from bot.engine.judge.words import has_digit, is_inflection
from bot.engine.models import TrueFalseQuestion
from bot.engine.verdict import Verdict, refusal

# "I think so", "I hope not": "so" and "not" after these answer for the player.
_SO_VERBS = word_set("believe expect guess hope reckon say suppose think")
# Verbs a bare answer is made of: "it is", "they aren't", "I doubt it".
_STANDING = word_set("are can could did do does has have is its was were will")
# Beyond this many unrelated words the message is an essay, not an answer.
_MAX_UNKNOWN = 3
# ...unless it opens with its verdict ("No, they met in Moscow"): then the rest is
# the player's reason. Other polarity words in it still make it a hedge.
_MAX_REASON_WORDS = 12
# Verdict words that cannot start anything else ("no" can: "no idea").
_CLEAR = word_set("correct false incorrect nope true untrue wrong yep yes")


def judge_truefalse(question: TrueFalseQuestion, text: str) -> Verdict:
    if _CODE_LETTER.search(text):
        text = _CODE_LETTER.sub("", text)  # "F1", "T4": a name, not a "false" or a "true"
    toks = tokens(text, numbers=False)
    if not any(t in TRUE_WORDS or t in FALSE_WORDS for t in toks):
        toks = tuple(mended(t) for t in toks)  # "ture": only where nothing else says
    words = words_only(toks)
    if not words:
        words = toks = _reaction(text)
        if not words:
            return refusal("empty")
    single = len(words) == 1
    if words in VERDICT_PHRASES:
        words = (VERDICT_PHRASES[words],)
    elif LIST_MARK in toks:  # clauses are read one by one (see `_said_by_clauses`)
        words = _sure_first(_so_said(tuple(toks)))
    else:
        words = _sure_first(_so_said(words))
    if " ".join(words_only(words)) in NONANSWERS - {"no"} or _asks_back(words, question.ask):
        return refusal("nonanswer")
    soft = soft_words(words)  # "no doubt", "could be wrong": how sure, not which way
    kept = tuple(w for i, w in enumerate(words) if i not in soft)
    said, unknown, choice_offered = _said_by_clauses(kept, _statement(question.ask))
    said += [word == "yes" for word in _reaction(text, alone=False)]  # "yes ❌": both ways
    if choice_offered or len(set(said)) > 1:
        return refusal("hedge")
    if not said:
        return refusal("nonanswer" if unknown == 0 else "wrong")
    if unknown > (_MAX_REASON_WORDS if _verdict_first(toks) else _MAX_UNKNOWN):
        return refusal("too_long")
    shown = question.answer_texts()[0]
    if said[0] == question.answer:
        return Verdict(True, matched=shown, reason="exact" if single else "in_sentence")
    return refusal("wrong")


# A verdict letter glued to a number names a thing ("F1 cars", "the Y2K bug").
_CODE_LETTER = re.compile(r"\b[tfyn](?=\d)", re.IGNORECASE)


def _sure_first(words: tuple[str, ...]) -> tuple[str, ...]:
    """ "of course (not)", "for sure": said first, they affirm what follows, or deny it
    with a "not" ("of course it's not"); elsewhere they only say how sure."""
    if words[:2] in (("of", "course"), ("for", "sure")):
        return ("certainly", *words[2:])
    return words


def _so_said(words: tuple[str, ...]) -> tuple[str, ...]:
    """ "I think so", "I'd say so" affirm; "I think not", "I hope not" deny ("I don't
    think so" is a "not" and a "so")."""
    said = list(words)
    for i in range(1, len(said)):
        if said[i - 1] in _SO_VERBS:
            if said[i] == "so":
                said[i] = "yes"
            elif said[i] == "not" and i == len(said) - 1:
                said[i] = "no"
    return tuple(said)


def _reaction(text: str, *, alone: bool = True) -> tuple[str, ...]:
    """ "yes" and "no" for the thumbs, ticks and crosses in the message. `alone`: for
    a message of only these, of one kind (none for "👍👎" or "👍 and text")."""
    if text.isascii():
        return ()
    marks = {ch for ch in text if ch not in EMOJI_MARKS}
    found = (("yes",) if not marks.isdisjoint(EMOJI_YES) else ()) + (
        ("no",) if not marks.isdisjoint(EMOJI_NO) else ()
    )
    if alone and (len(found) != 1 or not marks <= EMOJI_YES | EMOJI_NO):
        return ()
    return found


def _verdict_first(toks: tuple[str, ...]) -> bool:
    first = toks[0]
    if first not in TRUE_WORDS and first not in FALSE_WORDS:
        return False
    return first in _CLEAR or (len(toks) > 1 and toks[1] == ",")


@dataclass(frozen=True, slots=True)
class _Statement:
    """What a player may echo of the statement: its words (none of which counts as
    unknown), the content words among them (one of which must be said to echo it),
    and whether the statement itself is negated ("Bats are not blind.")."""

    words: frozenset[str]
    content: frozenset[str]
    negated: bool
    order: tuple[str, ...] = ()  # the content words, in the statement's order
    compares: bool = False  # "Sound is faster than light."
    than_at: int = 0  # where in `order` the words after "than" begin
    both_sides: frozenset[str] = frozenset()  # "year" in "A year on Mars… than a year…"
    numbers: frozenset[str] = frozenset()  # its numbers in digits ("six": "6")


@lru_cache(maxsize=256)
def _statement(ask: str) -> _Statement:
    said = words_only(tokens(ask, numbers=False))
    words = frozenset(said) - TRUE_WORDS - FALSE_WORDS - FLIP_WORDS
    # "K2" and "7" name things as much as "Everest" does.
    content = frozenset(w for w in words if (len(w) > 2 or has_digit(w)) and w not in FILLER_WORDS)
    order = tuple(dict.fromkeys(w for w in said if w in content))
    negated = sum(w in FLIP_WORDS for w in said) % 2 == 1
    numbers = frozenset(t for t in tokens(ask) if t.isdigit())
    if "than" not in said:
        return _Statement(words, content, negated, order, numbers=numbers)
    at = said.index("than")
    before = {w for w in said[:at] if w in content}
    if all(is_comparative(w) for w in before):
        # "More than half of…", "Fewer than 20 people…": a quantity, not two sides.
        return _Statement(words, content, negated, order, numbers=numbers)
    both = frozenset(before.intersection(said[at + 1 :]))
    return _Statement(words, content, negated, order, True, len(before), both, numbers)


def _polarities(
    words: tuple[str, ...], statement: _Statement = _Statement(frozenset(), frozenset(), False)
) -> tuple[list[bool], int, bool]:
    """What the words say (each verdict word, turned by a "not" before it), how many
    say nothing known, and whether a choice is offered. The statement's own words
    and nothing else echo it: with as many "not"s as it has they agree ("it's flat"
    to "The Earth is flat."), with one more or fewer they deny it ("it's not flat")."""
    said: list[bool] = []
    unknown = 0
    echoed = False
    echoed_after = False  # the statement echoed after a verdict word ("no, it's flat")
    flip = False
    choice_offered = False
    # Only filler since the last polarity word: a final "not" still belongs to it.
    tail_bare = True
    verb_not_after = False  # "yep they can't": the statement's own "cannot" again
    echoed_in: list[int] = []  # where each content word echoed is in the statement
    strangers: list[str] = []  # the words that say nothing known
    counted = any(_number(w) is not None for w in words)  # "5 times": a count said
    for word in words:
        if word in FLIP_WORDS:
            flip = not flip
            verb_not_after = verb_not_after or (bool(said) and word in _VERBS_NOT)
        elif word in TRUE_WORDS or word in FALSE_WORDS:
            said.append((word in TRUE_WORDS) != flip)
            flip, tail_bare, echoed_after, verb_not_after = False, True, False, False
        elif word in ALTERNATIVES:
            choice_offered = True
        elif (stem := _in_statement(word, statement)) is not None:
            if stem in statement.content:
                echoed = True
                echoed_after = echoed_after or bool(said)
                echoed_in.append(statement.order.index(stem))
        elif statement.compares and (compared := compared_in(word, statement.content)) is not None:
            # "Saturn is smaller" to "Saturn is larger than Jupiter": the comparison
            # echoed with its opposite denies it as a "not" would; "bigger" echoes it.
            stem, opposite = compared
            flip = flip != opposite
            echoed = True
            echoed_after = echoed_after or bool(said)
            echoed_in.append(statement.order.index(stem))
        elif (
            word not in FILLER_WORDS
            and word not in LIST_WORDS
            and word not in _STANDING
            and not (counted and _beside_a_value(word, statement))
        ):
            unknown += 1
            tail_bare = False
            strangers.append(word)
    # The echo agrees with the statement, or with a "not" more or fewer denies it. In
    # another order its words swap what a comparison compares, and deny it ("light is
    # faster" to "Sound is faster than light."); elsewhere they make another claim,
    # the player's reason.
    if statement.compares:
        swapped = _sides_swapped(echoed_in, statement)
    else:
        swapped = echoed_in != sorted(echoed_in)
    if swapped and not statement.compares:
        echoed = echoed_after = False
    echo = (flip == statement.negated) != swapped
    if echoed and not said and unknown == 0:
        # Only the statement's words: any other may change the claim ("the moon is
        # round"), so it is no echo.
        return [echo], unknown, choice_offered
    if not said and unknown == 0 and not echoed_in and _stands_for_statement(words):
        if "doubt" in words:  # "I doubt it": the claim itself, however it is put
            return [not flip], unknown, choice_offered
        # "it does" to "Lightning never strikes twice" says it does strike: it denies.
        return [flip == statement.negated], unknown, choice_offered
    if not said and not flip and strangers and _replaces(strangers, words, statement):
        # "it fell in 1989", "it's in Tanzania": another year or place than the
        # statement's says it is wrong.
        return [statement.negated], 0, choice_offered
    if echoed_after and unknown == 0:
        # "no, it's visible": the echo says what it says too; if it disagrees with
        # the verdict word, the message says both.
        return [*said, echo], unknown, choice_offered
    if flip and said and tail_bare and not (statement.negated and verb_not_after):
        # "absolutely not", "true... not": a trailing negation turns an affirmation;
        # after a denial it only insists ("no, not really"). In a reason further on
        # ("true, they met there, not in Moscow") it is about something else.
        said[-1] = False
    return said, unknown, choice_offered


def _replaces(strangers: list[str], words: tuple[str, ...], statement: _Statement) -> bool:
    """Does each unknown word stand where a word of the statement of its kind stood,
    a number for another number, a country for a country, while that word is not
    said? The statement's own number in another form is none ("'91", "nineteen
    ninety-one")."""
    missing = {kind_of(w) for w in statement.content.difference(words) if _number(w) is None}
    missing.discard(None)
    said = {t for t in tokens(" ".join(words)) if t.isdigit()}
    for word in strangers:
        if _number(word) is None:
            if kind_of(word) not in missing:
                return False
        elif not statement.numbers or any(
            _same_number(n, own) for n in said for own in statement.numbers
        ):
            return False
    return True


def _same_number(said: str, own: str) -> bool:
    """ "91" for 1991: a year by its last two digits is the same."""
    return said == own or (len(said) == 2 and len(own) == 4 and own.endswith(said))


def _beside_a_value(word: str, statement: _Statement) -> bool:
    """Words that say how a value is counted or dated, not what it is: "only 5",
    "5 times", "100 degrees", "in April 1912" (a month where the statement names
    none: else it may stand for the statement's own)."""
    if word in _BESIDE_A_VALUE or is_unit(word):
        return True
    kind = kind_of(word)
    return kind in _DATING and all(kind_of(w) != kind for w in statement.content)


_BESIDE_A_VALUE = word_set("only just exactly about around nearly almost times degrees")
_DATING = frozenset({"month", "weekday"})


@lru_cache(maxsize=4096)
def _number(word: str) -> str | None:
    """The word's number in digits ("six": "6"), or None."""
    if word.isdigit():
        return word
    if word in NUMBER_WORDS:
        read = tokens(word)
        return read[0] if len(read) == 1 and read[0].isdigit() else None
    return None


def _sides_swapped(echoed_in: list[int], statement: _Statement) -> bool:
    """Does a message name the two sides of a comparison the other way round, or only
    the side after "than" ("K2" or "K2 is taller" to "Everest is taller than K2")?
    The comparative's own place says nothing: "lower on Everest" names one side."""
    named = [statement.order[at] for at in echoed_in]
    sides = [
        at
        for at, word in zip(echoed_in, named, strict=True)
        if word != "than" and not is_comparative(word) and word not in statement.both_sides
    ]
    if not sides:
        return False
    if sides != sorted(sides):
        return True
    # With its own "than" the message puts each side where the statement does
    # ("less than half"); without, a side after "than" named alone is the other one.
    return "than" not in named and min(sides) >= statement.than_at


def _said_by_clauses(words: tuple[str, ...], statement: _Statement) -> tuple[list[bool], int, bool]:
    """`_polarities` of each clause between commas, together: a "not" or a bare verb
    says something of its own clause only, so "I doubt it, yes" and "it isn't, it
    is" say both."""
    said: list[bool] = []
    unknown = 0
    offered = False
    start = 0
    elsewhere = any((w in TRUE_WORDS or w in FALSE_WORDS) and w not in INTENSIFIERS for w in words)
    for end in [*(i for i, w in enumerate(words) if w == LIST_MARK), len(words)]:
        if end > start:
            clause = _insisting_off(words[start:end], elsewhere)
            clause_said, clause_unknown, clause_offered = _polarities(clause, statement)
            said += clause_said
            unknown += clause_unknown
            offered = offered or clause_offered
        start = end + 1
    return said, unknown, offered


def _insisting_off(words: tuple[str, ...], elsewhere: bool) -> tuple[str, ...]:
    """ "true definitely", "false, definitely": beside a verdict word, in its clause or
    (without a "not" of its own) elsewhere, "definitely" only insists. "probably
    not" is a verdict of its own."""
    plain = tuple(w for w in words if w not in INTENSIFIERS)
    if any(w in TRUE_WORDS or w in FALSE_WORDS for w in plain):
        return plain
    if elsewhere and FLIP_WORDS.isdisjoint(words):
        return plain
    return words


def _in_statement(word: str, statement: _Statement) -> str | None:
    """The statement's word that `word` is, or a plural or singular of ("tomatoes"
    for "tomato", "strike" for "strikes", as `words.is_inflection` has them); None if
    none. The forms are looked up, not searched for: this runs on every word."""
    if word in statement.words:
        return word
    forms = (word + "s", word + "es", word[:-1], word[:-2], word[:-3] + "y", word[:-1] + "ies")
    for form in forms:
        if form in statement.words and is_inflection(word, form):
            return form
    value = _number(word)
    if value is not None:  # "6" for "six", "five" for "5"
        return next((w for w in statement.content if _number(w) == value), None)
    if len(word) < 3 or not word.isalpha():
        return None
    # A verb in another tense: "it didn't fall" for "fell", "he did invent" for "invented".
    for form in IRREGULAR_FORMS.get(word, ()) or regular_forms(word):
        if form in statement.words:
            return form
    return None


def _stands_for_statement(words: tuple[str, ...]) -> bool:
    """A bare verb says the statement again ("it is", "it isn't", "I doubt it"); put
    first it asks instead ("is it?", "isn't it?")."""
    if not words or (words[0] in _STANDING and words[0] != "its") or words[0] in _VERBS_NOT:
        return False
    return any(w in _STANDING or w in _VERBS_NOT or w == "doubt" for w in words)


def _asks_back(words: tuple[str, ...], ask: str) -> bool:
    """ "are they?", "are they mammals?": a bare verb put first, before no more than
    the statement's own words, asks back, even where the statement uses the verb."""
    if len(words) < 2 or len(words) > _MAX_ASKED_BACK or words[0] not in _STANDING:
        return False
    if words[0] == "its" or words[1] not in _PRONOUNS:
        return False  # "is round": a terse "it is round", not a question
    statement = _statement(ask)
    return all(
        w in _STANDING or w in FILLER_WORDS or _in_statement(w, statement) is not None
        for w in words[1:]
    )


_MAX_ASKED_BACK = 6
_PRONOUNS = frozenset({"it", "they", "he", "she", "that", "this", "we", "you"})


_VERBS_NOT = FLIP_WORDS - {"not", "never", "hardly", "doubt"}
