"""`choice` questions: an option's text (typos forgiven), its letter or its number."""

from __future__ import annotations

import re

from bot.engine.judge.choice_positions import (
    AROUND_LETTER,
    LETTERS,
    by_position,
    letters_picked,
    names_a_group,
    names_an_alternative,
    numbered_texts,
    numbers_picked,
)
from bot.engine.judge.compiled import Matcher
from bot.engine.judge.hedging import (
    FILLER,
    LIST_WORDS,
    SENTENCE_WORDS,
    corrects_at,
    opening_sigh,
)
from bot.engine.judge.normalise import (
    drop_leading_article,
    phrase,
    tokens,
    words_only,
)
from bot.engine.judge.number_forms import without_certainty
from bot.engine.judge.text import judge_matcher, match_words
from bot.engine.judge.words import has_digit, word_kind
from bot.engine.models import ChoiceQuestion
from bot.engine.verdict import Verdict, refusal

_QUIET = FILLER | LIST_WORDS | AROUND_LETTER


def judge_choice(question: ChoiceQuestion, matcher: Matcher, text: str) -> Verdict:
    if not text.isascii():
        text = _indicator_letter(text)
    if "100" in text and not numbered_texts(question):
        text = without_certainty(text)  # "b, 100%": how sure, not a pick
    labelled = _labelled_option(question, matcher, text)
    if labelled is not None:
        return labelled
    toks = tokens(text)
    toks = toks[len(opening_sigh(toks)) :]  # "no, b": the pick, not a denial
    if has_digit(text):
        numbered = _numbered_text(question, matcher, toks)
        if numbered is not None:
            return numbered
    if toks.count("not") == 1:
        corrected = _beside_a_denied_option(question, matcher, toks)
        if corrected is not None:
            return corrected
    return _judge_choice(question, matcher, toks, numbers=_FORMULA.search(text) is None)


# A digit after a letter: "CO2", "H2O", "N2", a name and no option's number.
_FORMULA = re.compile(r"[a-z]\d", re.IGNORECASE)


def _judge_choice(
    question: ChoiceQuestion, matcher: Matcher, toks: tuple[str, ...], *, numbers: bool
) -> Verdict:
    """`numbers`: a number typed may be an option's on screen (not "CO2": a formula)."""
    words = words_only(toks)
    right = question.answer_index
    lettered = _lettered_text(question, matcher, toks) if toks else None
    if lettered is not None:
        return lettered
    if words and match_words(matcher, drop_leading_article(words)) is None:
        picks = None if names_a_group(question, words) else letters_picked(words)
        picks = picks or (numbers_picked(question, words) if numbers else None)
        if picks is not None:
            return by_position(question, picks, right, names_an_alternative(words))
    verdict = judge_matcher(matcher, toks, right)
    if verdict.correct or verdict.reason not in ("wrong", "partial", "confusable"):
        return verdict
    picked = _distinctive_options(question, words)
    if len(picked) > 1:
        return refusal("two_guesses")  # "nuclear solar"
    option = picked.pop() if picked else None
    if option is None and verdict.reason != "confusable":
        option = _fragment_option(question, words)
    if option is None or (verdict.reason == "confusable" and not _spelt(question, option, words)):
        return verdict
    if option == right:
        return Verdict(True, matched=question.choices[right], reason="distinctive")
    return refusal("wrong")


def _beside_a_denied_option(
    question: ChoiceQuestion, matcher: Matcher, toks: tuple[str, ...]
) -> Verdict | None:
    """The verdict of an option picked beside another option denied ("nuclear, not
    coal", "b not a", "not coal but nuclear"), or None for any other message: the
    denied option is no second guess and its "not" no denial of the pick."""
    at = toks.index("not")
    if not corrects_at(toks, at):
        return None  # "b if not c" offers both
    if at == 0:
        ends = [i for i, tok in enumerate(toks) if tok in (",", "but")]
        if not ends:
            return None
        denied, picked = toks[1 : ends[0]], toks[ends[0] + 1 :]
    else:
        denied, picked = toks[at + 1 :], toks[:at]
    # Letters first: "a" is one there, not an article ("b, not a, c" denies a and c).
    letters = letters_picked(words_only(denied))
    if letters is not None:
        other = letters[0] if len(letters) == 1 else None
    else:
        named = drop_leading_article(words_only(denied))
        other = _option_named(question, matcher, named) if named else None
    if other is None or other == question.answer_index or not words_only(picked):
        return None
    verdict = _judge_choice(question, matcher, picked, numbers=True)
    return verdict if verdict.correct else None


def _spelt(question: ChoiceQuestion, option: int, words: tuple[str, ...]) -> bool:
    """Are the message's words the option's own, as written? A known name that is part
    of one option ("Washington" of George Washington) picks it; a slip that lands on
    another known name ("Australia" among Austria's options) does not."""
    own = set(phrase(question.choices[option]))
    return all(w in own or w in _QUIET for w in words)


def _distinctive_options(question: ChoiceQuestion, words: tuple[str, ...]) -> set[int]:
    """The options the message's words pick out: each word must belong to an option,
    and at least one to that option alone ("nuclear", "nuclear plant" among coal and
    nuclear power plants). More than one option when the message names words found
    only in different ones ("nuclear solar"); none when it is not made of options' words."""
    options = [{w for w in phrase(c) if _telling(w)} for c in question.choices]
    content = [
        w for w in _chat_off(question, words) if w not in _QUIET and w != "1"
    ]  # "1": "the nuclear one"
    if not content or not all(_telling(w) for w in content):
        return set()
    owners_of = []
    for word in content:
        owners = {
            i
            for i, option in enumerate(options)
            if any(word_kind(word, candidate, True) is not None for candidate in option)
        }
        if not owners:
            return set()
        owners_of.append(owners)
    found = {next(iter(owners)) for owners in owners_of if len(owners) == 1}
    if len(found) != 1:
        return found  # several options named, or no word telling them apart
    if all(found <= owners for owners in owners_of):
        return found
    return set()  # a word of another option beside the one picked: not an option's words


def _option_named(question: ChoiceQuestion, matcher: Matcher, words: tuple[str, ...]) -> int | None:
    """The one option these words name: its text, typos forgiven, or words of it
    that tell it apart ("nuclear" for the nuclear power plant)."""
    found = match_words(matcher, words)
    if found is not None:
        return found[0].label
    if names_an_alternative(words):
        return None  # "b or nuclear": not one option
    picked = _distinctive_options(question, words)
    if len(picked) == 1:
        return picked.pop()
    return None if picked else _fragment_option(question, words)


def _fragment_option(question: ChoiceQuestion, words: tuple[str, ...]) -> int | None:
    """The one option holding the message as a run of two or more of its words.

    For words too common to tell options apart alone ("defence", "minister"), which
    together still do: "defence minister" among "Prime/Defence/Foreign minister of X".
    """
    run = _chat_off(question, drop_leading_article(words), quiet=True)
    if len(run) < 2:
        return None
    owners = [i for i, choice in enumerate(question.choices) if _holds(phrase(choice), run)]
    return owners[0] if len(owners) == 1 else None


def _chat_off(
    question: ChoiceQuestion, words: tuple[str, ...], *, quiet: bool = False
) -> tuple[str, ...]:
    """The words without chat that no option holds ("da vinci obv", "leonardo tbh");
    with `quiet`, without filler either ("da vinci i think")."""
    dropped = (SENTENCE_WORDS | _QUIET) if quiet else SENTENCE_WORDS
    if all(w not in dropped for w in words):
        return words
    own = {w for choice in question.choices for w in phrase(choice)}
    return tuple(
        w for w in words if w not in dropped or w in own or any(word_kind(w, o, True) for o in own)
    )


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


def _indicator_letter(text: str) -> str:
    """ "🇧", "🅱️": Discord's letter emoji, alone, is that letter (two regional
    indicators side by side are a flag), marked as one: "🇦 Jupiter" is option A, not
    the article."""
    found = [(ch, first) for ch in text for first in _EMOJI_A if first <= ord(ch) <= first + 25]
    if len(found) != 1:
        return text
    ch, first = found[0]
    return text.replace(ch, f" ({chr(ord('a') + ord(ch) - first)}) ")


# The first of each run of letter emoji: REGIONAL INDICATOR SYMBOL LETTER A, and
# NEGATIVE SQUARED LATIN CAPITAL LETTER A (the blood groups' 🅰️ 🅱️).
_EMOJI_A = (0x1F1E6, 0x1F170)


# An option's letter marked as a label, before its text ("a) Jupiter", "(b) Mars",
# "Option B - Mars") or after it ("Jupiter (b)", "Jupiter, b"). Marked so, even "a"
# is a letter; reading the tokens alone, it is the article.
_LABEL_FIRST = re.compile(
    r"^\s*(?:option\s+|answer\s+)?(?:\(([a-j])\)|\[([a-j])\]|([a-j])(?:[).\]:]|\s+-))\s*(?=\w)",
    re.IGNORECASE,
)
_LABEL_LAST = re.compile(
    r"(?<=\w)\s*(?:\(([a-j])\)|\[([a-j])\]|(?:,|\s-)\s*([a-j]))\s*[.!]*\s*$", re.IGNORECASE
)


def _labelled_option(question: ChoiceQuestion, matcher: Matcher, text: str) -> Verdict | None:
    """ "a) Jupiter", "Jupiter (b)": a marked letter beside an option's text. Both must
    pick the same option; None when the text names no option."""
    if "(" not in text and not _MAY_LABEL.search(text):
        return None  # most messages: a quick look is enough
    found = _LABEL_FIRST.match(text)
    rest = text[found.end() :] if found else ""
    if found is None:
        found = _LABEL_LAST.search(text)
        rest = text[: found.start()] if found else ""
    if found is None:
        return None
    letter = next(group for group in found.groups() if group).lower()
    if letter not in LETTERS:
        return None  # "İ": a capital the case-blind pattern took for an "i"
    return _letter_and_text(question, matcher, LETTERS.index(letter), tokens(rest))


# Signs of a marked letter: "a)", "a.", "a:", "a -", "- a", ", a" and the like.
_MAY_LABEL = re.compile(r"\b[a-j](?:[).\]:]|\s+-)|[-,]\s*[a-j]\s*[.!]*\s*$|\[", re.IGNORECASE)


def _lettered_text(
    question: ChoiceQuestion, matcher: Matcher, toks: tuple[str, ...]
) -> Verdict | None:
    """ "b) Tuesday", "Tuesday b": a letter before or after an option's text. Both
    must pick the same option; a letter and the text of another option are two
    guesses. First, "a" is read as a letter only when a comma or a number follows
    it ("a 1903"), since it is usually the article; last, it can be no article."""
    first, last = toks[0], toks[-1]
    if len(toks) < 2:
        return None
    if len(first) == 1 and first in LETTERS and (first != "a" or toks[1][:1] in _NO_NOUN):
        return _letter_and_text(question, matcher, LETTERS.index(first), toks[1:])
    if len(last) == 1 and last in LETTERS:
        return _letter_and_text(question, matcher, LETTERS.index(last), toks[:-1])
    return None


# What may follow "a" as a letter but not as the article: a comma, a number.
_NO_NOUN = frozenset(",0123456789")


def _numbered_text(
    question: ChoiceQuestion, matcher: Matcher, toks: tuple[str, ...]
) -> Verdict | None:
    """ "2) Jupiter", "Jupiter 2": an option's number on screen beside its text, as
    `_lettered_text` reads a letter (for a message with digits: "the nuclear one"
    holds no number)."""
    if len(toks) < 2 or numbered_texts(question):
        return None
    first, last = toks[0], toks[-1]
    at, rest = (first, toks[1:]) if first.isdigit() else (last, toks[:-1])
    if not at.isdigit() or not 0 < int(at) <= len(LETTERS):
        return None
    return _letter_and_text(question, matcher, int(at) - 1, rest)


def _letter_and_text(
    question: ChoiceQuestion, matcher: Matcher, index: int, toks: tuple[str, ...]
) -> Verdict | None:
    """A letter beside words that may name an option: right only when both pick the
    answer; None when the words name no option."""
    rest = drop_leading_article(words_only(toks))
    label = _option_named(question, matcher, rest) if rest else None
    if label is None or index >= len(question.choices):
        return None
    if label != index:
        return refusal("two_guesses")
    if index != question.answer_index:
        return refusal("wrong")
    return Verdict(True, matched=question.choices[index], reason="letter")
