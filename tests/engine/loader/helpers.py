"""Helpers shared by the loader tests."""

from pathlib import Path

import pytest

from bot.engine import QuizFileError, load_quiz


def load_problems(tmp_path: Path, text: str) -> list[tuple[int, int, str]]:
    """Write `text` as a question file, load it, and return (line, column, message) of
    every problem; the file must fail to load."""
    path = tmp_path / "set.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(QuizFileError) as caught:
        load_quiz(path)
    return [(p.line, p.column, p.message) for p in caught.value.problems]
