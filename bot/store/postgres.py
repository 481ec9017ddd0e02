"""`Store` on PostgreSQL, for several bot processes sharing one database.

asyncpg's pool gives each call its own connection for the length of one
statement or transaction. Every write is committed before its method returns;
answers recorded at the same time share one statement and commit (pg_batch).
A server that goes away turns each call into a `StoreUnavailableError` (a
storage failure: nothing is shown as saved); the pool drops the broken
connections and opens new ones, so calls succeed again once the server is back.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from datetime import date, datetime
from typing import Any, Self

import asyncpg

from bot.store import calendar_pg, sets_sqlite, sql, stats
from bot.store.announce import Listener, channel_name, check_message, deliver
from bot.store.calendar import QotdAnswerRecord, QotdRecord, ScheduleRecord
from bot.store.calendar_pg import changed
from bot.store.calendar_sqlite import forget_qotd_answers
from bot.store.common import (
    answer_row,
    check_card,
    check_limit,
    json_list,
    ranked,
    settings_from_json,
    settings_to_json,
)
from bot.store.pg_batch import GroupCommit
from bot.store.pg_conn import Conn
from bot.store.pg_listen import PgListener
from bot.store.pg_schema import check_current, migrate
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
    StoreUnavailableError,
    from_micros,
    period_start,
    to_micros,
)
from bot.store.sets_pg import PgSets
from bot.store.url import DatabaseUrl

logger = logging.getLogger(__name__)

# An answer row (see common.AnswerRow), then the player's name.
AnswerParams = tuple[str, str, str, str, str, str, str, int, int, float, int, str | None, int, str]

# Answers with their players' names, many in one statement: one array per column
# ($1..$13 as in ANSWER_COLUMNS, $14 the names). The statement's totals trigger
# counts them all at once. Players are written once each (the latest name wins,
# as if the answers had been written one after another), in key order so
# concurrent statements lock them in the same order.
_RECORD_ANSWERS = f"""
WITH given AS (
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],
                         $6::text[], $7::text[], $8::int[], $9::int[], $10::float8[],
                         $11::int[], $12::text[], $13::bigint[], $14::text[])
        WITH ORDINALITY AS g ({sql.ANSWER_COLUMNS}, name, position)
),
player AS (
    INSERT INTO players (player_id, name, seen_us)
    SELECT DISTINCT ON (player_id) player_id, name, answered_us FROM given
    ORDER BY player_id, answered_us DESC, position DESC
    ON CONFLICT (player_id) DO UPDATE SET name = excluded.name, seen_us = excluded.seen_us
    WHERE excluded.seen_us >= players.seen_us
)
INSERT INTO answers ({sql.ANSWER_COLUMNS})
SELECT {sql.ANSWER_COLUMNS} FROM given ORDER BY position
RETURNING id
"""
# Rows per statement when importing many answers at once.
_CHUNK = 1000

_RECENT_QUESTIONS = """
SELECT q.set_name, q.question_id FROM session_questions AS q
WHERE q.session_id IN (
    SELECT session_id FROM sessions WHERE scope = $1 AND channel = $2
    ORDER BY started_us DESC, seq DESC LIMIT $3
)
"""

# What a lost or refused connection raises; each is a storage failure to callers.
_CONNECTION_ERRORS = (OSError, asyncpg.InterfaceError, asyncpg.PostgresConnectionError)
# SQLSTATE classes of a server going away: 08 connection exception, 57P shutting down.
_GONE_STATES = ("08", "57P")


class PostgresStore(PgSets):
    """Open it with `await PostgresStore.open(url)`; close it once, at shutdown."""

    def __init__(self, pool: asyncpg.Pool, where: str, url: DatabaseUrl | None = None) -> None:
        self._pool = pool
        self.where = where  # for messages: the URL without its password
        self._url = url
        self._closed = False
        self._closing = False  # no new answers; those queued are still written
        self._listening: PgListener | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        # A few statements in flight at once, the rest of the pool left for everything else.
        flushes = max(1, pool.get_max_size() // 2)
        self._answers: GroupCommit[AnswerParams] = GroupCommit(self._insert, flushes=flushes)

    @classmethod
    async def open(
        cls, url: DatabaseUrl, *, migrate_schema: bool = True, max_size: int = 10
    ) -> Self:
        """Connect, then migrate (or, for readers, check) the schema."""
        where = url.shown
        try:
            # No floor of idle connections: asyncpg would keep reopening it while the
            # server is away, logging a traceback each time; calls open what they need.
            pool = await asyncpg.create_pool(
                url.text, min_size=0, max_size=max_size, command_timeout=30, timeout=10
            )
        except (*_CONNECTION_ERRORS, asyncpg.PostgresError) as error:
            raise StoreError(f"{where}: cannot connect: {_reason(error)}") from None
        store = cls(pool, where, url)
        try:
            async with store._errors("cannot connect"), pool.acquire() as conn:
                version = await (migrate(conn) if migrate_schema else check_current(conn))
        except BaseException:
            await pool.close()
            raise
        logger.debug("opened score store %s at schema version %d", where, version)
        return store

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    # -- answers --------------------------------------------------------------

    async def record_answer(self, record: AnswerRecord) -> int:
        """Committed with the answers other callers record meanwhile (see pg_batch)."""
        params = (*answer_row(record), record.player_name)
        if self._closing:
            raise StoreError("the score store is closed")
        return await self._answers.submit(params)

    async def record_answers(self, records: Sequence[AnswerRecord]) -> int:
        rows = [(*answer_row(record), record.player_name) for record in records]
        async with self._transaction("write failed") as conn:
            for first in range(0, len(rows), _CHUNK):
                await _insert_answers(conn, rows[first : first + _CHUNK])
        return len(rows)

    async def _insert(self, rows: Sequence[AnswerParams]) -> list[int]:
        async with self._errors("write failed"), self._pool.acquire() as conn:
            return await _insert_answers(conn, rows)

    async def reset_scores(self, scope: str) -> int:
        async with self._transaction("write failed") as conn:
            deleted = await _delete_scores(conn, "scope = ?", (scope,))
        logger.info("reset scores in scope %s: %d answers deleted", scope, deleted)
        return deleted

    async def forget_player(self, player_id: str, scope: str | None = None) -> Forgotten:
        where, key = sql.player_filter(player_id, scope)
        async with self._transaction("write failed") as conn:
            answers = await _delete_scores(conn, where, key)
            cards = changed(
                await conn.execute(sql.numbered(f"DELETE FROM review_cards WHERE {where}"), *key)
            )
            await conn.execute(sql.numbered(forget_qotd_answers(scope)), *key)
            await conn.execute(sql.numbered(sets_sqlite.forget_uploader(scope)), *key)
            await conn.execute(sql.numbered(sql.FORGET_NAME), player_id, player_id)
        logger.info("forgot player in scope %s: %d answers, %d cards", scope, answers, cards)
        return Forgotten(answers=answers, review_cards=cards)

    # -- sessions -------------------------------------------------------------

    async def record_session(self, session: SessionRecord) -> None:
        finished = None if session.finished_at is None else to_micros(session.finished_at)
        keys = [(session.session_id, s, q) for s, q in session.questions]
        async with self._transaction("write failed") as conn:
            await conn.execute(
                sql.numbered(sql.UPSERT_SESSION),
                session.session_id,
                session.scope,
                session.channel,
                json_list(session.set_names),
                to_micros(session.started_at),
                finished,
            )
            await conn.executemany(sql.numbered(sql.INSERT_SESSION_QUESTION), keys)

    async def recent_questions(
        self, scope: str, channel: str, sessions: int = 3
    ) -> set[tuple[str, str]]:
        rows = await self._fetch(_RECENT_QUESTIONS, scope, channel, max(sessions, 0))
        return {(str(s), str(q)) for s, q in rows}

    # -- queries --------------------------------------------------------------

    async def leaderboard(
        self, scope: str, period: Period, now: datetime, limit: int = 10
    ) -> list[LeaderboardRow]:
        check_limit(limit)
        start = period_start(period, now)
        if start is None:
            rows = await self._fetch(sql.numbered(sql.ALL_TIME_BOARD), scope, limit)
        else:
            board = sql.numbered(sql.PERIOD_BOARD)
            rows = await self._fetch(board, scope, period, to_micros(start), limit)
        return ranked(rows)

    async def player_stats(self, scope: str, player_id: str, weakest: int = 5) -> PlayerStats:
        check_limit(weakest, allow_zero=True)
        async with self._transaction("query failed", read_only=True) as conn:
            rows = await conn.fetch(sql.numbered(stats.QUESTIONS_ANSWERED), scope, player_id)
            name = await conn.fetchval(sql.numbered(stats.PLAYER_NAME), player_id)
        return stats.player_stats_from(player_id, rows, name, weakest)

    async def question_stats(
        self, set_name: str | None = None, limit: int = 20, scope: str | None = None
    ) -> list[QuestionStats]:
        check_limit(limit)
        query, params = stats.question_stats_sql(set_name, scope)
        return stats.question_stats_from(await self._fetch(sql.numbered(query), *params), limit)

    # -- guild settings -------------------------------------------------------

    async def get_guild_settings(self, scope: str) -> dict[str, Any]:
        rows = await self._fetch(sql.numbered(sql.GUILD_SETTINGS), scope)
        return settings_from_json(rows[0][0]) if rows else {}

    async def set_guild_settings(self, scope: str, settings: Mapping[str, Any]) -> None:
        text = settings_to_json(scope, settings)
        async with self._errors("write failed"):
            if text is None:
                await self._pool.execute(sql.numbered(sql.DELETE_GUILD_SETTINGS), scope)
            else:
                await self._pool.execute(sql.numbered(sql.PUT_GUILD_SETTINGS), scope, text)

    # -- review cards ---------------------------------------------------------

    async def get_card(
        self, scope: str, player_id: str, set_name: str, question_id: str
    ) -> str | None:
        rows = await self._fetch(
            sql.numbered(sql.GET_CARD), scope, player_id, set_name, question_id
        )
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
        async with self._errors("write failed"):
            await self._pool.execute(sql.numbered(sql.PUT_CARD), *row)

    async def due_cards(
        self, scope: str, player_id: str, now: datetime, limit: int = 20
    ) -> list[DueCard]:
        check_limit(limit)
        rows = await self._fetch(
            sql.numbered(sql.DUE_CARDS), scope, player_id, to_micros(now), limit
        )
        return [DueCard(scope, player_id, s, q, card, from_micros(due)) for s, q, card, due in rows]

    # -- schedules and questions of the day -----------------------------------

    async def add_schedule(self, record: ScheduleRecord, limit: int) -> int:
        async with self._transaction("write failed") as conn:
            return await calendar_pg.add_schedule(conn, record, limit)

    async def schedules(self, scope: str | None = None) -> list[ScheduleRecord]:
        async with self._transaction("query failed", read_only=True) as conn:
            return await calendar_pg.schedules(conn, scope)

    async def advance_schedule(
        self,
        schedule_id: int,
        expected_next: datetime | None,
        next_at: datetime | None,
        announced_at: datetime | None,
    ) -> bool:
        micros = [
            None if t is None else to_micros(t) for t in (expected_next, next_at, announced_at)
        ]
        async with self._transaction("write failed") as conn:
            return await calendar_pg.advance_schedule(conn, schedule_id, *micros)

    async def disable_schedule(self, schedule_id: int, note: str) -> bool:
        async with self._transaction("write failed") as conn:
            return await calendar_pg.disable_schedule(conn, schedule_id, note)

    async def remove_schedule(self, scope: str, schedule_id: int) -> bool:
        async with self._transaction("write failed") as conn:
            return await calendar_pg.remove_schedule(conn, scope, schedule_id)

    async def open_qotd(self, record: QotdRecord) -> None:
        async with self._transaction("write failed") as conn:
            await calendar_pg.open_qotd(conn, record)

    async def qotds(self, scope: str | None = None, *, open_only: bool = True) -> list[QotdRecord]:
        async with self._transaction("query failed", read_only=True) as conn:
            return await calendar_pg.qotds(conn, scope, open_only)

    async def qotd_answers(self, qotd_id: str) -> list[QotdAnswerRecord]:
        async with self._transaction("query failed", read_only=True) as conn:
            return await calendar_pg.qotd_answers(conn, qotd_id)

    async def record_qotd_answer(self, answer: QotdAnswerRecord, record: AnswerRecord) -> bool:
        row = answer_row(record)
        async with self._transaction("write failed") as conn:
            if not await calendar_pg.insert_qotd_answer(conn, answer):
                return False
            await _insert_answers(conn, [(*row, record.player_name)])
            return True

    async def close_qotd(self, qotd_id: str) -> bool:
        async with self._transaction("write failed") as conn:
            return await calendar_pg.close_qotd(conn, qotd_id)

    async def qotd_days(self, scope: str, player_id: str) -> list[tuple[date, bool]]:
        async with self._transaction("query failed", read_only=True) as conn:
            return await calendar_pg.qotd_days(conn, scope, player_id)

    # -- announcements (LISTEN/NOTIFY) ----------------------------------------

    async def announce(self, topic: str, message: str) -> None:
        check_message(message)
        async with self._errors("announce failed"):
            await self._pool.execute("SELECT pg_notify($1, $2)", channel_name(topic), message)

    async def listen(self, topic: str, listener: Listener) -> None:
        """Listens on one connection of its own, outside the pool (see pg_listen)."""
        async with self._errors("listen failed"):
            if self._listening is None:
                assert self._url is not None
                self._listening = PgListener(self._url.text)
            await self._listening.add(
                channel_name(topic), lambda message: deliver(listener, message, self._tasks)
            )

    # -- plumbing -------------------------------------------------------------

    @asynccontextmanager
    async def _errors(self, doing: str) -> AsyncIterator[None]:
        """Database and connection errors as StoreErrors that say where and what."""
        if self._closed:
            raise StoreError("the score store is closed")
        try:
            yield
        except (*_CONNECTION_ERRORS, asyncpg.PostgresError) as error:
            if not _server_gone(error):
                raise StoreError(f"{self.where}: {doing}: {error}") from error
            # Idle connections may have lost the server too: open fresh ones next time.
            with contextlib.suppress(*_CONNECTION_ERRORS):
                await self._pool.expire_connections()
            raise StoreUnavailableError(
                f"{self.where}: {doing}: the database server cannot be reached ({_reason(error)})"
            ) from error

    @asynccontextmanager
    async def _transaction(self, doing: str, *, read_only: bool = False) -> AsyncIterator[Conn]:
        """One transaction on a pooled connection; readers see one snapshot."""
        async with self._errors(doing), self._pool.acquire() as conn:
            if read_only:
                async with conn.transaction(isolation="repeatable_read", readonly=True):
                    yield conn
            else:
                async with conn.transaction():
                    yield conn

    async def _fetch(self, query: str, *params: object) -> list[asyncpg.Record]:
        async with self._errors("query failed"):
            return await self._pool.fetch(query, *params)

    async def close(self) -> None:
        """Wait for calls in flight, then close every connection; safe to call twice."""
        if self._closing:
            return
        self._closing = True
        await self._answers.drain()  # before `_closed`, which would refuse their writes
        self._closed = True
        if self._listening is not None:
            await self._listening.close()
        try:
            await self._pool.close()
        except _CONNECTION_ERRORS:
            self._pool.terminate()


async def _insert_answers(conn: Conn, rows: Sequence[AnswerParams]) -> list[int]:
    """Insert in one statement; the new ids in the order of `rows`."""
    columns = [list(column) for column in zip(*rows, strict=True)]
    # Ids come from one sequence, handed out in insert order, so sorted is row order.
    return sorted(int(record[0]) for record in await conn.fetch(_RECORD_ANSWERS, *columns))


def _server_gone(error: BaseException) -> bool:
    if isinstance(error, asyncpg.InterfaceError) and type(error) is not asyncpg.InterfaceError:
        return False  # the client refused the call (a value out of range...): not the server
    if isinstance(error, _CONNECTION_ERRORS):
        return True
    state = getattr(error, "sqlstate", None) or ""
    return state.startswith(_GONE_STATES)


async def _delete_scores(conn: Conn, where: str, key: tuple[str, ...]) -> int:
    """Delete the answers and totals `where` matches; returns how many answers."""
    deleted = [
        changed(await conn.execute(sql.numbered(f"DELETE FROM {table} WHERE {where}"), *key))
        for table in sql.SCORE_TABLES
    ]
    return deleted[0]


def _reason(error: BaseException) -> str:
    if isinstance(error, ConnectionRefusedError):
        return "connection refused (is the server running?)"
    return str(error) or type(error).__name__
