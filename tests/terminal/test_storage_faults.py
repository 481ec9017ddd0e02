"""Loud, safe failure: `quizbot` on a score database that cannot be written.

Real files, real faults: a read-only file, a read-only folder, a full disk (a
small tmpfs, when the tests run as root) and a file removed mid-game. Each time
the game stops with one line on stderr and exit status 3, shows no verdict that
is not stored, and the reading commands keep working where the file is readable.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.store import SqliteStore
from tests.terminal.helpers import QuizEnv, child_env, make_env

EXIT_STORE = 3
VERDICTS = ("✓ Right!", "✗ Not quite")
IS_ROOT = os.geteuid() == 0


def play(env: QuizEnv, answers: str = "mars\nb\n") -> subprocess.CompletedProcess[str]:
    return env.run("play", "--seed", "1", "--questions", "2", "--name", "kim", stdin=answers)


def verdicts(output: str) -> int:
    return sum(any(mark in line for mark in VERDICTS) for line in output.splitlines())


def stored_answers(database: Path) -> int:
    async def count() -> int:
        store = await SqliteStore.open(database, migrate=False)
        try:
            return (await store.player_stats("local", "local:kim")).answered
        finally:
            await store.close()

    return asyncio.run(count())


async def close_cleanly(database: Path) -> None:
    store = await SqliteStore.open(database)
    await store.close()


def assert_one_line_failure(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == EXIT_STORE, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("quizbot: ")
    assert "Traceback" not in done.stderr + done.stdout
    return lines[0]


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make `path` unwritable even for root (chattr +i), else by its mode bits."""
    if IS_ROOT:
        subprocess.run(["chattr", "+i", str(path)], check=True)
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        return
    mode = path.stat().st_mode
    path.chmod(mode & 0o555)
    try:
        yield
    finally:
        path.chmod(mode)


@pytest.fixture
def played(env: QuizEnv) -> QuizEnv:
    """A database holding one finished game (2 answers), closed cleanly."""
    done = play(env)
    assert done.returncode == 0, done.stderr
    assert stored_answers(env.database) == 2
    return env


def test_a_read_only_file_refuses_the_game_and_still_reads(played: QuizEnv) -> None:
    with read_only(played.database):
        done = play(played)
        line = assert_one_line_failure(done)
        assert "no quiz was started" in line and "readonly" in line
        assert verdicts(done.stdout) == 0
        for command in ("stats", "leaderboard"):
            read = played.run(command, *(["--name", "kim"] if command == "stats" else []))
            assert read.returncode == 0, read.stderr
            assert "kim" in read.stdout and read.stderr == ""
    assert stored_answers(played.database) == 2


def test_a_read_only_folder_refuses_the_game_and_still_reads(played: QuizEnv) -> None:
    asyncio.run(close_cleanly(played.database))
    # A clean close folds the write-ahead log in and removes it: the folder has the file alone.
    assert [p.name for p in played.database.parent.iterdir()] == [played.database.name]
    with read_only(played.database.parent):
        done = play(played)
        assert_one_line_failure(done)
        assert verdicts(done.stdout) == 0
        stats = played.run("stats", "--name", "kim")
        assert stats.returncode == 0, stats.stderr
        assert "0/2 right" in stats.stdout or "2 guesses" in stats.stdout
        board = played.run("leaderboard")
        assert board.returncode == 0 and "kim" in board.stdout, board.stderr
    assert stored_answers(played.database) == 2


def test_a_database_removed_mid_game_stops_it_before_the_next_verdict(env: QuizEnv) -> None:
    process = subprocess.Popen(
        env.command("play", "--seed", "1", "--questions", "2", "--name", "kim"),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        cwd=env.root,
        env=child_env(),
    )
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write("mars\n")
    process.stdin.flush()
    shown = []
    for line in process.stdout:
        shown.append(line)
        if any(mark in line for mark in VERDICTS):
            break
    for leftover in env.database.parent.glob(f"{env.database.name}*"):
        leftover.unlink()
    out, err = process.communicate("b\n", timeout=20)
    done = subprocess.CompletedProcess(process.args, process.returncode, "".join(shown) + out, err)
    line = assert_one_line_failure(done)
    assert "removed" in line
    assert verdicts(done.stdout) == 1  # the first answer's verdict, and nothing after it
    assert "Final standings" not in done.stdout


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if not IS_ROOT or shutil.which("mount") is None:
        pytest.skip("a full disk needs a small tmpfs, and mounting one needs root")
    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
        check=False,
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


def test_a_full_disk_stops_the_game_with_nothing_unsaved_shown(
    tmp_path: Path, small_disk: Path
) -> None:
    env = make_env(tmp_path, quiz="")
    env.config.write_text(
        env.config.read_text(encoding="utf-8").replace("data/scores.db", f"{small_disk}/s.db"),
        encoding="utf-8",
    )
    env = QuizEnv(env.root, env.config, small_disk / "s.db", env.quizzes)
    assert play(env).returncode == 0
    with (small_disk / "filler").open("wb", buffering=0) as filler, pytest.raises(OSError):
        while True:
            filler.write(b"\0" * 4096)
    done = env.run("play", "--seed", "2", "--questions", "4", "--name", "kim", stdin="mars\n" * 4)
    assert_one_line_failure(done)
    (small_disk / "filler").unlink()
    stored = stored_answers(env.database)
    assert stored >= 2 + verdicts(done.stdout)  # every verdict shown is stored
    assert stored < 2 + 4  # and the game did stop
