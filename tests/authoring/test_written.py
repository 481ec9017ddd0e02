"""Form boxes to question data and back, validated by the real loader; tidy YAML."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from bot.authoring.written import (
    QuestionType,
    WrittenQuestion,
    has_comments,
    new_id,
    question_data,
    set_data,
    set_yaml,
    written_from,
)
from bot.engine.errors import QuizFileError
from bot.engine.loader import read_quiz_text
from bot.engine.models import AllOfQuestion, ChoiceQuestion, QuizSet, TextQuestion

FORMS: list[tuple[QuestionType, WrittenQuestion]] = [
    (
        "text",
        WrittenQuestion("Capital of Mali?", "Bamako", "bamaco", "Starts with B", "On the Niger."),
    ),
    ("number", WrittenQuestion("How many legs has a spider?", "8", "", "More than six", "")),
    ("year", WrittenQuestion("When did Burkina Faso get its name?", "1,984", "", "", "")),
    ("choice", WrittenQuestion("Largest ocean?", "Pacific", "", "Atlantic\nPacific\nIndian", "")),
    ("truefalse", WrittenQuestion("The Niger flows through Mali.", "yes", "", "", "It does.")),
    ("all_of", WrittenQuestion("Name both neighbours.", "Mali\nNiger", "", "", "")),
]


def load(data: dict[str, Any]) -> QuizSet:
    return read_quiz_text(set_yaml(data), "written", "written.yaml").quiz


@pytest.mark.parametrize("kind,written", FORMS)
def test_each_kind_round_trips_through_the_loader(kind, written) -> None:
    quiz = load({"title": "Written", "questions": [question_data(kind, written, "q1")]})
    (question,) = quiz.questions
    assert question.type == kind
    again_kind, again = written_from(question)
    assert again_kind == kind
    rebuilt = load({"title": "Written", "questions": [question_data(kind, again, "q1")]})
    assert rebuilt.model_dump() == quiz.model_dump()


def test_form_values_become_the_right_types() -> None:
    quiz = load(
        {
            "title": "W",
            "questions": [question_data(k, w, f"q{n}") for n, (k, w) in enumerate(FORMS)],
        }
    )
    text, number, year, choice, truth, parts = quiz.questions
    assert isinstance(text, TextQuestion) and isinstance(choice, ChoiceQuestion)
    assert isinstance(parts, AllOfQuestion)
    assert text.accept == ["bamaco"] and text.hint == ["Starts with B"]
    assert number.answer == 8 and year.answer == 1984
    assert choice.choices == ["Atlantic", "Pacific", "Indian"] and choice.hint == []
    assert truth.answer is True
    assert [p[0] for p in parts.answer] == ["Mali", "Niger"]


def test_a_wrong_box_is_reported_against_its_field() -> None:
    bad = question_data("number", WrittenQuestion("How many?", "lots"), "q1")
    with pytest.raises(QuizFileError) as caught:
        load({"title": "W", "questions": [bad]})
    assert [p.field for p in caught.value.problems] == ["answer"]


def test_new_ids_are_readable_and_unique() -> None:
    assert new_id("What is the capital of Mali?", []) == "what-is-the-capital-of-mali"
    assert new_id("What is the capital of Mali?", ["what-is-the-capital-of-mali"]) == (
        "what-is-the-capital-of-mali-2"
    )
    assert new_id("???", []) == "question"


def test_set_yaml_is_tidy_and_in_the_guides_order() -> None:
    quiz = load(
        {
            "questions": [question_data(k, w, f"q{n}") for n, (k, w) in enumerate(FORMS)],
            "tags": ["geo"],
            "title": "Written",
        }
    )
    text = set_yaml(set_data(quiz))
    assert "{" not in text and "[" not in text
    data = yaml.safe_load(text)
    assert list(data) == ["title", "tags", "questions"]
    assert list(data["questions"][3]) == ["id", "type", "ask", "answer", "choices"]
    assert load(data).model_dump() == quiz.model_dump()


@pytest.mark.parametrize(
    ("text", "commented"),
    [
        ("# a whole-line comment\ntitle: T\n", True),
        ("title: T  # after a value\n", True),
        ("questions:\n  - ask: Q\n    # between keys\n    answer: a\n", True),
        ("title: C#\nask: 'What is # for?'\nanswer: \"#1\"\n", False),
        ("explain: |\n  # a line of the text, not a comment\n  more text\n", False),
        ("title: no hash at all\n", False),
        ("title: [unclosed\n# comment\n", True),  # a parser's error, still a comment
        ("title: 'unclosed\n# inside the open quote\n", False),  # cannot be scanned
    ],
)
def test_comments_are_told_from_hashes_in_text(text: str, commented: bool) -> None:
    assert has_comments(text) is commented
    assert has_comments(text.encode("utf-8")) is commented
