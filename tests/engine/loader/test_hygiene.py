"""Text hygiene: no hidden characters through escapes, no look-alike choices, nothing a
file holds can drive the terminal, and syntax hints whatever parser is installed."""

from pathlib import Path

import pytest

from bot.engine import load_quiz
from bot.engine.loader.lookalike import skeleton
from bot.engine.safetext import printable
from tests.engine.loader.helpers import load_problems
from tests.engine.loader.test_cli import quizbot


def _ours(answer: str, ask: str = "Which city?") -> str:
    return f"title: T\nquestions:\n  - id: q\n    ask: {ask}\n    answer: {answer}\n"


@pytest.mark.parametrize(
    ("escape", "code"),
    [
        ("\\0", "U+0000"),
        ("\\e[31m", "U+001B"),
        ("\\x07", "U+0007"),
        ("\\u202e", "U+202E"),
        ("\\u2066", "U+2066"),
        ("\\u200b", "U+200B"),
        ("\\u2060", "U+2060"),
        ("\\uFEFF", "U+FEFF"),
        ("\\N", "U+0085"),
        ("\\u200d", "U+200D"),
    ],
)
def test_escaped_hidden_characters_are_refused_where_they_are(
    tmp_path: Path, escape: str, code: str
) -> None:
    [(line, column, message)] = load_problems(tmp_path, _ours(f'"Mos{escape}cow"'))
    assert (line, column) == (5, 13)
    assert code in message
    assert "remove it" in message


def test_hidden_characters_in_red_keys_and_raw_text_are_refused(tmp_path: Path) -> None:
    [(line, column, message)] = load_problems(tmp_path, 'Fine?:\n- a\n"Bad\\u202e?":\n- b\n')
    assert (line, column) == (3, 1) and "U+202E" in message
    [(line, column, message)] = load_problems(tmp_path, "Q?:\n- Pa\u200bris\n")
    assert (line, column) == (2, 5) and "ZERO WIDTH SPACE" in message


def test_joiners_inside_emoji_and_scripts_stay(tmp_path: Path) -> None:
    path = tmp_path / "ok.yaml"
    path.write_text('Family?:\n- "👨\\u200d👩\\u200d👧"\nمی‌خواهم?:\n- آری\n', encoding="utf-8")
    assert len(load_quiz(path).questions) == 2


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Moscow", "M\u043escow"),  # Cyrillic o
        ("Paris", "P\u0430ris"),  # Cyrillic a
        ("Paris", "Pa\u00adris"),  # soft hyphen, invisible
        ("Paris", "Pa\u200eris"),  # left-to-right mark
        ("TOKYO", "\u03a4\u039fKY\u039f"),  # Greek capitals
        ("Kyiv", "\uff2byiv"),  # fullwidth K
    ],
)
def test_look_alike_choices_are_refused(tmp_path: Path, first: str, second: str) -> None:
    text = (
        "title: T\nquestions:\n  - id: q\n    ask: Which?\n    type: choice\n"
        f"    choices: ['{first}', '{second}', Other]\n    answer: Other\n"
    )
    [(line, _column, message)] = load_problems(tmp_path, text)
    assert line == 6
    assert "reads the same as" in message


def test_choices_in_other_scripts_that_differ_are_fine(tmp_path: Path) -> None:
    text = (
        "title: T\nquestions:\n  - id: q\n    ask: Which?\n    type: choice\n"
        "    choices: [Москва, Moscow, Μόσχα, Mosca]\n    answer: Moscow\n"
    )
    path = tmp_path / "ok.yaml"
    path.write_text(text, encoding="utf-8")
    assert len(load_quiz(path).questions) == 1
    assert skeleton("Moscow") == "Moscow"
    assert skeleton("M\u043esc\u043ew") == "Moscow"


def test_printable_strips_terminal_escapes() -> None:
    hostile = (
        "Ti\x1b[2Jtle\x1b]0;pwned\x07 \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ \u202eevil\x9b31m"
    )
    assert printable(hostile) == "Title link evil"
    assert printable("a\tb\nc") == "a b\nc"


def test_validate_and_sets_print_no_escape_from_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "quizzes"
    folder.mkdir()
    (folder / "loud.yaml").write_text(
        'title: "Loud\\e[2J\\e]0;owned\\a set"\nquestions:\n'
        "  - id: q\n    ask: Which?\n    answer: a\n"
        '    "bad\\e[31mkey": 1\n',
        encoding="utf-8",
    )
    (folder / "fine.yaml").write_text(
        'title: "Fine \\u2066set"\nquestions:\n  - id: q\n    ask: Which?\n    answer: a\n',
        encoding="utf-8",
    )
    for command in ("validate", "sets"):
        run = quizbot(command, str(folder))
        assert "\x1b" not in run.stdout + run.stderr
        assert "\u2066" not in run.stdout
        assert "loud.yaml" in run.stdout


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("    answer: @home\n", "cannot start with '@'"),
        ("    answer: `code`\n", "cannot start with '`'"),
        ("\tanswer: x\n", "indent with spaces, not tabs"),
    ],
)
def test_syntax_hints_fire_with_either_parser(tmp_path: Path, line: str, words: str) -> None:
    text = "title: T\nquestions:\n  - id: q\n    ask: Which?\n" + line
    problems = load_problems(tmp_path, text)
    assert any(words in message and "(parser: " in message for _, _, message in problems)
