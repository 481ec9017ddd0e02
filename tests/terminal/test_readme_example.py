"""The README's piped example, run as printed: it must answer what it is asked."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

from tests.terminal.helpers import REPO, child_env

# A shell line in a README code block: printf '...' | quizbot play ...
PIPED = re.compile(r"^printf '(?P<input>[^']*)' \| quizbot play(?P<args>.*)$", re.MULTILINE)


def readme_examples() -> list[re.Match[str]]:
    return list(PIPED.finditer((REPO / "README.md").read_text("utf-8")))


def test_the_readme_pipe_example_scores_every_answer(tmp_path: Path) -> None:
    examples = readme_examples()
    assert examples, "README.md lost its piped `quizbot play` example"
    # The shipped quizzes, with a private database (a bot.yaml in the current folder wins).
    (tmp_path / "bot.yaml").write_text(
        f"quizzes: {REPO / 'quizzes'}\ndatabase: scores.db\n", "utf-8"
    )
    for example in examples:
        answers = example["input"].split("\\n")
        answers = [line for line in answers if line]
        command = f"printf '{example['input']}' | {shlex.quote(sys.executable)} -m bot play"
        done = subprocess.run(
            command + example["args"],
            shell=True,
            cwd=tmp_path,
            env=child_env(),
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        standings = done.stdout.split("Final standings")[-1]
        count = len(answers)
        assert f"{count}/{count} right" in standings, done.stdout
        assert done.stdout.count("Right!") == count
