"""The judge's shortcuts give exactly the verdicts of its full path.

Plain ASCII messages are split into words without the token pattern, and a text
question's exact table decides its answers typed as they are before any matcher
is built. Both must agree with the full path on any message.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine import judge
from bot.engine.judge import judge_text, prepare
from bot.engine.judge.normalise import plain_tokens, read_tokens
from bot.engine.judge.prepared import Prepared
from bot.engine.judge.shortcuts import exact_verdict
from bot.engine.models import QuestionBase, TextQuestion
from tests.engine.judge.quizsets import make_set, questions

# Answers of the shapes the shortcuts must tell apart: digits, number words,
# articles, punctuation, accents, one letter, words that are list marks or filler.
ODD = make_set(
    [
        {"id": "year", "ask": "When?", "answer": "1969", "accept": ["nineteen sixty-nine"]},
        {"id": "band", "ask": "Which band?", "answer": "The Beatles", "accept": ["Beatles"]},
        {"id": "letter", "ask": "Which letter?", "answer": "A", "accept": ["the a"]},
        {"id": "acdc", "ask": "Which band?", "answer": "AC/DC", "accept": ["AC DC"]},
        {"id": "three", "ask": "Film?", "answer": "Toy Story 3", "accept": ["Toy Story three"]},
        {"id": "cafe", "ask": "Which word?", "answer": "Café", "accept": ["cafe au lait"]},
        {"id": "pass", "ask": "Which move?", "answer": "Pass"},
        {"id": "and", "ask": "Which word?", "answer": "Rock and Roll", "accept": ["rock n roll"]},
        {"id": "dot", "ask": "Which number?", "answer": "3.5", "accept": ["3,5"]},
    ]
)
BANK = [q for q in [*questions().values(), *ODD.questions] if isinstance(q, TextQuestion)]
SPELLINGS = sorted({t for q in BANK for t in q.answer_texts()})

PIECES = st.sampled_from(
    ["one", "two", "twenty", "three", "paris", "the", "a", "and", "or", "Toy", "3", "3.5",
     "1,000", " ", "  ", "\t", ",", ".", "?", "!", "-", "'", "é", "e\u0301", "ß", "/", "%"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    st.one_of(st.text(max_size=30), st.lists(PIECES, max_size=12).map("".join)),
    st.booleans(),
)
def test_plain_messages_split_as_the_token_pattern_reads_them(text: str, numbers: bool) -> None:
    plain = plain_tokens(text, numbers=numbers)
    assert plain is None or plain == read_tokens(text, numbers=numbers)


@st.composite
def typed_answers(draw: st.DrawFn) -> tuple[QuestionBase, str]:
    """Some question's spelling (its own or another's), in any case, perhaps after an
    article, perhaps with spaces and marks around it."""
    question = draw(st.sampled_from(BANK))
    spelling = draw(st.sampled_from([*question.answer_texts(), *SPELLINGS]))
    flips = draw(st.lists(st.booleans(), min_size=len(spelling), max_size=len(spelling)))
    text = "".join(c.upper() if up else c.lower() for c, up in zip(spelling, flips, strict=True))
    article = draw(st.sampled_from(["", "the ", "The ", "a ", "an ", "the the ", "THE  "]))
    around = st.text(alphabet=" ?!.,", max_size=3)
    return question, draw(around) + article + text + draw(around)


@settings(max_examples=800, deadline=None)
@given(typed_answers())
def test_the_exact_table_gives_the_full_paths_verdict(case: tuple[QuestionBase, str]) -> None:
    question, text = case
    assert isinstance(question, TextQuestion)
    prepare(question)
    prepared = question._compiled
    assert isinstance(prepared, Prepared)
    assert judge(question, text) == judge_text(question, prepared, text)


def test_the_answers_as_typed_are_in_the_exact_table() -> None:
    """The property above is not vacuous: plain answers are decided by the table."""
    decided = []
    for question in BANK:
        prepare(question)
        prepared = question._compiled
        assert isinstance(prepared, Prepared)
        for spelling in question.answer_texts():
            if spelling.isascii() and exact_verdict(prepared.exact, spelling) is not None:
                decided.append(spelling)
    assert {"Moscow", "Sergei Shoigu", "The Beatles", "Beatles", "1969", "A"} <= set(decided)
