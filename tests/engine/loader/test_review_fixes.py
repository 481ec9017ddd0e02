"""Loader defects found in review, each with the file position it must name."""

from __future__ import annotations

import pytest

from bot.engine import QuizFileError, judge, load_quiz_text

CLASHING_CHOICES = """\
title: Clashes
questions:
  - id: drink
    type: choice
    ask: Which one?
    choices: [Café, Tea, cafe]
    answer: cafe
  - id: river
    type: choice
    ask: Which river?
    choices: [The Nile, "Nile!", Niger]
    answer: Niger
"""


def test_choices_the_judge_cannot_tell_apart_are_refused_where_they_stand() -> None:
    with pytest.raises(QuizFileError) as caught:
        load_quiz_text(CLASHING_CHOICES, "clashes", "clashes.yaml")
    found = [(p.line, p.column, p.question_id, p.field) for p in caught.value.problems]
    assert found == [(6, 26, "drink", "choices[2]"), (11, 25, "river", "choices[1]")]
    assert "'cafe' reads the same as 'Café'" in caught.value.problems[0].message


def test_choices_that_really_differ_load_and_each_can_be_typed() -> None:
    text = CLASHING_CHOICES.replace("cafe]", "Coffee]").replace("answer: cafe", "answer: Coffee")
    text = text.replace('"Nile!"', "Congo")
    quiz = load_quiz_text(text, "fine", "fine.yaml")
    assert judge(quiz.question("drink"), "coffee").correct
    assert not judge(quiz.question("drink"), "café").correct


@pytest.mark.parametrize("text", ["", "# only a comment\n", "\ufeff\n\n"])
def test_an_empty_file_names_line_and_column_like_every_other_error(text: str) -> None:
    with pytest.raises(QuizFileError) as caught:
        load_quiz_text(text, "empty", "empty.yaml")
    assert [str(p) for p in caught.value.problems] == ["empty.yaml:1:1: error: the file is empty"]


def test_an_id_fix_never_suggests_an_id_already_taken() -> None:
    text = (
        "title: Ids\nquestions:\n"
        "  - {id: q1, ask: A?, answer: x}\n"
        "  - {id: Q1, ask: B?, answer: y}\n"
        "  - {id: Q 2, ask: C?, answer: z}\n"
    )
    with pytest.raises(QuizFileError) as caught:
        load_quiz_text(text, "ids", "ids.yaml")
    messages = [(p.line, p.message.split("characters; ")[1]) for p in caught.value.problems]
    assert messages == [
        (4, "`q1` is taken by another question, try `q1-2`"),
        (5, "try `q-2`"),
    ]
