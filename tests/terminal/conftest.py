"""Fixtures for the terminal tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.terminal.helpers import QuizEnv, make_env


@pytest.fixture
def env(tmp_path: Path) -> QuizEnv:
    """A bot.yaml in tmp_path: the question set of tests/terminal/quizzes, a fresh database."""
    return make_env(tmp_path)
