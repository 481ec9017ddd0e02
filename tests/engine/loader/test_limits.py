"""Hostile files fail fast, with one clear problem, and nothing but QuizFileError."""

import tracemalloc
from pathlib import Path

import pytest

from bot.engine import QuizFileError, load_quiz, load_quiz_text
from bot.engine.loader import Limits

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "quizzes"


def only_problem(caught: pytest.ExceptionInfo[QuizFileError]) -> str:
    assert len(caught.value.problems) == 1, caught.value.problems
    return str(caught.value.problems[0])


def test_billion_laughs_is_refused_without_expanding() -> None:
    tracemalloc.start()
    try:
        with pytest.raises(QuizFileError) as caught:
            load_quiz(FIXTURES / "bad" / "billion-laughs.yaml")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "aliases expand to more than 10,000 values" in only_problem(caught)
    assert peak < 3_000_000


def test_a_few_small_aliases_are_allowed() -> None:
    text = (
        "title: Aliases\n"
        "tags: &t [shared]\n"
        "questions:\n"
        "  - {id: a, ask: A, answer: x, tags: *t}\n"
        "  - {id: b, ask: B, answer: y, tags: *t}\n"
    )
    quiz = load_quiz_text(text, "aliases", "aliases.yaml")
    assert [q.tags for q in quiz.questions] == [["shared"], ["shared"]]


def test_a_recursive_alias_is_refused() -> None:
    with pytest.raises(QuizFileError) as caught:
        load_quiz_text("a: &x [1, *x]\n", "loop", "loop.yaml")
    assert "alias `*x` refers to no complete anchor" in only_problem(caught)


def test_oversized_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"title: x\n" + b"#" * (2 * 1024 * 1024))
    with pytest.raises(QuizFileError) as caught:
        load_quiz(path)
    assert "bytes; the limit is 2,097,152" in only_problem(caught)


def test_oversized_upload_is_refused() -> None:
    with pytest.raises(QuizFileError, match="the limit is 2,097,152"):
        load_quiz_text(b"x" * (2 * 1024 * 1024 + 1), "big", "upload")


@pytest.mark.parametrize(
    "text",
    [
        "[" * 25 + "]" * 25,
        "{a: " * 30 + "b" + "}" * 30,
        "".join(f"{' ' * i}k:\n" for i in range(40)),
    ],
    ids=["flow-sequences", "flow-mappings", "block-mappings"],
)
def test_deep_nesting_is_refused(text: str) -> None:
    with pytest.raises(QuizFileError) as caught:
        load_quiz_text(text, "deep", "deep.yaml")
    message = only_problem(caught)
    assert "nested more than 20 levels deep" in message
    assert message.startswith("deep.yaml:1:") or ":21:" in message


def test_very_deep_nesting_stops_in_the_parser_with_a_located_problem() -> None:
    with pytest.raises(QuizFileError) as caught:
        load_quiz_text("[" * 500_000 + "]" * 500_000, "deep", "deep.yaml")
    message = only_problem(caught)
    assert message.startswith("deep.yaml:1:")
    assert "nesting depth" in message or "nested more than 20 levels" in message


def test_binary_garbage_is_refused_with_its_position() -> None:
    garbage = b"title: ok\n\x89PNG\r\n\x1a\n\xff\xfe\x00\x00"
    with pytest.raises(QuizFileError) as caught:
        load_quiz_text(garbage, "bin", "bin.yaml")
    assert only_problem(caught) == (
        "bin.yaml:2:1: error: byte 0x89 is not valid UTF-8; "
        "save the file as UTF-8 (is this a text file?)"
    )


def test_nul_byte_is_refused_with_its_position() -> None:
    with pytest.raises(QuizFileError) as caught:
        load_quiz_text("title: a\nquestions: b\x00c\n", "nul", "nul.yaml")
    assert (
        only_problem(caught)
        == "nul.yaml:2:13: error: the file contains a NUL byte; is this a text file?"
    )


def test_question_count_is_capped_before_validation() -> None:
    lines = ["title: Many", "questions:"] + [
        f"- {{id: q{i}, ask: a, answer: b}}" for i in range(2_001)
    ]
    with pytest.raises(QuizFileError) as caught:
        load_quiz_text("\n".join(lines), "many", "many.yaml")
    assert "2,001 questions; the limit is 2,000 per file" in only_problem(caught)


def test_limits_can_be_tightened() -> None:
    text = "title: T\nquestions:\n- {id: a, ask: b, answer: c}\n- {id: d, ask: e, answer: f}\n"
    with pytest.raises(QuizFileError, match="2 questions; the limit is 1"):
        load_quiz_text(text, "t", "t.yaml", Limits(max_questions=1))


def test_empty_file_is_reported() -> None:
    with pytest.raises(QuizFileError, match="the file is empty"):
        load_quiz_text("# only a comment\n", "empty", "empty.yaml")
