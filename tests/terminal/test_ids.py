"""Question ids where an author needs them: `sets --ids` and the terminal reveal."""

from __future__ import annotations

import subprocess
import sys

from tests.terminal.helpers import ASK, RIGHT, QuizEnv, child_env, planned_ids


def quizbot(env: QuizEnv, *args: str) -> subprocess.CompletedProcess[str]:
    """`quizbot` run in the folder of env's bot.yaml, which names its quizzes folder."""
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=env.root,
        env=child_env(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=30,
        check=False,
    )


def test_sets_ids_lists_every_question_with_its_type_and_ask(env: QuizEnv) -> None:
    done = quizbot(env, "sets", "--ids")
    assert done.returncode == 0, done.stderr
    rows = {line.split()[0]: line for line in done.stdout.splitlines() if line.startswith("  ")}
    assert set(rows) == set(ASK)
    assert "choice" in rows["largest-planet"] and ASK["largest-planet"] in rows["largest-planet"]
    assert "number" in rows["planet-count"]
    # An id read there is what `try` takes.
    tried = quizbot(env, "try", "planets", "planet-count", "eight")
    assert tried.returncode == 0 and "RIGHT" in tried.stdout


def test_without_ids_sets_stays_one_line_per_set(env: QuizEnv) -> None:
    done = quizbot(env, "sets")
    assert done.stdout.splitlines() == [
        "planets: Planets for testing - 4 questions (text 1, number 1, choice 1, truefalse 1)"
    ]


def test_the_reveal_shows_the_question_id(env: QuizEnv) -> None:
    (first,) = planned_ids(2, 1)
    done = env.run("play", "--seed", "2", "--questions", "1", stdin=RIGHT[first] + "\n")
    assert done.returncode == 0, done.stderr
    assert f"(question id: {first})" in done.stdout
