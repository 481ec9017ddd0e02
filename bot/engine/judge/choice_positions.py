"""Options picked by where they stand on screen: a letter ("b", "option B"), a
number or an ordinal ("2", "the second one")."""

from __future__ import annotations

from bot.engine.judge.hedging import ALTERNATIVES, COMPANY_WORDS, FILLER, LIST_WORDS, SENTENCE_WORDS
from bot.engine.judge.normalise import phrase
from bot.engine.judge.vocabulary import ARTICLES, ORDINAL_ENDINGS, ORDINAL_WORDS, word_set
from bot.engine.judge.words import has_digit, is_roman
from bot.engine.models import ChoiceQuestion
from bot.engine.verdict import Verdict, refusal

# Words that may surround a typed letter: "option B", "I'll go with b".
AROUND_LETTER = word_set(
    """
    ans answer choice choose final go going i ill im is it its letter my number option pick say
    the think with
    """
)
LETTERS = "abcdefghij"


def letters_picked(words: tuple[str, ...]) -> list[int] | None:
    """The positions of the option letters typed, or None when the message is not
    about letters."""
    rest = [w for w in words if not _around_a_pick(w)]
    letters = [w for w in rest if len(w) == 1 and w in LETTERS]
    if not letters or len(letters) != len(rest):
        return None
    return [LETTERS.index(letter) for letter in letters]


def names_a_group(question: ChoiceQuestion, words: tuple[str, ...]) -> bool:
    """ "a positive" (or "A+") among options that are positive or negative: a blood
    group, which no option may be, and not option a said with confidence."""
    signed = any(
        word in _POLARITY and len(words[at - 1]) == 1 and words[at - 1] in LETTERS
        for at, word in enumerate(words)
        if at
    )
    return signed and any(not _POLARITY.isdisjoint(phrase(choice)) for choice in question.choices)


_POLARITY = frozenset({"positive", "negative"})


def _around_a_pick(word: str) -> bool:
    """A word that may stand around a letter or number picked: "option", "I'll go
    with", "definitely", "for sure". Never a letter itself ("a", "i")."""
    if word in AROUND_LETTER or word in LIST_WORDS:
        return True
    if len(word) == 1 or word in _POSITIONS or word in COMPANY_WORDS:
        return False  # "second last" is not the second, nor "co 2" option 2
    return word in FILLER or word in SENTENCE_WORDS


# Words that count options from somewhere else: "second last", "second from the end".
_POSITIONS = word_set("after before beginning bottom end from last middle past previous start top")


_ORDINALS = {word: n for n, word in enumerate(ORDINAL_WORDS) if 0 < n <= len(LETTERS)}


def numbers_picked(question: ChoiceQuestion, words: tuple[str, ...]) -> list[int] | None:
    """The positions of the options picked by number ("2", "option 2", "the second
    one"), as they are numbered on screen; None when the message is not about
    numbers, or when an option's own text holds a number, an ordinal or a Roman
    numeral ("Second World War", "Henry IV"): then "2" may mean that option."""
    if numbered_texts(question):
        return None
    rest = [w for w in words if not _around_a_pick(w)]
    picks: list[int] = []
    after_ordinal = False
    for word in rest:
        if word in ORDINAL_ENDINGS and picks and not after_ordinal:
            after_ordinal = True  # "2nd"
        elif word == "1" and after_ordinal:
            after_ordinal = False  # "the second one"
        elif word in _ORDINALS:
            picks.append(_ORDINALS[word] - 1)
            after_ordinal = True
        elif word.isdigit() and 0 < int(word) <= len(LETTERS):
            picks.append(int(word) - 1)
            after_ordinal = False
        elif word not in ARTICLES:
            return None
    return picks or None


def numbered_texts(question: ChoiceQuestion) -> bool:
    """Does an option's text hold a number of any kind ("2", "Second World War",
    "Henry IV", "Malcolm X")?"""
    for choice in question.choices:
        words = phrase(choice)
        if any(has_digit(w) or w in ORDINAL_WORDS or is_roman(w) for w in words):
            return True
        if len(words) > 1 and words[-1] in ("i", "v", "x"):
            return True
    return False


def names_an_alternative(words: tuple[str, ...]) -> bool:
    return any(w in ALTERNATIVES for w in words)


def by_position(
    question: ChoiceQuestion, picks: list[int], right: int, choice_offered: bool
) -> Verdict:
    if choice_offered:  # "a or b", and even "b or": a choice offered is a hedge
        return refusal("hedge")
    if len(set(picks)) > 1:
        return refusal("two_guesses")
    index = picks[0]
    if index >= len(question.choices):
        return refusal("out_of_range")
    if index == right:
        return Verdict(True, matched=question.choices[right], reason="letter")
    return refusal("wrong")
