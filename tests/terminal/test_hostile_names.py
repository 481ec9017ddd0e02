"""Names from any source are made safe before storage and display.

`quizbot play --name` with bytes that are not UTF-8, control and invisible
characters, or a very long name: the answers are stored, the name is shown
with the bad bytes replaced visibly, and `stats` and `review` find the player.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
from pathlib import Path

import pytest

from bot.engine.names import MAX_NAME_LENGTH, clean_name
from bot.store import SqliteStore
from bot.terminal.setup import local_player
from tests.terminal.helpers import QuizEnv, child_env

HOSTILE = [
    b"Jos\xe9",  # Latin-1, not UTF-8
    b"\xff\xfe\xfd",  # nothing decodable at all
    b"Ann\x1b[31mRed\x07",  # a terminal escape and a bell
    "Bob\u202eevil\u200b".encode(),  # a bidi override and a zero-width space
    b"Zed " + b"z" * 300,  # far too long
    b"\t\n\x1b ",  # nothing visible: the user name, as with no --name
]


def run_bytes(
    env: QuizEnv, args: list[bytes | str], stdin: str
) -> subprocess.CompletedProcess[str]:
    command: list[bytes | str] = [*env.command(str(args[0])), *args[1:]]
    return subprocess.run(
        command,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=30,
        cwd=env.root,
        env=child_env(),
        check=False,
    )


async def answered(database: Path, player_id: str) -> tuple[int, str | None]:
    store = await SqliteStore.open(database, migrate=False)
    try:
        stats = await store.player_stats("local", player_id)
        return stats.answered, stats.name
    finally:
        await store.close()


@pytest.mark.parametrize("raw", HOSTILE, ids=lambda raw: repr(raw)[:20])
def test_a_hostile_name_loses_no_answer(env: QuizEnv, raw: bytes) -> None:
    name = local_player(os.fsdecode(raw)).name  # a blank name falls back to the OS user
    done = run_bytes(env, ["play", "--seed", "1", "--questions", "2", "--name", raw], "mars\nb\n")
    assert done.returncode == 0, done.stderr
    assert done.stderr == "" and "Traceback" not in done.stdout
    assert f"playing as {name}" in done.stdout
    assert "\x1b" not in done.stdout and "\u202e" not in done.stdout
    count, stored_name = asyncio.run(answered(env.database, f"local:{name}"))
    assert (count, stored_name) == (2, name)

    stats = run_bytes(env, ["stats", "--name", raw], "")
    assert stats.returncode == 0, stats.stderr
    assert "2 guesses" in stats.stdout and name in stats.stdout
    review = run_bytes(env, ["review", "--name", raw], "")
    assert review.returncode == 0, review.stderr
    assert "Traceback" not in review.stderr


def test_clean_name_replaces_drops_and_caps() -> None:
    assert clean_name(os.fsdecode(b"Jos\xe9")) == "Jos\ufffd"
    assert clean_name("A\u202eB\u200bC\x1b[1m\x00") == "ABC[1m"
    assert clean_name("  two   words\n") == "two words"
    assert clean_name("\u200b\u200b") == "player"
    assert clean_name("e\u0301") == "\u00e9"  # one spelling per name: NFC
    assert len(clean_name("x" * 500)) == MAX_NAME_LENGTH
    assert clean_name("\ud800lone") == "\ufffdlone"
