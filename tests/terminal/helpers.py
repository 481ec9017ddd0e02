"""Helpers for the terminal tests: a private bot.yaml, database and question folder."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from bot.engine.loader import load_bank
from bot.engine.session import Session, SessionOptions

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
OWN_QUIZZES = HERE / "quizzes"
SHIPPED_SET = REPO / "quizzes" / "russia-burkina-faso.yaml"

# Answers to tests/terminal/quizzes/planets.yaml, by question id.
RIGHT = {"red-planet": "mars", "largest-planet": "b", "venus-spin": "true", "planet-count": "eight"}
WRONG = {"red-planet": "Venus", "largest-planet": "a", "venus-spin": "false", "planet-count": "9"}
ASK = {
    "red-planet": "Which planet is called the Red Planet?",
    "largest-planet": "Which planet is the largest in the Solar System?",
    "venus-spin": "Venus turns on its axis the opposite way to Earth.",
    "planet-count": "How many planets go round the Sun?",
}


@dataclass(frozen=True)
class QuizEnv:
    """A bot.yaml in a temporary folder, and a way to run `quizbot` against it."""

    root: Path
    config: Path
    database: Path
    quizzes: Path

    def command(self, *args: str) -> list[str]:
        command, *rest = args
        return [sys.executable, "-m", "bot", command, "--config", str(self.config), *rest]

    def run(
        self, *args: str, stdin: str = "", timeout: float = 20
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.command(*args),
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
            cwd=self.root,
            env=child_env(),
            check=False,
        )


def child_env() -> dict[str, str]:
    return {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONPATH": str(REPO)}


def make_env(root: Path, quizzes: Path = OWN_QUIZZES, quiz: str = "") -> QuizEnv:
    config = root / "bot.yaml"
    config.write_text(
        f"quizzes: {quizzes}\ndatabase: data/scores.db\nquiz:\n  guess_limit: 1\n{quiz}",
        encoding="utf-8",
    )
    return QuizEnv(root, config, root / "data" / "scores.db", quizzes)


def play_alice_right_bob_wrong(env: QuizEnv) -> None:
    """Two local players, one game each on seed 7: alice answers all 4 right, bob all wrong."""
    plan = planned_ids(7, 4)
    right = "\n".join(RIGHT[q] for q in plan) + "\n"
    wrong = "\n".join(WRONG[q] for q in plan) + "\n"
    assert env.run("play", "--seed", "7", "--name", "alice", stdin=right).returncode == 0
    assert env.run("play", "--seed", "7", "--name", "bob", stdin=wrong).returncode == 0


def planned_ids(
    seed: int, questions: int, quizzes: Path = OWN_QUIZZES, name: str = "planets"
) -> list[str]:
    """The question order `quizbot play --seed` must follow, from the engine itself."""
    quiz = load_bank(quizzes).sets[name]
    options = SessionOptions(
        sets=(quiz,), questions=questions, mode="solo", seed=seed, starter_id="local:x"
    )
    return [pick.question.id for pick in Session(options).plan]
