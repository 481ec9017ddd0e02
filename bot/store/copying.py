"""`copy_database`: every row from one score database into another, either backend.

The target gets its schema first; the totals are not copied but rebuilt by the
target's own trigger as the answers arrive. Into a target that holds data the
copy refuses unless `merge`, which adds only rows the target lacks (by primary
key, or for answers and schedules by their whole content), so running it twice
copies nothing the second time. At the end every source row is looked up in the
target; a difference is a StoreError.
"""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import asyncpg

from bot.store import sql
from bot.store.migrate import apply_migrations
from bot.store.pg_schema import check_current, migrate
from bot.store.records import StoreError
from bot.store.sqlite import check_current as check_sqlite
from bot.store.url import DatabaseUrl


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    columns: tuple[str, ...]
    key: tuple[str, ...]  # what makes a row "the same row" when merging
    order: str
    chunk: int = 2000  # rows read at once: few for tables of large values
    # (parent table, this table's columns naming a parent row): when merging, a row
    # is copied only with its parent, never added to a parent the target had already.
    parent: tuple[str, tuple[str, ...]] | None = None


_ANSWER_COLUMNS = tuple(c.strip() for c in sql.ANSWER_COLUMNS.split(","))
_SCHEDULE = ("scope", "channel", "spec", "next_us", "announced_us", "enabled", "note")

# In the order they are written: rows others refer to come first.
TABLES: tuple[Table, ...] = (
    Table("players", ("player_id", "name", "seen_us"), ("player_id",), "player_id"),
    Table("sessions", (
        "session_id", "scope", "channel", "set_names", "started_us", "finished_us",
    ), ("session_id",), "started_us, session_id"),
    Table("session_questions", ("session_id", "set_name", "question_id"), (
        "session_id", "set_name", "question_id",
    ), "session_id, set_name, question_id"),
    Table("answers", _ANSWER_COLUMNS, _ANSWER_COLUMNS, "id"),
    Table("guild_settings", ("scope", "settings"), ("scope",), "scope"),
    Table("review_cards", (
        "scope", "player_id", "set_name", "question_id", "card", "due_us",
    ), ("scope", "player_id", "set_name", "question_id"), "scope, player_id, set_name"),
    # Ids kept: questions of the day refer to them.
    Table("schedules", ("schedule_id", *_SCHEDULE, "created_by", "created_us"), (
        "schedule_id",
    ), "schedule_id"),
    Table("qotd", (
        "qotd_id", "scope", "channel", "schedule_id", "set_name", "question_id", "day",
        "opened_us", "closes_us", "message_id", "closed",
    ), ("qotd_id",), "opened_us, qotd_id"),
    Table("qotd_answers", (
        "qotd_id", "player_id", "player_name", "answer", "correct", "points", "answered_us",
    ), ("qotd_id", "player_id"), "qotd_id, player_id"),
    Table("guild_sets", (
        "scope", "name", "content", "uploader", "uploaded_us", "version",
    ), ("scope", "name"), "scope, name", chunk=16),
    Table("guild_set_pictures", ("scope", "set_name", "file_name", "data"), (
        "scope", "set_name", "file_name",
    ), "scope, set_name, file_name", chunk=4, parent=("guild_sets", ("scope", "set_name"))),
    Table("guild_set_imports", ("scope", "name", "digest", "imported_us"), (
        "scope", "name", "digest",
    ), "scope, name, digest"),
)  # fmt: skip

Copied = dict[str, set[tuple[Any, ...]]]  # table -> keys of the rows this run added
Progress = Callable[[str, int, int], None]  # table, rows done, rows in all


class Raw:
    """Plain row access to one database, past the store: for copying only."""

    def __init__(self, url: DatabaseUrl) -> None:
        self.url = url
        self._lite: sqlite3.Connection | None = None
        self._pg: asyncpg.Connection[asyncpg.Record] | None = None

    async def open(self, *, create: bool) -> None:
        try:
            if self.url.path is not None:
                if not create and not self.url.path.is_file():
                    raise StoreError(f"{self.url.shown}: no such database file")
                self.url.path.parent.mkdir(parents=True, exist_ok=True)
                self._lite = sqlite3.connect(self.url.path, isolation_level=None)
                self._lite.execute("PRAGMA foreign_keys = ON")
            else:
                self._pg = await asyncpg.connect(self.url.text, timeout=10)
        except (OSError, sqlite3.Error, asyncpg.PostgresError) as error:
            raise StoreError(f"{self.url.shown}: cannot open: {error}") from error

    async def close(self) -> None:
        if self._lite is not None:
            self._lite.close()
        if self._pg is not None:
            await self._pg.close()

    async def fetch(self, query: str, *params: Any) -> list[tuple[Any, ...]]:
        if self._lite is not None:
            return self._lite.execute(query, params).fetchall()
        assert self._pg is not None
        return [tuple(row) for row in await self._pg.fetch(sql.numbered(query), *params)]

    async def schema(self, *, upgrade: bool) -> None:
        """Check (source) or create and upgrade (target) the schema."""
        if self._lite is not None:
            if upgrade:
                self._lite.execute("PRAGMA journal_mode = WAL")
                apply_migrations(self._lite)
            else:
                assert self.url.path is not None
                check_sqlite(self.url.path, self._lite)
            return
        assert self._pg is not None
        await (migrate(self._pg) if upgrade else check_current(self._pg))

    async def holds_data(self) -> bool:
        """Whether any table we copy exists here with rows in it."""
        for table in TABLES:
            if self._lite is not None:
                query = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
                exists = bool(self._lite.execute(query, (table.name,)).fetchall())
            else:
                assert self._pg is not None
                found = await self._pg.fetchval("SELECT to_regclass($1)", table.name)
                exists = found is not None
            if exists and await self.count(table):
                return True
        return False

    async def count(self, table: Table) -> int:
        return int((await self.fetch(f"SELECT COUNT(*) FROM {table.name}"))[0][0])

    async def chunks(self, table: Table) -> AsyncIterator[list[tuple[Any, ...]]]:
        query = f"SELECT {', '.join(table.columns)} FROM {table.name} ORDER BY {table.order}"
        if self._lite is not None:
            cursor = self._lite.execute(query)
            while rows := cursor.fetchmany(table.chunk):
                yield rows
            return
        assert self._pg is not None
        async with self._pg.transaction(readonly=True, isolation="repeatable_read"):
            rows_left = await self._pg.cursor(query)
            while records := await rows_left.fetch(table.chunk):
                yield [tuple(row) for row in records]

    async def keys(self, table: Table) -> set[tuple[Any, ...]]:
        return set(await self.fetch(f"SELECT {', '.join(table.key)} FROM {table.name}"))

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        if self._lite is not None:
            self._lite.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._lite.execute("ROLLBACK")
                raise
            self._lite.execute("COMMIT")
            return
        assert self._pg is not None
        async with self._pg.transaction():
            yield

    async def after_copy(self) -> None:
        """PostgreSQL hands out new schedule ids from a sequence: move it past the copied ones."""
        if self._pg is not None:
            await self._pg.execute(
                "SELECT setval(pg_get_serial_sequence('schedules', 'schedule_id'),"
                " COALESCE((SELECT MAX(schedule_id) FROM schedules), 0) + 1, false)"
            )

    async def insert(self, table: Table, rows: Sequence[tuple[Any, ...]]) -> None:
        marks = ", ".join("?" for _ in table.columns)
        query = f"INSERT INTO {table.name} ({', '.join(table.columns)}) VALUES ({marks})"
        if self._lite is not None:
            self._lite.executemany(query, rows)
        else:
            assert self._pg is not None
            await self._pg.executemany(sql.numbered(query), rows)


async def copy_database(
    source_url: DatabaseUrl, target_url: DatabaseUrl, *, merge: bool, progress: Progress
) -> dict[str, int]:
    """Copy; returns rows written per table. Raises StoreError, having changed
    nothing, when the target holds data and `merge` is off."""
    source, target = Raw(source_url), Raw(target_url)
    try:
        await source.open(create=False)
        await source.schema(upgrade=False)
        if source_url.text == target_url.text:
            raise StoreError("the source and the target are the same database")
        await target.open(create=True)
        if not merge and await target.holds_data():
            raise StoreError(
                f"{target_url.shown} already holds data; nothing was copied"
                " (add --merge to copy only what it lacks)"
            )
        await target.schema(upgrade=True)
        written: dict[str, int] = {}
        copied: Copied = {}
        for table in TABLES:
            written[table.name] = await _copy_table(source, target, table, progress, copied)
        await _verify(source, target, copied)
        await target.after_copy()
        return written
    except (sqlite3.Error, asyncpg.PostgresError, OSError) as error:
        raise StoreError(f"copy failed: {error}") from error
    finally:
        await source.close()
        await target.close()


async def _copy_table(
    source: Raw, target: Raw, table: Table, progress: Progress, copied: Copied
) -> int:
    total = await source.count(table)
    have = await target.keys(table)
    index = [table.columns.index(column) for column in table.key]
    done = 0
    added = copied.setdefault(table.name, set())
    progress(table.name, 0, total)
    async with target.transaction():
        async for rows in source.chunks(table):
            missing = [row for row in rows if tuple(row[i] for i in index) not in have]
            missing = [row for row in missing if _with_parent(table, table.columns, row, copied)]
            await target.insert(table, missing)
            keys = [tuple(row[i] for i in index) for row in missing]
            have.update(keys)
            added.update(keys)
            done += len(rows)
            progress(table.name, done, total)
    return len(added)


def _with_parent(
    table: Table, columns: tuple[str, ...], row: tuple[Any, ...], copied: Copied
) -> bool:
    """Whether the row's parent (if it has one) was copied in this run."""
    if table.parent is None:
        return True
    parent, naming = table.parent
    return tuple(row[columns.index(c)] for c in naming) in copied[parent]


async def _verify(source: Raw, target: Raw, copied: Copied) -> None:
    for table in TABLES:
        lacking = await source.keys(table) - await target.keys(table)
        # A merge leaves out what belongs to a parent row the target had already.
        lacking = {key for key in lacking if _with_parent(table, table.key, key, copied)}
        if lacking:
            raise StoreError(f"after copying, {len(lacking)} rows of {table.name} are missing")
