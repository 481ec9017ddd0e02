"""PostgreSQL queries for schedules and questions of the day: the same promises as
`calendar_sqlite` (whose row readers they share), each run inside the caller's
transaction so every public call stays one atomic step."""

from __future__ import annotations

from datetime import date

from bot.engine.schedule import check_room
from bot.store import calendar_sqlite as lite
from bot.store.calendar import QotdAnswerRecord, QotdRecord, ScheduleRecord
from bot.store.pg_conn import Conn
from bot.store.records import from_micros, to_micros


def changed(status: str) -> int:
    """Rows touched, from a command status such as "UPDATE 1" or "INSERT 0 1"."""
    return int(status.rsplit(" ", 1)[-1])


async def add_schedule(conn: Conn, record: ScheduleRecord, limit: int) -> int:
    # Two processes adding at once must not both pass the cap: serialise per scope.
    await conn.execute("SELECT pg_advisory_xact_lock(hashtext('schedules:' || $1))", record.scope)
    count = await conn.fetchval("SELECT COUNT(*) FROM schedules WHERE scope = $1", record.scope)
    check_room(int(count), limit)
    schedule_id = await conn.fetchval(
        "INSERT INTO schedules (scope, channel, spec, next_us, created_by, created_us,"
        " announced_us, enabled, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
        " RETURNING schedule_id",
        record.scope,
        record.channel,
        lite.spec_text(record.spec),
        None if record.next_at is None else to_micros(record.next_at),
        record.created_by,
        to_micros(record.created_at),
        None if record.announced_at is None else to_micros(record.announced_at),
        int(record.enabled),
        record.note,
    )
    return int(schedule_id)


async def schedules(conn: Conn, scope: str | None) -> list[ScheduleRecord]:
    columns = lite.SCHEDULE_COLUMNS
    if scope is None:
        rows = await conn.fetch(f"SELECT {columns} FROM schedules ORDER BY schedule_id")
    else:
        rows = await conn.fetch(
            f"SELECT {columns} FROM schedules WHERE scope = $1 ORDER BY schedule_id", scope
        )
    return [lite.schedule_from(tuple(row)) for row in rows]


async def advance_schedule(
    conn: Conn,
    schedule_id: int,
    expected_next: int | None,
    next_us: int | None,
    announced_us: int | None,
) -> bool:
    status = await conn.execute(
        "UPDATE schedules SET next_us = $1, announced_us = $2"
        " WHERE schedule_id = $3 AND enabled = 1 AND next_us IS NOT DISTINCT FROM $4",
        next_us,
        announced_us,
        schedule_id,
        expected_next,
    )
    return changed(status) == 1


async def disable_schedule(conn: Conn, schedule_id: int, note: str) -> bool:
    status = await conn.execute(
        "UPDATE schedules SET enabled = 0, note = $1 WHERE schedule_id = $2 AND enabled = 1",
        note,
        schedule_id,
    )
    return changed(status) == 1


async def remove_schedule(conn: Conn, scope: str, schedule_id: int) -> bool:
    status = await conn.execute(
        "DELETE FROM schedules WHERE scope = $1 AND schedule_id = $2", scope, schedule_id
    )
    return changed(status) == 1


async def open_qotd(conn: Conn, record: QotdRecord) -> None:
    await conn.execute(
        f"INSERT INTO qotd ({lite.QOTD_COLUMNS})"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        record.qotd_id,
        record.scope,
        record.channel,
        record.schedule_id,
        record.set_name,
        record.question_id,
        record.day.isoformat(),
        to_micros(record.opened_at),
        to_micros(record.closes_at),
        record.message_id,
        int(record.closed),
    )


async def qotds(conn: Conn, scope: str | None, open_only: bool) -> list[QotdRecord]:
    rows = await conn.fetch(
        f"SELECT {lite.QOTD_COLUMNS} FROM qotd"
        " WHERE ($1::text IS NULL OR scope = $1) AND (NOT $2 OR closed = 0)"
        " ORDER BY opened_us, qotd_id",
        scope,
        open_only,
    )
    return [lite.qotd_from(tuple(row)) for row in rows]


async def qotd_answers(conn: Conn, qotd_id: str) -> list[QotdAnswerRecord]:
    rows = await conn.fetch(
        "SELECT qotd_id, player_id, player_name, answer, correct, points, answered_us"
        " FROM qotd_answers WHERE qotd_id = $1 ORDER BY answered_us, player_id",
        qotd_id,
    )
    return [
        QotdAnswerRecord(str(q), str(p), str(n), str(a), bool(c), int(pts), from_micros(int(at)))
        for q, p, n, a, c, pts, at in rows
    ]


async def insert_qotd_answer(conn: Conn, answer: QotdAnswerRecord) -> bool:
    status = await conn.execute(
        "INSERT INTO qotd_answers VALUES ($1, $2, $3, $4, $5, $6, $7)"
        " ON CONFLICT (qotd_id, player_id) DO NOTHING",
        answer.qotd_id,
        answer.player_id,
        answer.player_name,
        answer.answer,
        int(answer.correct),
        int(answer.points),
        to_micros(answer.answered_at),
    )
    return changed(status) == 1


async def close_qotd(conn: Conn, qotd_id: str) -> bool:
    status = await conn.execute(
        "UPDATE qotd SET closed = 1 WHERE qotd_id = $1 AND closed = 0", qotd_id
    )
    return changed(status) == 1


async def qotd_days(conn: Conn, scope: str, player_id: str) -> list[tuple[date, bool]]:
    rows = await conn.fetch(
        "SELECT q.day, a.correct FROM qotd_answers AS a JOIN qotd AS q USING (qotd_id)"
        " WHERE q.scope = $1 AND a.player_id = $2 ORDER BY q.day",
        scope,
        player_id,
    )
    return [(date.fromisoformat(str(day)), bool(correct)) for day, correct in rows]
