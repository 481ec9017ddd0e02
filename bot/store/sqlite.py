"""The default score store: one SQLite file in WAL mode, one connection, one thread.

Durability: every write is its own `BEGIN IMMEDIATE ... COMMIT`, so once a
method returns the answer is in the WAL file. We run `synchronous=NORMAL`: in
WAL mode that fsyncs only at checkpoints, never skips writing the WAL itself,
and so a killed *process* (SIGKILL, crash, OOM) loses nothing that was
committed - the data is in the OS page cache and reaches the disk anyway. Only
a power cut or kernel crash can drop the last few commits, never corrupt the
file; FULL would cost an fsync per answer for that case alone.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import sqlite3
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime
from pathlib import Path
from typing import Any, Self, TypeVar

from bot.store import calendar_sqlite, sets_sqlite, sql, stats
from bot.store.announce import Listener, LocalBoard
from bot.store.calendar import QotdAnswerRecord, QotdRecord, ScheduleRecord
from bot.store.common import (
    AnswerRow,
    answer_row,
    check_card,
    check_limit,
    json_list,
    ranked,
    settings_from_json,
    settings_to_json,
)
from bot.store.migrate import LATEST_VERSION, apply_migrations, schema_version
from bot.store.records import (
    AnswerRecord,
    DueCard,
    Forgotten,
    LeaderboardRow,
    Period,
    PlayerStats,
    QuestionStats,
    SessionRecord,
    StoreError,
    from_micros,
    period_start,
    to_micros,
)
from bot.store.sets_sqlite import SqliteSets

logger = logging.getLogger(__name__)

_RECENT_QUESTIONS = """
SELECT q.set_name, q.question_id FROM session_questions AS q
WHERE q.session_id IN (
    SELECT session_id FROM sessions WHERE scope = ? AND channel = ?
    ORDER BY started_us DESC, rowid DESC LIMIT ?
)
"""


T = TypeVar("T")
Work = Callable[[sqlite3.Connection], T]


class SqliteStore(SqliteSets):
    """`Store` on a SQLite file. Open it with `await SqliteStore.open(path)`.

    Every statement runs on one private thread that owns the connection, so a
    slow disk or another process's write lock never stalls the event loop, and
    writes reach the file in the order they were awaited.
    """

    def __init__(
        self, path: Path, executor: ThreadPoolExecutor, conn: sqlite3.Connection, writer: bool
    ) -> None:
        self.path = path
        self._executor = executor
        self._conn = conn
        self._writer = writer
        # Which file we opened: a write into a file since removed or replaced would be lost.
        self._identity = _identity(path) if writer else None
        self._closed = False
        self._listeners: list[Listener] = []

    @classmethod
    async def open(
        cls, path: str | Path, *, busy_timeout: float = 5.0, migrate: bool = True
    ) -> Self:
        """Open the file on the store's own thread: creating and migrating it if
        needed, or (`migrate=False`, for reading commands) read-only, as it is."""
        where = Path(path)
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="quizbot-sqlite")
        loop = asyncio.get_running_loop()
        connect = _connect if migrate else _connect_reader
        try:
            conn = await loop.run_in_executor(executor, connect, where, busy_timeout)
        except BaseException:
            executor.shutdown(wait=False)
            raise
        return cls(where, executor, conn, migrate)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    # -- answers --------------------------------------------------------------

    async def record_answer(self, record: AnswerRecord) -> int:
        row = answer_row(record)
        return await self._write(lambda conn: _insert_answer(conn, record, row))

    async def record_answers(self, records: Sequence[AnswerRecord]) -> int:
        rows = [answer_row(record) for record in records]
        # One name per player, from their latest answer here; the totals trigger
        # counts each answer as it is inserted.
        latest: dict[str, tuple[str, str, int]] = {}
        for record, row in zip(records, rows, strict=True):
            known = latest.get(record.player_id)
            if known is None or row[-1] >= known[2]:
                latest[record.player_id] = (record.player_id, record.player_name, row[-1])
        players = list(latest.values())

        def write(conn: sqlite3.Connection) -> int:
            conn.executemany(sql.UPSERT_PLAYER, players)
            conn.executemany(sql.INSERT_ANSWER, rows)
            return len(rows)

        return await self._write(write)

    async def reset_scores(self, scope: str) -> int:
        def write(conn: sqlite3.Connection) -> int:
            counts = [
                conn.execute(f"DELETE FROM {table} WHERE scope = ?", (scope,)).rowcount
                for table in sql.SCORE_TABLES
            ]
            return int(counts[0])

        deleted = await self._write(write)
        logger.info("reset scores in scope %s: %d answers deleted", scope, deleted)
        return deleted

    async def forget_player(self, player_id: str, scope: str | None = None) -> Forgotten:
        """Delete the player's answers, totals and review cards in `scope` (every
        scope when None), and their name once no answer of theirs is left."""
        where, key = sql.player_filter(player_id, scope)

        def write(conn: sqlite3.Connection) -> tuple[int, int]:
            answers, _, _ = [
                conn.execute(f"DELETE FROM {table} WHERE {where}", key).rowcount
                for table in sql.SCORE_TABLES
            ]
            cards = conn.execute(f"DELETE FROM review_cards WHERE {where}", key).rowcount
            conn.execute(calendar_sqlite.forget_qotd_answers(scope), key)
            conn.execute(sets_sqlite.forget_uploader(scope), key)
            conn.execute(sql.FORGET_NAME, (player_id, player_id))
            return answers, cards

        answers, cards = await self._write(write)
        logger.info("forgot player in scope %s: %d answers, %d cards", scope, answers, cards)
        return Forgotten(answers=int(answers), review_cards=int(cards))

    # -- sessions -------------------------------------------------------------

    async def record_session(self, session: SessionRecord) -> None:
        finished = None if session.finished_at is None else to_micros(session.finished_at)
        row = (
            session.session_id,
            session.scope,
            session.channel,
            json_list(session.set_names),
            to_micros(session.started_at),
            finished,
        )
        keys = [(session.session_id, s, q) for s, q in session.questions]

        def write(conn: sqlite3.Connection) -> None:
            conn.execute(sql.UPSERT_SESSION, row)
            conn.executemany(sql.INSERT_SESSION_QUESTION, keys)

        await self._write(write)

    async def recent_questions(
        self, scope: str, channel: str, sessions: int = 3
    ) -> set[tuple[str, str]]:
        rows = await self._query(_RECENT_QUESTIONS, (scope, channel, max(sessions, 0)))
        return {(str(s), str(q)) for s, q in rows}

    # -- queries --------------------------------------------------------------

    async def leaderboard(
        self, scope: str, period: Period, now: datetime, limit: int = 10
    ) -> list[LeaderboardRow]:
        check_limit(limit)
        start = period_start(period, now)
        if start is None:
            rows = await self._query(sql.ALL_TIME_BOARD, (scope, limit))
        else:
            rows = await self._query(sql.PERIOD_BOARD, (scope, period, to_micros(start), limit))
        return ranked(rows)

    async def player_stats(self, scope: str, player_id: str, weakest: int = 5) -> PlayerStats:
        check_limit(weakest, allow_zero=True)
        return await self._read(lambda conn: stats.player_stats(conn, scope, player_id, weakest))

    async def question_stats(
        self, set_name: str | None = None, limit: int = 20, scope: str | None = None
    ) -> list[QuestionStats]:
        check_limit(limit)
        return await self._read(lambda conn: stats.question_stats(conn, set_name, limit, scope))

    # -- guild settings -------------------------------------------------------

    async def get_guild_settings(self, scope: str) -> dict[str, Any]:
        rows = await self._query(sql.GUILD_SETTINGS, (scope,))
        return settings_from_json(rows[0][0]) if rows else {}

    async def set_guild_settings(self, scope: str, settings: Mapping[str, Any]) -> None:
        text = settings_to_json(scope, settings)

        def write(conn: sqlite3.Connection) -> None:
            if text is not None:
                conn.execute(sql.PUT_GUILD_SETTINGS, (scope, text))
            else:
                conn.execute(sql.DELETE_GUILD_SETTINGS, (scope,))

        await self._write(write)

    # -- review cards ---------------------------------------------------------

    async def get_card(
        self, scope: str, player_id: str, set_name: str, question_id: str
    ) -> str | None:
        rows = await self._query(sql.GET_CARD, (scope, player_id, set_name, question_id))
        return str(rows[0][0]) if rows else None

    async def put_card(
        self,
        scope: str,
        player_id: str,
        set_name: str,
        question_id: str,
        *,
        card_json: str,
        due: datetime,
    ) -> None:
        check_card(set_name, question_id, card_json)
        row = (scope, player_id, set_name, question_id, card_json, to_micros(due))
        await self._write(lambda conn: conn.execute(sql.PUT_CARD, row))

    async def due_cards(
        self, scope: str, player_id: str, now: datetime, limit: int = 20
    ) -> list[DueCard]:
        check_limit(limit)
        rows = await self._query(sql.DUE_CARDS, (scope, player_id, to_micros(now), limit))
        return [DueCard(scope, player_id, s, q, card, from_micros(due)) for s, q, card, due in rows]

    # -- schedules and questions of the day -----------------------------------

    async def add_schedule(self, record: ScheduleRecord, limit: int) -> int:
        """Store a new schedule; ScheduleError if the scope already has `limit`."""
        return await self._write(lambda conn: calendar_sqlite.add_schedule(conn, record, limit))

    async def schedules(self, scope: str | None = None) -> list[ScheduleRecord]:
        """The scope's schedules (every scope's when None), oldest first."""
        return await self._read(lambda conn: calendar_sqlite.schedules(conn, scope))

    async def advance_schedule(
        self,
        schedule_id: int,
        expected_next: datetime | None,
        next_at: datetime | None,
        announced_at: datetime | None,
    ) -> bool:
        """Store the next plan if the stored one is still `expected_next`; False if not
        (removed, disabled, or already moved on), so a run is never started twice."""
        return await self._write(
            lambda conn: calendar_sqlite.advance_schedule(
                conn, schedule_id, expected_next, next_at, announced_at
            )
        )

    async def disable_schedule(self, schedule_id: int, note: str) -> bool:
        """Turn a schedule off with the reason; False if it was not on."""
        return await self._write(
            lambda conn: calendar_sqlite.disable_schedule(conn, schedule_id, note)
        )

    async def remove_schedule(self, scope: str, schedule_id: int) -> bool:
        return await self._write(
            lambda conn: calendar_sqlite.remove_schedule(conn, scope, schedule_id)
        )

    async def open_qotd(self, record: QotdRecord) -> None:
        await self._write(lambda conn: calendar_sqlite.open_qotd(conn, record))

    async def qotds(self, scope: str | None = None, *, open_only: bool = True) -> list[QotdRecord]:
        return await self._read(lambda conn: calendar_sqlite.qotds(conn, scope, open_only))

    async def qotd_answers(self, qotd_id: str) -> list[QotdAnswerRecord]:
        return await self._read(lambda conn: calendar_sqlite.qotd_answers(conn, qotd_id))

    async def record_qotd_answer(self, answer: QotdAnswerRecord, record: AnswerRecord) -> bool:
        """The player's one answer and its leaderboard entry, together; False (and
        nothing written) if they had already answered."""
        row = answer_row(record)

        def write(conn: sqlite3.Connection) -> bool:
            if not calendar_sqlite.insert_qotd_answer(conn, answer):
                return False
            _insert_answer(conn, record, row)
            return True

        return await self._write(write)

    async def close_qotd(self, qotd_id: str) -> bool:
        """Mark it closed; False if it already was (so one process posts the summary)."""
        return await self._write(lambda conn: calendar_sqlite.close_qotd(conn, qotd_id))

    async def qotd_days(self, scope: str, player_id: str) -> list[tuple[date, bool]]:
        """(day, right) for each question of the day the player answered in `scope`."""
        return await self._read(lambda conn: calendar_sqlite.qotd_days(conn, scope, player_id))

    # -- announcements --------------------------------------------------------

    async def announce(self, topic: str, message: str) -> None:
        LocalBoard.for_file(self.path).announce(topic, message)

    async def listen(self, topic: str, listener: Listener) -> None:
        LocalBoard.for_file(self.path).listen(topic, listener)
        self._listeners.append(listener)

    # -- plumbing -------------------------------------------------------------

    async def _run(self, work: Work[T]) -> T:
        if self._closed:
            raise StoreError("the score store is closed")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, work, self._conn)

    async def _write(self, work: Work[T]) -> T:
        return await self._run(functools.partial(_in_write, self.path, work, self._identity))

    async def _read(self, work: Work[T]) -> T:
        return await self._run(functools.partial(_in_snapshot, self.path, work))

    async def _query(self, sql: str, params: tuple[object, ...]) -> list[tuple[Any, ...]]:
        return await self._read(lambda conn: conn.execute(sql, params).fetchall())

    async def close(self) -> None:
        """Finish queued work, close the file, stop the thread; safe to call twice."""
        if self._closed:
            return
        board = LocalBoard.for_file(self.path)
        for listener in self._listeners:
            board.forget(listener)
        try:
            await self._run(_close if self._writer else sqlite3.Connection.close)
        finally:
            self._closed = True
            self._executor.shutdown(wait=True)


def _insert_answer(conn: sqlite3.Connection, record: AnswerRecord, row: AnswerRow) -> int:
    """The answer and its player's name; the totals trigger counts it."""
    conn.execute(sql.UPSERT_PLAYER, (record.player_id, record.player_name, row[-1]))
    cursor = conn.execute(sql.INSERT_ANSWER, row)
    return int(cursor.lastrowid or 0)


def _connect(path: Path, busy_timeout: float) -> sqlite3.Connection:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = error.strerror or str(error)
        raise StoreError(
            f"{path}: cannot create the score database in {path.parent}: {reason}"
        ) from None
    try:
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, nothing implicit.
        # timeout: how long to wait for another process's write lock.
        conn = sqlite3.connect(path, timeout=busy_timeout, isolation_level=None)
    except sqlite3.Error as error:
        raise StoreError(f"{path}: cannot open the score database: {error}") from error
    try:
        version = _prepare(path, conn, busy_timeout)
    except BaseException:
        conn.close()
        raise
    logger.debug("opened score store %s at schema version %d", path, version)
    return conn


def _connect_reader(path: Path, busy_timeout: float) -> sqlite3.Connection:
    """Read-only: no migration, no journal change, no write lock, ever. A file
    not made yet reads as empty, and stays unmade."""
    if not path.exists():
        empty = sqlite3.connect(":memory:", isolation_level=None)
        apply_migrations(empty)
        return empty
    try:
        return _open_read_only(path, busy_timeout, "mode=ro")
    except StoreError:
        # A WAL file needs its -shm beside it; in a folder nobody may write to, none can be
        # made. Nobody can write there either, so the file alone is the whole database.
        return _open_read_only(path, busy_timeout, "mode=ro&immutable=1")


def _open_read_only(path: Path, busy_timeout: float, flags: str) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?{flags}",
            uri=True,
            timeout=busy_timeout,
            isolation_level=None,
        )
    except sqlite3.Error as error:
        raise StoreError(f"{path}: cannot open the score database: {error}") from error
    try:
        check_current(path, conn)
    except BaseException:
        conn.close()
        raise
    return conn


def check_current(path: Path, conn: sqlite3.Connection) -> None:
    try:
        version = schema_version(conn)
    except sqlite3.Error as error:
        raise StoreError(f"{path}: cannot read the score database: {error}") from error
    if version > LATEST_VERSION:
        raise StoreError(
            f"{path}: database schema version {version} is newer than this quizbot"
            f" (it knows up to {LATEST_VERSION}); upgrade quizbot"
        )
    if version < LATEST_VERSION:
        raise StoreError(
            f"{path}: the database is at schema version {version}, this quizbot needs"
            f" {LATEST_VERSION}; run `quizbot db upgrade` first"
        )


def _prepare(path: Path, conn: sqlite3.Connection, busy_timeout: float) -> int:
    try:
        mode = _wal_mode(conn, busy_timeout)
        if mode != "wal":
            raise StoreError(f"{path}: cannot use WAL mode (got {mode!r})")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        # 32 MiB of page cache (default 2 MiB): index pages of a large answers
        # table stay in memory, so writes and period scans rarely hit the disk.
        conn.execute("PRAGMA cache_size = -32768")
        return apply_migrations(conn)
    except sqlite3.Error as error:
        raise StoreError(f"{path}: cannot open the score database: {error}") from error


def _wal_mode(conn: sqlite3.Connection, busy_timeout: float) -> str:
    """Switch to WAL, waiting for another process that is creating the same file:
    SQLite refuses the switch at once while another connection holds a lock, without
    waiting as other statements do (two bot processes starting on a new database)."""
    deadline = time.monotonic() + busy_timeout
    while True:
        try:
            return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() >= deadline:
                raise
        time.sleep(_LOCK_RETRY_SECONDS)


# How long to wait before asking again for the lock the switch to WAL needs.
_LOCK_RETRY_SECONDS = 0.02


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino


def _in_write(
    path: Path, work: Work[T], identity: tuple[int, int] | None, conn: sqlite3.Connection
) -> T:
    """One write transaction. IMMEDIATE takes the write lock up front, so a
    busy database makes us wait (busy timeout) instead of failing half-way."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as error:
        raise StoreError(f"{path}: cannot start a write: {error}") from error
    if identity is not None and _identity(path) != identity:
        # SQLite would go on writing into the removed file, and every answer would be lost.
        conn.execute("ROLLBACK")
        raise StoreError(f"{path}: the database file was removed or replaced while open")
    try:
        result = work(conn)
        conn.execute("COMMIT")
    except BaseException as error:
        if conn.in_transaction:
            # A rollback on a vanished or full disk can fail too; the first error tells more.
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        if isinstance(error, sqlite3.Error):
            raise StoreError(f"{path}: write failed: {error}") from error
        raise
    return result


def _in_snapshot(path: Path, work: Work[T], conn: sqlite3.Connection) -> T:
    """A read transaction, so several queries see one consistent state even
    while another process writes."""
    try:
        conn.execute("BEGIN")
        return work(conn)
    except sqlite3.Error as error:
        raise StoreError(f"{path}: query failed: {error}") from error
    finally:
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):  # ending a read changes nothing
                conn.execute("COMMIT")


def _close(conn: sqlite3.Connection) -> None:
    try:
        conn.execute("PRAGMA optimize")  # refreshes planner statistics if useful
    except sqlite3.Error as error:
        # Only an optimisation: a read-only, full or vanished file must still close quietly.
        logger.debug("skipped PRAGMA optimize: %s", error)
    finally:
        conn.close()
