"""`choice` questions: an option's text (typos forgiven) or its letter."""

from __future__ import annotations

from bot.engine.judge.compiled import Matcher
from bot.engine.judge.hedging import ALTERNATIVES, FILLER, LIST_WORDS
from bot.engine.judge.normalise import drop_leading_article, phrase, tokens, words_only
from bot.engine.judge.text import judge_matcher, match_words
from bot.engine.judge.vocabulary import word_set
from bot.engine.judge.words import word_kind
from bot.engine.models import ChoiceQuestion
from bot.engine.verdict import Verdict

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
    lettered = _lettered_text(question, matcher, toks) if toks else None
    if lettered is not None:
        return lettered
    if words and match_words(matcher, drop_leading_article(words)) is None:
        letters = _letters(words)
        if letters is not None:
            return _by_letter(question, letters, right, _offers_choice(words))
    verdict = judge_matcher(matcher, toks, right)
    if verdict.correct or verdict.reason not in ("wrong", "partial"):
        return verdict
    picked = _distinctive_options(question, words)
    if len(picked) > 1:
        return Verdict(False, reason="two_guesses")  # "nuclear solar"
    option = picked.pop() if picked else None
    if option is None:
        option = _fragment_option(question, words)
    if option is None:
        return verdict
    if option == right:
        return Verdict(True, matched=question.choices[right], reason="distinctive")
    return Verdict(False, reason="wrong")


def _distinctive_options(question: ChoiceQuestion, words: tuple[str, ...]) -> set[int]:
    """The options whose own words ("nuclear") make up the whole message; more than
    one when the message names words of several."""
    options = [{w for w in phrase(c) if _telling(w)} for c in question.choices]
    shared = {w for i, o in enumerate(options) for w in o if any(w in p for p in options[i + 1 :])}
    content = [w for w in words if w not in _QUIET and w != "1"]  # "1": "the nuclear one"
    if not content or not all(_telling(w) for w in content):
        return set()
    found: set[int] = set()
    for word in content:
        owners = {
            i
            for i, option in enumerate(options)
            for candidate in option - shared
            if word_kind(word, candidate, True) is not None
        }
        if len(owners) != 1:
            return set()
        found |= owners
    return found


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
    return letters


def _offers_choice(words: tuple[str, ...]) -> bool:
    return any(w in ALTERNATIVES for w in words)


def _by_letter(
    question: ChoiceQuestion, letters: list[str], right: int, choice_offered: bool
) -> Verdict:
    if choice_offered:  # "a or b", and even "b or": a choice offered is a hedge
        return Verdict(False, reason="hedge")
    if len(set(letters)) > 1:
        return Verdict(False, reason="two_guesses")
    index = _LETTERS.index(letters[0])
    if index >= len(question.choices):
        return Verdict(False, reason="out_of_range")
    if index == right:
        return Verdict(True, matched=question.choices[right], reason="letter")
    return Verdict(False, reason="wrong")


def _lettered_text(
    question: ChoiceQuestion, matcher: Matcher, toks: tuple[str, ...]
) -> Verdict | None:
    """ "b) Tuesday": a letter before an option's text. Both must pick the same option;
    a letter and the text of another option are two guesses. "a" is read as a letter
    only when a comma follows it, since it is usually the article."""
    first = toks[0]
    if len(first) != 1 or first not in _LETTERS or len(toks) < 2:
        return None
    if first == "a" and toks[1] != ",":
        return None
    index = _LETTERS.index(first)
    rest = drop_leading_article(words_only(toks[1:]))
    found = match_words(matcher, rest) if rest else None
    if found is None or index >= len(question.choices):
        return None
    if found[0].label != index:
        return Verdict(False, reason="two_guesses")
    if index != question.answer_index:
        return Verdict(False, reason="wrong")
    return Verdict(True, matched=question.choices[index], reason="letter")
