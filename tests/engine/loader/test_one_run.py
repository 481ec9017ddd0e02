"""One run of validate reports every problem: syntax it can read past, structure,
meaning and examples, each located and in plain words."""

from pathlib import Path

import pytest

from bot.engine import QuizFileError, load_quiz
from tests.engine.loader.test_cli import quizbot

# Ten mistakes of every kind in one file; the line of each is given beside it.
MIXED = [
    ("title: Capitals and more", None),
    ("questions:", None),
    ("  - id: france", None),
    ("    ask: What is the capital of France?", None),
    ("    answer: Paris", None),
    ("  - id: tabbed", None),
    ("    ask: What is the capital of Spain?", None),
    ("\tanswer: Madrid", "indent with spaces, not tabs"),
    ("  - id: colon", None),
    ("    ask: Who said: hello?", "a value holding `: ` must be put in quotes"),
    ("    answer: Alice", None),
    ("  - id: typo-key", "`answer` is missing"),
    ("    ask: What is the capital of Italy?", None),
    ("    anwser: Rome", "did you mean `answer`?"),
    ("  - id: examples", None),
    ("    ask: What is the capital of Japan?", None),
    ("    answer: Tokyo", None),
    ("    examples:", None),
    ("      accept: [Kyoto]", "example 'Kyoto' should be accepted"),
    ("      reject: [Tokyo]", "example 'Tokyo' should be rejected"),
    ("  - id: cafe", None),
    ("    type: choice", None),
    ("    ask: Which word?", None),
    ("    choices: [Cafe, Café, Tea]", "choice 'Café' reads the same as 'Cafe'"),
    ("    answer: Coffee", "the answer 'Coffee' is not one of the choices"),
    ("  - id: france", "question id 'france' is already used on line 3"),
    ("    ask: Again?", None),
    ("    answer: yes", None),
    ("  - id: kind", None),
    ("    type: chioce", "did you mean `choice`?"),
    ("    ask: Which?", None),
    ("    answer: a", None),
    ("  - id: hidden", None),
    ("    ask: What is the capital of Pe\u200bru?", "U+200B (ZERO WIDTH SPACE)"),
    ("    answer: Lima", None),
    ("  - id: count", None),
    ("    type: number", None),
    ("    ask: How many?", None),
    ("    answer: many", "`answer` should be a number, not `many`"),
]


def test_every_problem_of_a_file_is_reported_in_one_run(tmp_path: Path) -> None:
    path = tmp_path / "mixed.yaml"
    path.write_text("\n".join(line for line, _ in MIXED) + "\n", encoding="utf-8")
    with pytest.raises(QuizFileError) as caught:
        load_quiz(path)
    found = [(p.line, p.message) for p in caught.value.problems]
    expected = [(n, words) for n, (_, words) in enumerate(MIXED, 1) if words]
    assert len(found) == len(expected), found
    for (line, message), (want_line, words) in zip(found, expected, strict=True):
        assert line == want_line and words in message, (line, message)
    assert all(p.column > 0 for p in caught.value.problems)
    syntax = [m for _, m in found if m.startswith("YAML syntax error")]
    assert len(syntax) == 2 and all("(parser: " in m for m in syntax)


def test_unclosed_quotes_and_brackets_point_where_they_open(tmp_path: Path) -> None:
    text = (
        "title: T\nquestions:\n"
        '  - id: a\n    ask: "Unclosed quote?\n    answer: x\n'
        "  - id: b\n    ask: List?\n    answer: y\n    accept: [one, two\n"
        "  - id: c\n    ask: Fine?\n    answer: z\n    points: lots\n"
    )
    path = tmp_path / "open.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(QuizFileError) as caught:
        load_quiz(path)
    found = [(p.line, p.column, p.message.split(" (parser")[0]) for p in caught.value.problems]
    assert found == [
        (4, 10, "YAML syntax error: a quote or bracket is opened but never closed; close it"),
        (9, 13, "YAML syntax error: a `[...]` or `{...}` is not closed, or its items are not "
         "separated by commas"),
        (13, 13, "`points` should be a whole number, not `lots`"),
    ]  # fmt: skip


def test_a_red_list_with_mixed_mistakes_reports_them_all(tmp_path: Path) -> None:
    path = tmp_path / "red.yaml"
    path.write_text(
        'Q1?:\n- a\nQ2?:\n\t- b\nQ3?: [c, d\nQ4?:\n- "x\\qy"\nQ5?:\n-\nQ6?: Paris\n',
        encoding="utf-8",
    )
    run = quizbot("validate", str(path))
    assert run.returncode == 1
    lines = run.stdout.splitlines()
    assert [line.split(": error: ")[0] for line in lines[:-1]] == [
        f"{path}:4:1",
        f"{path}:5:6",
        f"{path}:7:3",
        f"{path}:9:2",
        f"{path}:10:1",
    ]
    assert lines[-1] == "1 file, 0 questions, 5 errors"
