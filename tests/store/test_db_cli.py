"""`quizbot db upgrade/copy` and the database URL, through the real CLI process."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.store import SessionRecord, SqliteStore
from bot.store.opening import open_store
from bot.store.sets import SetUpload, StoredSet
from tests.store.backends import fresh_postgres
from tests.store.helpers import answer

NOW = datetime.now(UTC)
TEXT = b"title: Rivers\r\nquestions: []\r\n# \xc3\xa9\n"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64


def quizbot(*args: str, database: str | None = None, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "QUIZBOT_DATABASE_URL"}
    if database is not None:
        env["QUIZBOT_DATABASE_URL"] = database
    (cwd / "bot.yaml").write_text("database: data/default.db\n")
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
        check=False,
    )


async def played(path: Path) -> None:
    """A file as a few terminal games leave it: answers over several weeks, and more."""
    async with await SqliteStore.open(path) as store:
        for n in range(60):
            player = f"local:p{n % 7}"
            await store.record_answer(
                answer(
                    player,
                    name=f"Player {n % 7}",
                    scope="local",
                    session_id=f"s{n // 9}",
                    question_id=f"q{n % 4}",
                    correct=n % 3 != 0,
                    points=(n * 7) % 11 if n % 3 else 0,
                    at=NOW - timedelta(days=n // 2, minutes=n),
                )
            )
        await store.record_session(
            SessionRecord("s1", "local", "terminal", ("article",), NOW, NOW, (("article", "q1"),))
        )
        await store.set_guild_settings("g1", {"questions": 4})
        await store.put_card("local", "local:p1", "article", "q1", card_json="{}", due=NOW)
        for scope, name in (("g1", "rivers"), ("g1", "maps"), ("g2", "maps")):
            pictures = {"a.png": PNG, "b.png": PNG[::-1]} if name == "maps" else {}
            await store.save_set(
                SetUpload(scope, name, TEXT + scope.encode(), "7", NOW, pictures),
                replace=False,
                max_sets=5,
            )
        await store.import_sets([SetUpload("g3", "old", TEXT, "", NOW)], NOW)


async def uploaded(database: str) -> list[StoredSet]:
    """Every uploaded set, in full, as the store gives it."""
    store = await open_store(database)
    try:
        versions = await store.set_versions()
        return [s for v in versions if (s := await store.get_set(v.scope, v.name)) is not None]
    finally:
        await store.close()


def boards(database: str, cwd: Path) -> list[str]:
    shown = []
    for period in ("all", "week", "month"):
        done = quizbot("leaderboard", "--period", period, database=database, cwd=cwd)
        assert done.returncode == 0, done.stderr
        shown.append(done.stdout)
    return shown


async def test_copy_there_and_back_keeps_every_board_byte_for_byte(tmp_path: Path) -> None:
    source = tmp_path / "played.db"
    await played(source)
    before = boards(str(source), tmp_path)
    assert "Player" in before[0]
    sets = await uploaded(str(source))
    assert len(sets) == 4 and sum(len(s.pictures) for s in sets) == 4
    async with fresh_postgres() as pg:
        there = quizbot("db", "copy", "--from", str(source), "--to", pg, cwd=tmp_path)
        assert there.returncode == 0, there.stderr
        assert "answers" in there.stderr and "60/60" in there.stderr  # the progress
        assert "7 players" in there.stdout and "60 answers" in there.stdout
        assert "4 guild_sets, 4 guild_set_pictures, 1 guild_set_imports" in there.stdout
        assert boards(pg, tmp_path) == before
        assert await uploaded(pg) == sets, "byte for byte, with who, when and which version"

        again = quizbot("db", "copy", "--from", str(source), "--to", pg, cwd=tmp_path)
        assert again.returncode == 1
        assert "already holds data; nothing was copied" in again.stderr
        assert len(again.stderr.strip().splitlines()) == 1
        merged = quizbot("db", "copy", "--merge", "--from", str(source), "--to", pg, cwd=tmp_path)
        assert merged.returncode == 0, merged.stderr
        assert "Copied nothing new" in merged.stdout
        assert boards(pg, tmp_path) == before
        assert await uploaded(pg) == sets

        back = tmp_path / "back" / "copy.db"
        home = quizbot("db", "copy", "--from", pg, "--to", f"sqlite:///{back}", cwd=tmp_path)
        assert home.returncode == 0, home.stderr
        assert boards(str(back), tmp_path) == before
        assert await uploaded(str(back)) == sets


async def test_merge_adds_only_what_is_missing(tmp_path: Path) -> None:
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    await played(first)
    own = SetUpload("g2", "maps", b"the target's own", "9", NOW, {"c.png": PNG})
    async with await SqliteStore.open(second) as store:
        await store.record_answer(answer("local:new", scope="local", at=NOW))
        await store.save_set(own, replace=False, max_sets=5)
    done = quizbot("db", "copy", "--merge", "--from", str(first), "--to", str(second), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    async with await SqliteStore.open(second) as store:
        board = await store.leaderboard("local", "all", NOW, limit=20)
    assert len(board) == 8 and "local:new" in {row.player_id for row in board}
    # A set the target had keeps its own content and pictures; the others come over.
    merged = {(s.scope, s.name): s for s in await uploaded(str(second))}
    assert sorted(merged) == [("g1", "maps"), ("g1", "rivers"), ("g2", "maps"), ("g3", "old")]
    kept = merged["g2", "maps"]
    assert (kept.content, kept.pictures) == (own.content, {"c.png": PNG})
    assert merged["g1", "maps"].pictures == {"a.png": PNG, "b.png": PNG[::-1]}
    assert "3 guild_sets, 2 guild_set_pictures" in done.stdout


def test_bad_urls_and_servers_are_one_line_without_the_password(tmp_path: Path) -> None:
    for database in (
        "mysql://root@localhost/x",
        "postgresql://quiz:hunter2-pw@127.0.0.1:1/scores",
        "postgresql://quiz:hunter2-pw@127.0.0.1:port/scores",
        "sqlite://relative.db",
    ):
        done = quizbot("leaderboard", database=database, cwd=tmp_path)
        assert done.returncode != 0, database
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert "hunter2-pw" not in done.stderr + done.stdout
        assert "Traceback" not in done.stderr


def test_upgrade_then_a_read_only_file_still_serves_reading_commands(tmp_path: Path) -> None:
    database = tmp_path / "scores.db"
    done = quizbot("db", "upgrade", database=f"sqlite:///{database}", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "schema is up to date" in done.stdout
    before = database.stat().st_mtime_ns
    database.chmod(0o444)
    board = quizbot("leaderboard", database=str(database), cwd=tmp_path)
    stats = quizbot("stats", "--name", "nobody", database=str(database), cwd=tmp_path)
    assert board.returncode == 0 and stats.returncode == 0, board.stderr + stats.stderr
    assert database.stat().st_mtime_ns == before
