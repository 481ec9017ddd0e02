"""The answer judge: `judge(question, text) -> Verdict`, pure and deterministic.

`prepare(question)` precomputes the matching data (normalised alternatives and
rivals) and stores it in the question's private `_compiled` slot. `judge` needs
no preparation: on a question's first message it builds only what that message
needs. A text question first gets its exact table (its answers as typed, with
their verdicts: most messages are decided by one look-up there), and its matcher
on the first message the table does not decide. A set's answers are indexed
once, on the first judgment of any of its questions, and shared by all of them
(see `peers`). These caches hold pure functions of the question and its set, so
judging stays deterministic. Past the exact table, `shortcuts` settles the next
commonest messages without the fuzzy search (another answer of the set typed as
written, a message with no word that could spell the answer, the answer after a
lead-in such as "I think"), each with the verdict the full search would give.

Every judgment is bounded: a message longer than MAX_RESPONSE_CHARS (padding
included) is refused unread, messages are scanned only for rivals whose first
word they contain, and a typo is checked against rivals of similar length
through a deletion index (one edit) or a capped scan (more).

A typo is forgiven per word (none up to 4 letters, one edit for 5-8, two from
9), never when what was typed is exactly, or nearer to, a known different
answer: the question's `reject`, the other choices, the other answers of the
set (except those equal to one of this question's answers) and the built-in
confusable names (countries, capitals, months, weekdays...).

One guess per answer: beside the answer a message may carry only words that
cannot be a second guess (filler, certainty, titles and roles, the answer's kind,
words of the question, a place's country, the answer's own given name). Another
candidate makes it `two_guesses`, an "or" a `hedge`, a denial or doubt anywhere a
`negation`. Every reason is listed, typed, in `bot.engine.verdict` (`Reason`);
`close` is never set for hedges, second guesses, negations or non-answers.
`matched` is the alternative matched, or the one nearest for a close miss.

"maybe France" is accepted: with a single candidate the doubt is the
player's, not a hedge; "maybe" alone is a non-answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.engine.judge.allof import judge_all_of
from bot.engine.judge.building import build_matcher
from bot.engine.judge.choice import judge_choice
from bot.engine.judge.compiled import Matcher
from bot.engine.judge.hedging import without_question_tag
from bot.engine.judge.normalise import (
    chat_marks_off,
    fold,
    mend_number_words,
    tokens,
    words_only,
)
from bot.engine.judge.numbers import (
    asked_negations,
    asked_numbers,
    judge_number,
    judge_year,
)
from bot.engine.judge.peers import PeerIndex, shared_index
from bot.engine.judge.prepared import Prepared
from bot.engine.judge.reading import bound_of
from bot.engine.judge.shortcuts import (
    another_answer,
    exact_verdict,
    exact_verdicts,
    nonanswer,
)
from bot.engine.judge.text import judge_matcher, possessive_of_answer
from bot.engine.judge.truefalse import judge_truefalse
from bot.engine.judge.units import asked_units
from bot.engine.models import (
    MAX_ANSWER_LENGTH,
    AllOfQuestion,
    ChoiceQuestion,
    NumberQuestion,
    QuestionBase,
    TextQuestion,
    TrueFalseQuestion,
    YearQuestion,
)
from bot.engine.verdict import Verdict, refusal

__all__ = ["Verdict", "judge", "prepare", "prepare_all"]

# No answer is longer than MAX_ANSWER_LENGTH; a message longer than that plus room
# for a short sentence around it is refused before any work is spent on it. Every
# character counts, spaces included: padding costs time like anything else.
MAX_RESPONSE_CHARS = MAX_ANSWER_LENGTH + 300
# Stray words an all_of message may carry beyond its parts ("both", "and"...).
_ALL_OF_SLACK = 6


def prepare(question: QuestionBase) -> None:
    """Precompute all the question's matching data; idempotent.

    `judge` does not need it: on a question's first message it prepares only what
    that message needs (a text question's matcher waits for the first message its
    exact table does not decide)."""
    prepared = _prepared(question)
    if isinstance(question, TextQuestion) and prepared.matcher is None:
        _text_matcher(question, prepared)
    if prepared.matcher is not None:
        prepared.matcher.derive_all()


def prepare_all(questions: Iterable[QuestionBase]) -> None:
    """prepare() for a whole set. Its answers are indexed once and shared, here as on
    first use, so a big set costs time in proportion to its size."""
    for question in questions:
        prepare(question)


def _prepared(question: QuestionBase) -> Prepared:
    found = _cached(question)
    if found is None:
        found = _compile(question)
        question._compiled = found
    return found


def _cached(question: QuestionBase) -> Prepared | None:
    # Reading the private-attribute dict directly skips pydantic's slow
    # __getattr__, which costs more than judging a short answer.
    private = question.__pydantic_private__
    value = private.get("_compiled") if private is not None else question._compiled
    return value if isinstance(value, Prepared) else None


def _peers(question: QuestionBase) -> PeerIndex:
    private = question.__pydantic_private__
    pool = private.get("_answer_pool") if private is not None else question._answer_pool
    if pool:
        return shared_index(pool)
    return PeerIndex.build(question.peer_answers)


def _compile(question: QuestionBase) -> Prepared:
    peers = _peers(question)
    if isinstance(question, TextQuestion):
        answers = [(0, text) for text in question.answer_texts()]
        return Prepared(exact=exact_verdicts(answers, 0, peers))
    if isinstance(question, ChoiceQuestion):
        answers = list(enumerate(question.choices))
        return Prepared(build_matcher(answers, peers=peers, ask=question.ask))
    if isinstance(question, AllOfQuestion):
        answers = [(i, text) for i, part in enumerate(question.answer) for text in part]
        matcher = build_matcher(
            answers, peers=peers, own_part_words=_part_words(question), ask=question.ask
        )
        longest = sum(max(len(tokens(t)) for t in part) for part in question.answer)
        return Prepared(matcher, max_words=longest + len(question.answer) + _ALL_OF_SLACK)
    if isinstance(question, NumberQuestion):
        return Prepared(
            asked_bound=bound_of(fold(question.ask)),
            asked_numbers=asked_numbers(question.ask, question.answer, years=False),
            asked_negations=asked_negations(question.ask),
            units=asked_units(question.unit, question.ask),
        )
    if isinstance(question, YearQuestion):
        return Prepared(
            asked_numbers=asked_numbers(question.ask, question.answer, years=True),
            asked_negations=asked_negations(question.ask),
        )
    return Prepared()


def _text_matcher(question: TextQuestion, prepared: Prepared) -> Matcher:
    answers = [(0, text) for text in question.answer_texts()]
    prepared.matcher = build_matcher(
        answers, question.reject, peers=_peers(question), ask=question.ask
    )
    return prepared.matcher


def judge_text(
    question: TextQuestion, prepared: Prepared, text: str, *, shortcuts: bool = True
) -> Verdict:
    """The path for a text question past its exact table. `shortcuts=False` takes
    the full path every time (the tests check that the shortcuts change nothing)."""
    matcher = prepared.matcher or _text_matcher(question, prepared)
    if shortcuts and not matcher.numeric:
        found = another_answer(matcher, text)
        if found is None:
            found = nonanswer(matcher, text)
        if found is not None:
            return found
    if possessive_of_answer(matcher, text):
        return refusal("wrong")
    if "s" in text and ("'" in text or "\u2019" in text):
        text = _BARE_POSSESSIVE.sub(r"\1\2", text)  # "Van Gogh's": it is his
    verdict = judge_matcher(matcher, tokens(text), 0, shortcuts=shortcuts)
    if verdict.correct or not matcher.numeric:
        return verdict
    return _with_number_words_mended(matcher, text, verdict, shortcuts)


# A possessive closing the message: "it's Van Gogh's" says whose.
_BARE_POSSESSIVE = re.compile(r"(\w\w)['\u2019]s(\W*)$")


def _with_number_words_mended(
    matcher: Matcher, text: str, verdict: Verdict, shortcuts: bool
) -> Verdict:
    """A number answer written as a mistyped number word ("fourten" for 14) is
    forgiven as any word's typo is; the first verdict stands otherwise."""
    folded = fold(text)
    mended = mend_number_words(folded)
    if mended == folded:
        return verdict
    second = judge_matcher(matcher, tokens(mended), 0, shortcuts=shortcuts)
    if not second.correct:
        # "not fourten": what the message says of the mended answer is the reason.
        return second if second.reason in ("negation", "hedge") else verdict
    return Verdict(True, matched=second.matched, reason="typo")


def _part_words(question: AllOfQuestion) -> frozenset[str]:
    """The words of every part, and "and": another question may ask for the same
    parts in another form ("Burkina Faso and Russia" beside an all_of of the two);
    such a peer is not a different answer and must not count as a rival."""
    words = {w for part in question.answer for text in part for w in words_only(tokens(text))}
    return frozenset({*words, "and"})


def judge(question: QuestionBase, text: str) -> Verdict:
    """Is `text` a right answer to `question`? Never raises on any text."""
    # _cached(), inlined: this runs on every message.
    private = question.__pydantic_private__
    prepared = private.get("_compiled") if private is not None else None
    if not isinstance(prepared, Prepared):
        prepared = _prepared(question)
    if len(text) > MAX_RESPONSE_CHARS:
        return refusal("too_long")
    if isinstance(question, TextQuestion):
        if prepared.exact and text.isascii():
            # The answer typed as it is: most messages, decided by one look-up.
            found = exact_verdict(prepared.exact, text)
            if found is not None:
                return found
        return judge_text(question, prepared, chat_marks_off(without_question_tag(text)))
    text = chat_marks_off(without_question_tag(text))  # "Moscow, isn't it?" says Moscow
    if isinstance(question, NumberQuestion):
        return judge_number(
            question,
            text,
            prepared.asked_bound,
            prepared.asked_numbers,
            prepared.asked_negations,
            units=prepared.units,
        )
    if isinstance(question, ChoiceQuestion):
        assert prepared.matcher is not None
        return judge_choice(question, prepared.matcher, text)
    if isinstance(question, YearQuestion):
        return judge_year(question, text, prepared.asked_numbers, prepared.asked_negations)
    if isinstance(question, TrueFalseQuestion):
        return judge_truefalse(question, text)
    if isinstance(question, AllOfQuestion):
        return judge_all_of(question, prepared, text)
    raise TypeError(f"no judge for question type {type(question).__name__}")
