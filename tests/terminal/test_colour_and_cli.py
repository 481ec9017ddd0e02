"""CLI polish, through real processes: colour only on a terminal, --version, exit
statuses in --help, and stats/leaderboard as JSON or CSV."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pexpect

from tests.terminal.helpers import RIGHT, WRONG, QuizEnv, child_env, planned_ids

SEED = 4
GREEN, RED = "\x1b[32m", "\x1b[31m"


def spawn_play(env: QuizEnv, extra_env: dict[str, str]) -> str:
    """Play two questions in a pseudo-terminal, the first right, the second wrong."""
    first, second = planned_ids(SEED, 2)
    command = env.command("play", "--seed", str(SEED), "--questions", "2", "--name", "tty")
    child = pexpect.spawn(
        command[0],
        command[1:],
        cwd=str(env.root),
        env={**child_env(), "TERM": "xterm", **extra_env},
        encoding="utf-8",
        timeout=15,
        dimensions=(40, 120),
    )
    seen = io.StringIO()
    child.logfile_read = seen
    try:
        child.expect("seconds to answer")
        child.sendline(RIGHT[first])
        child.expect("Question 2/2")
        child.expect("seconds to answer")
        child.sendline(WRONG[second])
        child.expect("Final standings")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    return seen.getvalue()


def test_verdicts_are_coloured_in_a_terminal(env: QuizEnv) -> None:
    shown = spawn_play(env, {})
    assert f"{GREEN}✓ Right!" in shown
    assert f"{RED}✗ Not quite" in shown or f"{RED}> " in shown


def test_colour_off_with_no_color(env: QuizEnv) -> None:
    assert "\x1b[" not in spawn_play(env, {"NO_COLOR": "1"})


def test_colour_off_in_a_pipe(env: QuizEnv) -> None:
    first, second = planned_ids(SEED, 2)
    done = env.run(
        "play", "--seed", str(SEED), "--questions", "2", stdin=f"{RIGHT[first]}\n{WRONG[second]}\n"
    )
    assert done.returncode == 0, done.stderr
    assert "✓ Right!" in done.stdout and "\x1b[" not in done.stdout


def quizbot(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd, env=child_env(), capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip


def test_version_and_documented_exit_statuses() -> None:
    version = quizbot("--version")
    assert version.returncode == 0 and version.stdout.startswith("quizbot ")
    top = quizbot("--help").stdout
    assert "exit status:" in top and "130" in top
    tried = quizbot("try", "--help").stdout
    assert "0 when the answer is judged right, 1 when it is wrong" in " ".join(tried.split())
    for command in ("play", "review", "stats", "leaderboard", "validate", "sets", "try",
                    "convert", "draft", "run", "forget"):  # fmt: skip
        shown = quizbot(command, "--help").stdout
        usage_end = shown.index("\n\n") + 2
        # A description paragraph sits between the usage and the options.
        assert not shown[usage_end:].startswith(("positional", "options")), command


def test_stats_and_leaderboard_as_json_and_csv(env: QuizEnv) -> None:
    first, second = planned_ids(SEED, 2)
    lines = f"{RIGHT[first]}\n{WRONG[second]}\n"
    played = env.run("play", "--seed", str(SEED), "--questions", "2", "--name", "ann", stdin=lines)
    assert played.returncode == 0, played.stderr

    data = json.loads(env.run("stats", "--name", "ann", "--format", "json").stdout)
    assert (data["answered"], data["correct"], data["guesses"]) == (2, 1, 2)
    assert data["per_set"]["planets"] == {"answered": 2, "correct": 1, "accuracy": 0.5}
    rows = list(
        csv.DictReader(io.StringIO(env.run("stats", "--name", "ann", "--format", "csv").stdout))
    )
    assert rows[0] == {
        "kind": "total",
        "label": "",
        "answered": "2",
        "correct": "1",
        "accuracy": "0.5",
    }

    board = json.loads(env.run("leaderboard", "--format", "json").stdout)
    assert [(r["name"], r["correct"], r["answered"]) for r in board] == [("ann", 1, 2)]
    table = env.run("leaderboard", "--format", "csv").stdout.splitlines()
    assert table[0] == "rank,player_id,name,points,correct,answered"
    assert table[1].startswith("1,local:ann,ann,")
