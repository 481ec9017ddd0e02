"""Real processes against a real file: SIGKILL mid-stream, several writers at once."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from bot.store import SqliteStore
from tests.store.helpers import T0
from tests.store.opener import open_when_ready

ROOT = Path(__file__).resolve().parents[2]


def start_writer(db: Path, player: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.store.writer", str(db), player, str(count)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def parse_reports(text: str) -> list[tuple[str, int, int]]:
    """Complete lines only: a line cut short by the kill was never fully reported."""
    reports = []
    for line in text.splitlines(keepends=True):
        if line.endswith("\n"):
            player, seq, row_id = line.split()
            reports.append((player, int(seq), int(row_id)))
    return reports


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


async def test_sigkill_mid_stream_loses_no_returned_answer(db_path: Path) -> None:
    writer = start_writer(db_path, "killed", 1_000_000)
    assert writer.stdout is not None
    seen = [writer.stdout.readline() for _ in range(300)]
    os.kill(writer.pid, signal.SIGKILL)
    # read(), not communicate(): lines already buffered by readline() must count too.
    rest = writer.stdout.read()
    assert writer.wait(timeout=10) == -signal.SIGKILL
    writer.stdout.close()
    assert writer.stderr is not None
    writer.stderr.close()
    reports = parse_reports("".join(seen) + rest)
    assert len(reports) >= 300
    assert integrity(db_path) == "ok"
    with sqlite3.connect(db_path) as conn:
        stored = dict(conn.execute("SELECT id, question_id FROM answers").fetchall())
        totals = conn.execute(
            "SELECT answered FROM player_totals WHERE player_id = 'killed'"
        ).fetchone()
    for _, seq, row_id in reports:
        assert stored.get(row_id) == f"q{seq}", f"answer {seq} (row {row_id}) was lost"
    # At most the one write in flight when the kill landed may also have committed.
    assert len(reports) <= len(stored) <= len(reports) + 1
    assert totals[0] == len(stored)
    # And the file opens normally afterwards, every answer counted.
    async with await SqliteStore.open(db_path) as store:
        assert (await store.player_stats("guild-1", "killed")).answered == len(stored)


async def test_concurrent_writer_processes_do_not_corrupt(db_path: Path) -> None:
    per_writer = 150
    players = ["w1", "w2", "w3"]
    # All three open the fresh file at once, so they also race on the migrations.
    writers = [start_writer(db_path, player, per_writer) for player in players]
    for writer in writers:
        out, err = writer.communicate(timeout=60)
        assert writer.returncode == 0, err
        assert len(parse_reports(out)) == per_writer
    assert integrity(db_path) == "ok"
    expected_points = sum(seq % 7 for seq in range(per_writer))
    expected_correct = sum(1 for seq in range(per_writer) if seq % 3 != 0)
    async with await SqliteStore.open(db_path) as store:
        for player in players:
            stats = await store.player_stats("guild-1", player)
            assert (stats.answered, stats.correct, stats.points) == (
                per_writer,
                expected_correct,
                expected_points,
            )
        board = await store.leaderboard("guild-1", "all", now=T0)
    assert sorted(row.player_id for row in board) == players
    assert {row.points for row in board} == {expected_points}
    assert [row.rank for row in board] == [1, 1, 1]


def test_processes_starting_together_on_a_new_file_all_open_it(tmp_path: Path) -> None:
    # Bot processes (shards) started together create the database together; SQLite
    # refuses the switch to WAL at once while another holds a lock, so each must wait.
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager, context.Pool(_STARTING) as pool:
        for trial in range(_TRIALS):
            ready = manager.Barrier(_STARTING)
            path = str(tmp_path / f"trial{trial}.db")
            results = pool.starmap(open_when_ready, [(path, ready)] * _STARTING)
            assert results == ["ok"] * _STARTING
            assert integrity(Path(path)) == "ok"


_STARTING = 4
_TRIALS = 12
