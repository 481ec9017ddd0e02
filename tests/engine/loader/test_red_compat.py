"""Red-DiscordBot lists load as Red loads them: repeated questions, answers as typed."""

from pathlib import Path

import pytest

from bot.engine import QuizFileError, load_quiz
from bot.engine.loader import read_quiz_file
from bot.engine.loader.redtrivia import question_id
from bot.engine.models import TextQuestion
from tests.engine.loader.test_cli import quizbot

REPEATED = (
    "AUTHOR: Someone\n"
    "Which planet is red?:\n"
    "- Venus\n"
    "Which metal is liquid at room temperature?:\n"
    "- Mercury\n"
    "Which planet is red?:\n"
    "- Mars\n"
    "- the red planet\n"
)


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_repeated_red_question_keeps_the_later_entry_with_a_warning(tmp_path: Path) -> None:
    path = _write(tmp_path, "planets.yaml", REPEATED)
    result = read_quiz_file(path)
    asks = {q.ask: q for q in result.quiz.questions}
    assert len(asks) == 2
    red = asks["Which planet is red?"]
    assert isinstance(red, TextQuestion)
    assert (red.answer, red.accept) == ("Mars", ["the red planet"])
    [warning] = result.warnings
    assert (warning.line, warning.column, warning.severity) == (6, 1, "warning")
    assert warning.question_id == question_id("Which planet is red?")
    assert "repeated from line 2" in warning.message
    assert str(warning).startswith(f"{path}:6:1: warning: ")


def test_a_key_repeated_three_times_keeps_the_last_and_warns_twice(tmp_path: Path) -> None:
    text = "Q?:\n- a\nOther?:\n- b\nQ?:\n- c\n- d\n- e\nQ?:\n- f\n"
    result = read_quiz_file(_write(tmp_path, "q.yaml", text))
    question = next(q for q in result.quiz.questions if q.ask == "Q?")
    assert question.answer_texts() == ["f"]
    assert [w.line for w in result.warnings] == [5, 9]


def test_a_repeated_key_in_our_format_is_still_an_error(tmp_path: Path) -> None:
    text = (
        "title: Planets\nquestions:\n"
        "  - id: red\n    ask: Which planet is red?\n    answer: Mars\n    answer: Venus\n"
    )
    with pytest.raises(QuizFileError) as caught:
        load_quiz(_write(tmp_path, "ours.yaml", text))
    [problem] = caught.value.problems
    assert (problem.line, problem.column, problem.severity) == (6, 5, "error")
    assert (problem.question_id, problem.field) == ("red", "answer")


def test_red_answers_stay_exactly_as_typed(tmp_path: Path) -> None:
    words = ["yes", "No", "off", "y", "010", "0x1F", "1:30", "2022-09-30", "1e3", ".inf", "3.0"]
    text = "".join(f"Question {i}?:\n- {word}\n" for i, word in enumerate(words))
    quiz = load_quiz(_write(tmp_path, "typed.yaml", text))
    assert [q.answer_texts()[0] for q in quiz.questions] == words


def test_validate_prints_the_warning_and_passes_unless_strict(tmp_path: Path) -> None:
    path = _write(tmp_path, "planets.yaml", REPEATED)
    run = quizbot("validate", str(path))
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].startswith(f"{path}:6:1: warning: question ")
    assert lines[-1] == "1 file, 2 questions, 0 errors, 1 warning"
    strict = quizbot("validate", "--strict", str(path))
    assert strict.returncode == 1
    assert strict.stdout == run.stdout
