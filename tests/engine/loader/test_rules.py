"""One bad file per validation rule: the message and the line must both be right."""

from pathlib import Path

import pytest

from bot.engine import QuizFileError, load_quiz
from bot.engine.models import ChoiceQuestion, NumberQuestion, TrueFalseQuestion

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "quizzes"

# file, line, column, question id, field, words the message must contain
CASES = [
    ("duplicate-key", 6, 5, "q1", "answer", "duplicate key `answer`: it is already set on line 5"),
    ("duplicate-id", 9, 9, "same", "id", "question id 'same' is already used on line 3"),
    ("unknown-key", 6, 5, "q1", "explian", "unknown key `explian`; did you mean `explain`?"),
    ("unknown-type", 5, 11, "q1", "type", "unknown question type `nubmer`"),
    ("missing-answer", 6, 5, "q2", None, "`answer` is missing"),
    ("missing-id", 3, 5, None, None, "question 1: `id` is missing"),
    ("empty-answer", 5, 13, "q1", "answer", "`answer` is empty"),
    ("empty-accept", 8, 8, "q1", "accept[1]", "`accept` is empty"),
    ("choice-not-listed", 7, 13, "q1", "answer", "'Moskow' is not one of the choices"),
    ("tolerance-on-text", 6, 5, "q1", "tolerance", "`tolerance` only applies to number questions"),
    ("number-not-a-number", 6, 13, "q1", "answer", "`answer` should be a number, not `1:30`"),
    ("year-not-whole", 6, 13, "q1", "answer", "should be a whole number, not `2022-09-30`"),
    ("truefalse-not-bool", 6, 13, "q1", "answer", "should be true or false"),
    ("bad-id", 3, 9, "My Question", "id", "try `my-question`"),
    ("bad-difficulty", 6, 17, "q1", "difficulty", "did you mean `hard`?"),
    ("syntax-error", 4, 18, None, None, "YAML syntax error: a value holding `: ` must be put"),
    ("not-a-mapping", 1, 1, None, None, "should be a mapping with `title` and `questions`"),
    ("two-documents", 3, 1, None, None, "only one YAML document per file"),
    ("python-tag", 5, 13, None, None, "YAML tag 'tag:yaml.org,2002:python/object"),
    ("null-answer", 5, 13, "q1", "answer", "an unquoted `~` means nothing in YAML"),
    ("billion-laughs", 5, 8, None, None, "aliases expand to more than 10,000 values"),
]


@pytest.mark.parametrize(
    ("name", "line", "column", "question_id", "field", "words"), CASES, ids=[c[0] for c in CASES]
)
def test_each_rule_names_line_column_question_and_field(  # noqa: PLR0917
    name: str, line: int, column: int, question_id: str | None, field: str | None, words: str
) -> None:
    path = FIXTURES / "bad" / f"{name}.yaml"
    with pytest.raises(QuizFileError) as caught:
        load_quiz(path)
    problems = caught.value.problems
    assert len(problems) == 1, [str(p) for p in problems]
    problem = problems[0]
    assert words in problem.message
    assert (problem.line, problem.column) == (line, column)
    assert (problem.question_id, problem.field) == (question_id, field)
    assert str(problem).startswith(f"{path}:{line}:{column}: error: ")


def test_every_problem_in_a_file_is_reported_in_line_order() -> None:
    text = (
        "title: Many\n"
        "questions:\n"
        "  - {id: a, ask: A, answer: x, explian: y}\n"
        "  - {id: b, type: number, ask: B, answer: lots}\n"
        "  - {id: c, type: choice, ask: C, choices: [p, q], answer: r}\n"
        "  - {id: a, ask: D, answer: z}\n"
    )
    from bot.engine import load_quiz_text

    with pytest.raises(QuizFileError) as caught:
        load_quiz_text(text, "many", "many.yaml")
    lines = [p.line for p in caught.value.problems]
    assert lines == [3, 4, 5, 6]
    assert "(and 3 more)" in str(caught.value)


def test_failing_examples_are_each_reported_at_their_own_line() -> None:
    with pytest.raises(QuizFileError) as caught:
        load_quiz(FIXTURES / "bad" / "example-fails.yaml")
    found = [(p.line, p.field, p.message) for p in caught.value.problems]
    assert found == [
        (9, "examples.accept[1]", "example 'Zebedee' should be accepted, but the judge rejects it"),
        (11, "examples.reject[0]", "example 'Alice' should be rejected, but the judge accepts it"),
    ]


def test_a_valid_file_loads_with_name_path_and_every_field() -> None:
    path = FIXTURES / "good" / "all-types.yaml"
    quiz = load_quiz(path)
    assert quiz.name == "all-types"
    assert quiz.path == str(path)
    assert quiz.source is not None and quiz.source.date == "2022-09-30"
    assert [q.type for q in quiz.questions] == [
        "text", "number", "year", "choice", "truefalse", "all_of"
    ]  # fmt: skip
    text, number = quiz.questions[0], quiz.questions[1]
    assert text.hint == ["It starts with F."]
    assert text.reject == ["Barville"]  # type: ignore[union-attr]
    assert isinstance(number, NumberQuestion) and number.answer == 25 and number.unit == "%"
    island = quiz.questions[4]
    assert isinstance(island, TrueFalseQuestion) and island.answer is False
    assert quiz.defaults.time_limit == 30


def test_yaml_11_words_are_kept_as_the_text_typed() -> None:
    quiz = load_quiz(FIXTURES / "good" / "yaml11-words.yaml")
    answers = {q.id: q.answer for q in quiz.questions}
    assert answers["plain-yes"] == "yes"
    assert answers["plain-no"] == "no"
    assert answers["plain-on"] == "on"
    assert answers["plain-off"] == "off"
    assert answers["plain-y"] == "y"
    assert answers["plain-octal"] == "010"
    assert answers["plain-hex"] == "0x1F"
    assert answers["plain-sexagesimal"] == "1:30"
    assert answers["plain-exponent"] == "1e3"
    assert answers["plain-date"] == "2022-09-30"
    assert answers["plain-true"] == "true"
    assert answers["plain-int"] == "25"
    assert quiz.question("plain-int").accept == ["25.0", "twenty-five"]  # type: ignore[attr-defined]
    choice = quiz.question("choice-years")
    assert isinstance(choice, ChoiceQuestion) and choice.choices == ["2021", "2022", "2023"]
    # Where the model wants yes/no or a number, it gets one.
    assert answers["tf-yes"] is True
    assert answers["tf-off"] is False
    assert answers["num-exp"] == 1000.0


def test_a_question_without_type_is_a_text_question() -> None:
    quiz = load_quiz(FIXTURES / "good" / "yaml11-words.yaml")
    assert quiz.question("plain-yes").type == "text"  # type: ignore[attr-defined]


def test_a_missing_file_is_a_quiz_file_error(tmp_path: Path) -> None:
    with pytest.raises(QuizFileError, match="cannot read the file"):
        load_quiz(tmp_path / "absent.yaml")
