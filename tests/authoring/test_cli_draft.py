"""`quizbot draft` through a real subprocess."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bot.engine.loader import load_quiz
from tests.authoring.conftest import BRIDGE_ARTICLE


def quizbot(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_draft_writes_the_output_file(tmp_path: Path) -> None:
    article = tmp_path / "bridge.txt"
    article.write_text(BRIDGE_ARTICLE, encoding="utf-8")
    out = tmp_path / "bridge.yaml"
    result = quizbot("draft", article, "-o", out, "--questions", "12")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert "review" in result.stderr
    quiz = load_quiz(out)
    assert len(quiz.questions) == 12
    assert len({q.model_dump()["type"] for q in quiz.questions}) >= 4
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_draft_prints_to_stdout_and_validate_accepts_it(tmp_path: Path) -> None:
    article = tmp_path / "bridge.txt"
    article.write_text(BRIDGE_ARTICLE, encoding="utf-8")
    result = quizbot("draft", article)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# DRAFT quiz")
    saved = tmp_path / "bridge-draft.yaml"
    saved.write_text(result.stdout, encoding="utf-8")
    validated = quizbot("validate", saved)
    assert validated.returncode == 0, validated.stdout + validated.stderr


def test_draft_reports_unusable_input(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"\x00\xff\xfe")
    result = quizbot("draft", empty)
    assert result.returncode == 1
    assert "empty.txt" in result.stderr
    assert "Traceback" not in result.stderr
    missing = quizbot("draft", tmp_path / "nope.txt")
    assert missing.returncode == 1
    assert "cannot read" in missing.stderr
