"""`choice` questions: an option's text (typos forgiven) or its letter."""

from __future__ import annotations

import logging

from bot.engine.judge.compiled import Matcher
from bot.engine.judge.hedging import ALTERNATIVES, FILLER, LIST_WORDS
from bot.engine.judge.normalise import drop_leading_article, phrase, tokens, words_only
from bot.engine.judge.text import judge_matcher, match_words
from bot.engine.judge.vocabulary import word_set
from bot.engine.judge.words import word_kind
from bot.engine.models import ChoiceQuestion
from bot.engine.verdict import Verdict

logger = logging.getLogger(__name__)

# Words that may surround a typed letter: "option B", "I'll go with b".
_AROUND_LETTER = word_set(
    """
    answer choice choose final go going i ill im is it its letter my number option pick say
    the think with
    """
)
_LETTERS = "abcdefghij"
_QUIET = FILLER | LIST_WORDS | _AROUND_LETTER


def judge_choice(question: ChoiceQuestion, matcher: Matcher, text: str) -> Verdict:
    toks = tokens(text)
    words = words_only(toks)
    right = question.answer_index
    if words and match_words(matcher, drop_leading_article(words)) is None:
        letters = _letters(words)
        if letters is not None:
            return _by_letter(question, letters, right)
    verdict = judge_matcher(matcher, toks, right)
    if verdict.correct or verdict.reason not in ("wrong", "partial"):
        return verdict
    option = _distinctive_option(question, words)
    if option is None:
        option = _fragment_option(question, words)
    if option is None:
        return verdict
    if option == right:
        return Verdict(True, matched=question.choices[right], reason="distinctive")
    return Verdict(False, reason="wrong")


def _distinctive_option(question: ChoiceQuestion, words: tuple[str, ...]) -> int | None:
    """The one option whose own words ("nuclear") make up the whole message."""
    options = [{w for w in phrase(c) if _telling(w)} for c in question.choices]
    shared = {w for i, o in enumerate(options) for w in o if any(w in p for p in options[i + 1 :])}
    content = [w for w in words if w not in _QUIET and w != "1"]  # "1": "the nuclear one"
    if not content or not all(_telling(w) for w in content):
        return None
    found: set[int] = set()
    for word in content:
        owners = {
            i
            for i, option in enumerate(options)
            for candidate in option - shared
            if word_kind(word, candidate, True) is not None
        }
        if len(owners) != 1:
            return None
        found |= owners
    return found.pop() if len(found) == 1 else None


def _fragment_option(question: ChoiceQuestion, words: tuple[str, ...]) -> int | None:
    """The one option holding the message as a run of two or more of its words.

    For words too common to tell options apart alone ("defence", "minister"), which
    together still do: "defence minister" among "Prime/Defence/Foreign minister of X".
    """
    run = drop_leading_article(words)
    if len(run) < 2:
        return None
    owners = [i for i, choice in enumerate(question.choices) if _holds(phrase(choice), run)]
    return owners[0] if len(owners) == 1 else None


def _holds(option: tuple[str, ...], run: tuple[str, ...]) -> bool:
    """True when `run` (typos forgiven per word) is a run of the option's words."""
    size = len(run)
    return any(
        all(
            word_kind(typed, word, True) is not None
            for typed, word in zip(run, option[k : k + size], strict=True)
        )
        for k in range(len(option) - size + 1)
    )


def _telling(word: str) -> bool:
    """Long enough and meaningful enough to pick out an option on its own."""
    return len(word) > 3 and word not in _QUIET


def _letters(words: tuple[str, ...]) -> list[str] | None:
    """The option letters typed, or None when the message is not about letters."""
    rest = [w for w in words if w not in _AROUND_LETTER and w not in LIST_WORDS]
    letters = [w for w in rest if len(w) == 1 and w in _LETTERS]
    if not letters or len(letters) != len(rest):
        return None
    if any(w in ALTERNATIVES for w in words):
        letters.append("?")  # an "or" between letters is a hedge even with one letter
    return letters


def _by_letter(question: ChoiceQuestion, letters: list[str], right: int) -> Verdict:
    if len(set(letters)) > 1:
        return Verdict(False, reason="hedge")
    index = _LETTERS.index(letters[0])
    if index >= len(question.choices):
        return Verdict(False, reason="out_of_range")
    if index == right:
        return Verdict(True, matched=question.choices[right], reason="letter")
    return Verdict(False, reason="wrong")
