"""Properties of the judge that must hold for any input."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine import judge
from bot.engine.judge import prepare
from bot.engine.judge.hedging import FILLER, TYPE_WORDS
from bot.engine.judge.normalise import phrase
from bot.engine.judge.placing import compatible
from bot.engine.models import (
    AllOfQuestion,
    ChoiceQuestion,
    QuestionBase,
    TextQuestion,
)
from bot.engine.verdict import ACCEPT_REASONS, REJECT_REASONS
from tests.engine.judge.quizsets import questions

QUESTIONS = questions()
ACUTE = "\u0301"


def right_spellings(question: QuestionBase) -> list[str]:
    """The canonical answer and every `accept` entry, as the author wrote them."""
    if isinstance(question, TextQuestion):
        return [question.answer, *question.accept]
    if isinstance(question, AllOfQuestion):
        return [" and ".join(part[0] for part in question.answer)]
    return question.answer_texts()


SPELLINGS = [(q, s) for q in QUESTIONS.values() for s in right_spellings(q)]


@st.composite
def disguised(draw: st.DrawFn) -> tuple[QuestionBase, str]:
    """A right spelling with random case, accents and surrounding spaces."""
    question, text = draw(st.sampled_from(SPELLINGS))
    flips = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    accents = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    letters = []
    for original, upper, accent in zip(text, flips, accents, strict=True):
        ch = original.upper() if upper else original.lower()
        letters.append(ch + ACUTE if accent and ch.isalpha() and ch.isascii() else ch)
    pad = st.text(alphabet=" \t\n\u00a0", max_size=3)
    spaced = draw(pad) + "".join(letters) + draw(pad)
    return question, unicodedata.normalize(draw(st.sampled_from(["NFC", "NFD"])), spaced)


@settings(max_examples=300, deadline=None)
@given(disguised())
def test_right_spellings_are_accepted_however_written(case: tuple[QuestionBase, str]) -> None:
    question, text = case
    assert judge(question, text).correct, text


def _others(question: QuestionBase) -> list[str]:
    own = {phrase(t) for t in right_spellings(question)}
    if isinstance(question, ChoiceQuestion):
        own.update(phrase(c) for c in question.choices)
    # A peer's answer that is this one in other words ("1.5 hours" for 90 minutes) is
    # no other answer.
    return [
        p
        for p in question.peer_answers
        if phrase(p) not in own and phrase(p) and not judge(question, p).correct
    ]


HEDGES = [(q, s, o) for q, s in SPELLINGS for o in _others(q)]


def _places_or_dates(question: QuestionBase, other: str) -> bool:
    """The one documented exception: a country, continent or year beside an answer of
    another kind ("Moscow, Russia", "September 2022", "Bolt, Jamaica") places it."""
    prepare(question)
    matcher = question._compiled.matcher
    rival = matcher.rival(" ".join(phrase(other))) if matcher is not None else None
    return rival is not None and matcher is not None and compatible(matcher, rival)


def _title_of_a_person(question: QuestionBase, other: str) -> bool:
    """The second exception: a title or role beside a person ("Sinatra, defence
    minister") says who they are; it is no second guess."""
    prepare(question)
    matcher = question._compiled.matcher
    words = phrase(other)
    return (
        matcher is not None
        and matcher.person
        and all(w in FILLER or w in TYPE_WORDS for w in words)
        and any(w in FILLER for w in words)
    )


def _repeats_the_question(question: QuestionBase, other: str) -> bool:
    """The third: a name the question itself holds, repeated beside the answer
    ("Tokyo, Japan" to "Which country is Tokyo in?"), unless the question names its
    own answer too (then its names are candidates). Worked out here from the words
    alone, not by the judge's own test."""
    asked = set(phrase(question.ask))
    if not asked.issuperset(phrase(other)):
        return False
    return not any(asked.issuperset(phrase(own)) for own in right_spellings(question))


SECOND_GUESSES = [
    (q, s, o)
    for q, s, o in HEDGES
    if isinstance(q, TextQuestion)
    and not _places_or_dates(q, o)
    and not _title_of_a_person(q, o)
    and not _repeats_the_question(q, o)
]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(HEDGES))
def test_right_answer_or_another_answer_is_rejected(case: tuple[QuestionBase, str, str]) -> None:
    question, right, other = case
    verdict = judge(question, f"{right} or {other}")
    assert not verdict.correct, (right, other, verdict)
    assert not verdict.close


REPEATED = [
    (q, s, o) for q, s, o in HEDGES if isinstance(q, TextQuestion) and _repeats_the_question(q, o)
]


def test_a_name_of_the_question_listed_with_the_answer_is_a_second_guess() -> None:
    assert REPEATED, "the sets hold questions that name another answer of theirs"
    for question, right, other in REPEATED:
        verdict = judge(question, f"{right} and {other}")
        assert not verdict.correct, (right, other, verdict)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(SECOND_GUESSES), st.sampled_from(["", ",", " and", " ;"]), st.booleans())
def test_right_answer_beside_another_answer_is_wrong(
    case: tuple[QuestionBase, str, str], joiner: str, other_first: bool
) -> None:
    question, right, other = case
    first, second = (other, right) if other_first else (right, other)
    verdict = judge(question, f"{first}{joiner} {second}")
    assert not verdict.correct, (right, other, verdict)
    assert not verdict.close


CERTAIN = ["definitely", "surely", "obviously", "for sure", "no doubt", "certainly", "100% sure"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(SPELLINGS), st.sampled_from(CERTAIN), st.booleans())
def test_right_answer_with_a_certainty_word_stays_right(
    case: tuple[QuestionBase, str], word: str, before: bool
) -> None:
    question, right = case
    text = f"{word} {right}" if before else f"{right}, {word}"
    assert judge(question, text).correct, text


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(sorted(QUESTIONS)), st.text(max_size=80))
def test_judge_never_raises_and_is_deterministic(qid: str, text: str) -> None:
    question = QUESTIONS[qid]
    first = judge(question, text)
    assert judge(question, text) == first
    assert first.reason in (ACCEPT_REASONS if first.correct else REJECT_REASONS)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(sorted(QUESTIONS)),
    st.lists(
        st.sampled_from(["or", ",", "and", "not", "2022", "25%", "Shoigu", "b", "true", "🙂", "-"]),
        max_size=8,
    ),
)
def test_judge_handles_answer_like_noise(qid: str, parts: list[str]) -> None:
    verdict = judge(QUESTIONS[qid], " ".join(parts))
    assert verdict == judge(QUESTIONS[qid], " ".join(parts))
