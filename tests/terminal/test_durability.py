"""Stored, then shown: `quizbot play` SIGKILLed right after a verdict loses none shown.

Each run pipes answers into a real `quizbot play` process, reads its output,
and kills it with SIGKILL the moment the k-th verdict line arrives. Every
verdict the player saw must then be in the database. The runs go in parallel.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.store import SqliteStore
from tests.terminal.helpers import child_env, make_env, planned_ids

QUESTIONS = 10
SEEDS = (1, 2, 3, 4)
KILL_AFTER = (1, 2, 3, 4, 5, 6, 7, 8)  # x SEEDS = 32 kills
WORKERS = 6
VERDICTS = ("✓ Right!", "✗ Not quite")


def write_quiz(folder: Path) -> None:
    folder.mkdir(parents=True)
    lines = ["title: Counting words", "questions:"]
    for number in range(1, QUESTIONS + 1):
        lines += [
            f"  - id: w{number}",
            f"    ask: Type the word number {number}.",
            f"    answer: word{number}",
        ]
    (folder / "counting.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


@dataclass(frozen=True)
class Killed:
    shown: int  # verdict lines read before the kill
    stored: int  # answers in the database afterwards
    returncode: int


def play_and_kill(root: Path, seed: int, kill_after: int) -> Killed:
    quizzes = root / "quizzes"
    write_quiz(quizzes)
    env = make_env(root, quizzes, quiz="  time_limit: 120\n")
    plan = planned_ids(seed, QUESTIONS, quizzes, "counting")
    # Right and wrong answers in turn: both kinds of verdict are shown and stored.
    answers = [f"word{q[1:]}" if i % 2 == 0 else "nope" for i, q in enumerate(plan)]
    command = env.command("play", "counting", "--seed", str(seed), "--name", "kim")
    command += ["--questions", str(QUESTIONS)]
    process = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        cwd=root,
        env=child_env(),
    )
    assert process.stdin is not None and process.stdout is not None
    # Keep stdin open: its end would stop the quiz before the kill.
    process.stdin.write(("\n".join(answers) + "\n").encode())
    process.stdin.flush()
    shown = 0
    try:
        for raw in process.stdout:
            if any(mark in raw.decode("utf-8", "replace") for mark in VERDICTS):
                shown += 1
                if shown == kill_after:
                    os.kill(process.pid, signal.SIGKILL)
                    break
    finally:
        process.kill()
        returncode = process.wait(timeout=20)
        process.stdout.close()
        process.stdin.close()
    return Killed(shown, asyncio.run(answered(env.database)), returncode)


async def answered(database: Path) -> int:
    store = await SqliteStore.open(database)
    try:
        return (await store.player_stats("local", "local:kim")).answered
    finally:
        await store.close()


def test_every_verdict_shown_before_a_sigkill_is_stored(tmp_path: Path) -> None:
    runs = [(seed, k) for seed in SEEDS for k in KILL_AFTER]
    assert len(runs) >= 30
    with ThreadPoolExecutor(WORKERS) as pool:
        futures = {
            (seed, k): pool.submit(play_and_kill, tmp_path / f"s{seed}k{k}", seed, k)
            for seed, k in runs
        }
        results = {key: future.result(timeout=120) for key, future in futures.items()}
    for (seed, k), killed in results.items():
        assert killed.shown == k, f"seed {seed}: the game ended after {killed.shown} verdicts"
        assert killed.returncode == -signal.SIGKILL
        assert killed.stored >= killed.shown, (
            f"seed {seed}, killed after verdict {k}: only {killed.stored} answers stored"
        )


@pytest.mark.parametrize("seed", [7])
def test_the_kill_harness_sees_a_full_game(tmp_path: Path, seed: int) -> None:
    """Without a kill the same harness sees every verdict, all of them stored."""
    killed = play_and_kill(tmp_path, seed, kill_after=QUESTIONS + 1)
    assert killed.shown == QUESTIONS
    assert killed.stored == QUESTIONS
