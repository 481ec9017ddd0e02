"""Schema migrations: from an empty file and from every earlier version."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.store import LATEST_VERSION, SqliteStore, StoreError, apply_migrations, schema_version
from bot.store.migrate import MIGRATIONS, Migration
from tests.store.helpers import T0, answer

CURRENT_TABLES = {
    "players",
    "answers",
    "player_totals",
    "sessions",
    "session_questions",
    "guild_settings",
    "review_cards",
    "schedules",
    "qotd",
    "qotd_answers",
    "guild_sets",
    "guild_set_pictures",
    "guild_set_imports",
}


def tables(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {row[0] for row in rows}


def old_database(db: Path, version: int) -> None:
    """A file as quizbot at schema `version` left it, with data written the way it wrote."""
    conn = sqlite3.connect(db, isolation_level=None)
    assert apply_migrations(conn, upto=version) == version
    with conn:
        conn.execute("BEGIN")
        conn.execute("INSERT INTO players VALUES ('old-1', 'Veteran', 1000)")
        conn.execute(
            "INSERT INTO answers (player_id, scope, channel, session_id, set_name, question_id,"
            " tags, correct, points, response_time, hints_used, answered_us)"
            " VALUES ('old-1', 'guild-1', 'c', 's0', 'article', 'q9', '[\"dates\"]', 1, 42,"
            " 1.0, 0, 1741176000000000)"
        )
        if version < 5:  # from version 5 on, a trigger keeps the totals
            conn.execute("INSERT INTO player_totals VALUES ('guild-1', 'old-1', 42, 1, 1)")
        conn.execute("INSERT INTO sessions VALUES ('s0', 'guild-1', 'c', '[\"article\"]', 1, 2)")
        conn.execute("INSERT INTO session_questions VALUES ('s0', 'article', 'q9')")
        if version >= 2:
            conn.execute("INSERT INTO guild_settings VALUES ('guild-1', '{\"questions\": 5}')")
    conn.close()


async def test_empty_file_gets_current_schema(db_path: Path) -> None:
    async with await SqliteStore.open(db_path) as store:
        assert await store.leaderboard("guild-1", "all", T0) == []
    assert tables(db_path) >= CURRENT_TABLES
    with sqlite3.connect(db_path) as conn:
        assert schema_version(conn) == LATEST_VERSION == 6
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


@pytest.mark.parametrize("version", range(1, LATEST_VERSION))
async def test_every_earlier_version_upgrades_and_keeps_data(db_path: Path, version: int) -> None:
    db_path.parent.mkdir(parents=True)
    old_database(db_path, version)
    assert ("schedules" in tables(db_path)) == (version >= 4)
    assert ("review_cards" in tables(db_path)) == (version >= 3)
    async with await SqliteStore.open(db_path) as store:
        board = await store.leaderboard("guild-1", "all", T0)
        assert [(r.player_id, r.name, r.points) for r in board] == [("old-1", "Veteran", 42)]
        # Answers stored before the period totals existed count on every board.
        for period in ("week", "month"):
            rows = await store.leaderboard("guild-1", period, T0)
            assert [(r.player_id, r.points, r.correct, r.answered) for r in rows] == [
                ("old-1", 42, 1, 1)
            ]
        assert (await store.player_stats("guild-1", "old-1")).per_tag["dates"].correct == 1
        assert await store.recent_questions("guild-1", "c") == {("article", "q9")}
        expected_settings = {"questions": 5} if version >= 2 else {}
        assert await store.get_guild_settings("guild-1") == expected_settings
        # The tables added after `version` work.
        await store.put_card("guild-1", "old-1", "article", "q9", card_json="{}", due=T0)
        assert await store.get_card("guild-1", "old-1", "article", "q9") == "{}"
        await store.record_answer(answer("old-1", name="Veteran", points=1))
        assert (await store.leaderboard("guild-1", "all", T0))[0].points == 43
        assert await store.schedules() == [] and await store.qotds() == []
        assert await store.set_versions() == []
    with sqlite3.connect(db_path) as conn:
        assert schema_version(conn) == LATEST_VERSION
    assert tables(db_path) >= CURRENT_TABLES


async def test_reopening_a_current_file_changes_nothing(db_path: Path) -> None:
    async with await SqliteStore.open(db_path) as store:
        await store.record_answer(answer())
    async with await SqliteStore.open(db_path) as store:
        assert (await store.player_stats("guild-1", "p1")).answered == 1


async def test_newer_schema_is_refused_with_a_clear_error(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    with pytest.raises(StoreError, match="newer than this quizbot"):
        await SqliteStore.open(db_path)


def test_failed_migration_leaves_the_last_good_version(tmp_path: Path) -> None:
    broken = (*MIGRATIONS[:1], Migration(2, "0002_broken.sql", "CREATE TABLE x (a);\nNOPE;"))
    conn = sqlite3.connect(tmp_path / "b.db", isolation_level=None)
    with pytest.raises(StoreError, match=r"0002_broken\.sql"):
        apply_migrations(conn, broken)
    assert schema_version(conn) == 1
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "x" not in names and "answers" in names
    conn.close()


async def test_not_a_database_gives_a_store_error(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match=r"scores\.db"):
        await SqliteStore.open(db_path)


async def test_unusable_path_gives_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="cannot create the score database in"):
        await SqliteStore.open(blocker / "scores.db")
    with pytest.raises(StoreError, match="cannot open"):
        await SqliteStore.open(tmp_path)  # a directory, not a file
