"""Answers and alternatives have the same length caps in both formats, with a located error."""

from pathlib import Path

import pytest

from bot.engine import load_quiz
from bot.engine.models import MAX_ALTERNATIVES, MAX_ANSWER_LENGTH
from tests.engine.loader.helpers import load_problems

LONG = "x" * (MAX_ANSWER_LENGTH + 1)
# About as long as the longest answer in Red's shipped lists (589 characters).
RED_LONGEST = " ".join(["a chorus line of words"] * 26)[:589]


def _ours(body: str) -> str:
    return f"title: Caps\nquestions:\n  - id: q\n    ask: Which?\n{body}"


@pytest.mark.parametrize(
    ("body", "line", "column", "field"),
    [
        (f"    answer: {LONG}\n", 5, 13, "answer"),
        (f"    answer: ok\n    accept:\n      - fine\n      - {LONG}\n", 8, 9, "accept"),
        (f"    answer: ok\n    reject: [{LONG}]\n", 6, 14, "reject"),
        (f"    type: choice\n    choices: [a, '{LONG}']\n    answer: a\n", 6, 18, "choices"),
        (f"    type: all_of\n    answer: [a, [b, {LONG}]]\n", 6, 21, "answer"),
    ],
    ids=["answer", "accept", "reject", "choice", "all_of-spelling"],
)
def test_an_overlong_answer_is_refused_where_it_is(
    tmp_path: Path, body: str, line: int, column: int, field: str
) -> None:
    [(got_line, got_column, message)] = load_problems(tmp_path, _ours(body))
    assert (got_line, got_column) == (line, column)
    assert message.startswith(f"`{field}` is {MAX_ANSWER_LENGTH + 1:,} characters long;")
    assert f"the limit is {MAX_ANSWER_LENGTH}" in message


def test_the_same_cap_holds_in_a_red_list(tmp_path: Path) -> None:
    text = f"Fine?:\n- ok\nToo long?:\n- short\n- {LONG}\n"
    [(line, column, message)] = load_problems(tmp_path, text)
    assert (line, column) == (5, 3)
    assert f"is {MAX_ANSWER_LENGTH + 1:,} characters long" in message


def test_too_many_alternatives_are_refused(tmp_path: Path) -> None:
    many = "".join(f"- a{i}\n" for i in range(MAX_ALTERNATIVES + 2))
    [(line, _column, message)] = load_problems(tmp_path, f"Many?:\n{many}")
    assert line == 1  # the question whose answers they are
    assert message == f"`accept` has {MAX_ALTERNATIVES + 1} items; it allows at most 50"


def test_answers_as_long_as_reds_longest_load_and_padding_does_not_count(tmp_path: Path) -> None:
    padded = "   " + "y" * MAX_ANSWER_LENGTH + "   "
    answers = "".join(f"- {a}\n" for a in ["short", RED_LONGEST, *[f"a{i}" for i in range(34)]])
    text = f"Long?:\n{answers}Padded?:\n- '{padded}'\n"
    path = tmp_path / "red.yaml"
    path.write_text(text, encoding="utf-8")
    quiz = load_quiz(path)
    assert [len(q.answer_texts()) for q in quiz.questions] == [36, 1]
    assert quiz.questions[1].answer_texts() == ["y" * MAX_ANSWER_LENGTH]
