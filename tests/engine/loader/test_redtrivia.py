from pathlib import Path

import pytest

from bot.cli.convert import dump
from bot.engine import QuizFileError, load_quiz, load_quiz_text
from bot.engine.loader import read_quiz_file
from bot.engine.loader.redtrivia import question_id
from bot.engine.models import TextQuestion

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "quizzes"
RED = FIXTURES / "red" / "red-animals.yaml"


def test_a_red_list_loads_as_text_questions_with_answers_as_typed() -> None:
    quiz = load_quiz(RED)
    assert quiz.title == "Red animals"
    assert quiz.author == "Fixture Writer"
    assert quiz.description.startswith("Invented animal questions")
    assert quiz.defaults.time_limit == 25
    questions = quiz.questions
    assert all(isinstance(q, TextQuestion) for q in questions)
    got = [(q.ask, q.answer, q.accept) for q in questions]  # type: ignore[union-attr]
    assert got == [
        ("Which bird is drawn on the made-up flag?", "Heron", ["a heron"]),
        ("How many humps on the fixture camel?", "2", ["two"]),
        ("Do fixture penguins fly?", "no", ["false"]),
        ("What number does the parrot repeat?", "3.5", []),
    ]


def test_unknown_config_keys_warn_and_do_not_fail() -> None:
    result = read_quiz_file(RED)
    assert [str(w) for w in result.warnings] == [
        f"{RED}:9:3: warning: field 'CONFIG': unknown CONFIG setting `colour` is ignored"
    ]


def test_ids_are_stable_and_independent_of_order() -> None:
    forward = "Q one?:\n- a\nQ two?:\n- b\n"
    backward = "Q two?:\n- b\nQ one?:\n- a\n"
    ids_forward = {q.ask: q.id for q in load_quiz_text(forward, "r", "r.yaml").questions}
    ids_backward = {q.ask: q.id for q in load_quiz_text(backward, "r", "r.yaml").questions}
    assert ids_forward == ids_backward
    assert ids_forward["Q one?"] == question_id("Q one?") == "q-one-" + ids_forward["Q one?"][-8:]
    assert question_id("Кто?").startswith("q-")
    assert len(question_id("word " * 50)) <= 64


def test_problems_in_a_red_list_point_at_the_entry() -> None:
    text = "Fine?:\n- yes\nNo answers?: []\nHas a blank?:\n- x\n-\n"
    with pytest.raises(QuizFileError) as caught:
        load_quiz_text(text, "red", "red.yaml")
    found = [(p.line, p.message) for p in caught.value.problems]
    assert found == [
        (3, "`answer` is missing"),
        (6, "an empty answer; remove it or write the answer"),
    ]


def test_converted_file_reads_back_to_the_same_questions(tmp_path: Path) -> None:
    original = load_quiz(RED)
    out = tmp_path / "animals.yaml"
    out.write_text(dump(original), encoding="utf-8")
    again = load_quiz(out)
    assert again.model_dump() == original.model_dump()


def test_convert_round_trips_every_type_of_our_own_format(tmp_path: Path) -> None:
    original = load_quiz(FIXTURES / "good" / "yaml11-words.yaml")
    out = tmp_path / "words.yaml"
    out.write_text(dump(original), encoding="utf-8")
    assert load_quiz(out).model_dump() == original.model_dump()


def test_one_broken_entry_is_reported_on_its_line_not_as_a_foreign_format() -> None:
    text = (
        "AUTHOR: Ada\n"
        "Fine?:\n- yes\n"
        "No list?:\n"
        "Nested?: [[a], {b: c}, ok]\n"
        "Only nested?: [[a]]\n"
        "Scalar?: Paris\n"
    )
    with pytest.raises(QuizFileError) as caught:
        load_quiz_text(text, "red", "red.yaml")
    found = [(p.line, p.column, p.message) for p in caught.value.problems]
    assert found == [
        (4, 1, "no answers; list them under the question, one `- answer` per line"),
        (5, 11, "an answer must be plain text, not a list or mapping"),
        (5, 16, "an answer must be plain text, not a list or mapping"),
        (6, 16, "an answer must be plain text, not a list or mapping"),
        (7, 1, "the answers should be a list, one `- answer` per line"),
    ]


def test_a_mostly_red_list_without_reserved_keys_is_still_read_as_red() -> None:
    text = "Fine?: [yes]\nAlso fine?: [b]\nBroken?:\n"
    with pytest.raises(QuizFileError) as caught:
        load_quiz_text(text, "red", "red.yaml")
    assert [p.line for p in caught.value.problems] == [3]
    assert "no answers" in caught.value.problems[0].message


def test_a_misspelt_file_of_ours_is_not_taken_for_a_red_list() -> None:
    text = "titel: Capitals\nquestion:\n  - id: a\n    ask: Q?\n    answer: x\n"
    with pytest.raises(QuizFileError) as caught:
        load_quiz_text(text, "ours", "ours.yaml")
    assert any("did you mean `title`" in p.message for p in caught.value.problems)
