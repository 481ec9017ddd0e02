"""SQLite queries for schedules and questions of the day; `SqliteStore` calls these
inside its own transactions, so each public call stays one atomic step."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from typing import Any

from bot.engine.schedule import check_room
from bot.store.calendar import QotdAnswerRecord, QotdRecord, ScheduleRecord
from bot.store.records import StoreError, from_micros, to_micros

SCHEDULE_COLUMNS = (
    "schedule_id, scope, channel, spec, next_us, created_by, created_us,"
    " announced_us, enabled, note"
)
QOTD_COLUMNS = (
    "qotd_id, scope, channel, schedule_id, set_name, question_id, day, opened_us,"
    " closes_us, message_id, closed"
)


def spec_text(spec: Any) -> str:
    try:
        text = json.dumps(dict(spec), sort_keys=True, allow_nan=False)
    except (TypeError, ValueError) as error:
        raise StoreError(f"a schedule's spec must be plain JSON: {error}") from error
    return text


def _micros(moment: datetime | None) -> int | None:
    return None if moment is None else to_micros(moment)


def _moment(micros: int | None) -> datetime | None:
    return None if micros is None else from_micros(int(micros))


def add_schedule(conn: sqlite3.Connection, record: ScheduleRecord, limit: int) -> int:
    """Insert, unless the scope already has `limit` schedules (ScheduleError)."""
    (count,) = conn.execute(
        "SELECT COUNT(*) FROM schedules WHERE scope = ?", (record.scope,)
    ).fetchone()
    check_room(int(count), limit)
    cursor = conn.execute(
        "INSERT INTO schedules (scope, channel, spec, next_us, created_by, created_us,"
        " announced_us, enabled, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            record.scope,
            record.channel,
            spec_text(record.spec),
            _micros(record.next_at),
            record.created_by,
            to_micros(record.created_at),
            _micros(record.announced_at),
            int(record.enabled),
            record.note,
        ),
    )
    return int(cursor.lastrowid or 0)


def schedules(conn: sqlite3.Connection, scope: str | None) -> list[ScheduleRecord]:
    where, params = ("WHERE scope = ?", (scope,)) if scope is not None else ("", ())
    rows = conn.execute(
        f"SELECT {SCHEDULE_COLUMNS} FROM schedules {where} ORDER BY schedule_id", params
    ).fetchall()
    return [schedule_from(row) for row in rows]


def schedule_from(row: tuple[Any, ...]) -> ScheduleRecord:
    sid, scope, channel, spec, next_us, by, created_us, announced_us, enabled, note = row
    return ScheduleRecord(
        schedule_id=int(sid),
        scope=str(scope),
        channel=str(channel),
        spec=json.loads(spec),
        next_at=_moment(next_us),
        created_by=str(by),
        created_at=from_micros(int(created_us)),
        announced_at=_moment(announced_us),
        enabled=bool(enabled),
        note=str(note),
    )


def advance_schedule(
    conn: sqlite3.Connection,
    schedule_id: int,
    expected_next: datetime | None,
    next_at: datetime | None,
    announced_at: datetime | None,
) -> bool:
    """Move the plan on, only if it still says `expected_next` (nobody else moved it)."""
    cursor = conn.execute(
        "UPDATE schedules SET next_us = ?, announced_us = ?"
        " WHERE schedule_id = ? AND enabled = 1 AND next_us IS ?",
        (_micros(next_at), _micros(announced_at), schedule_id, _micros(expected_next)),
    )
    return cursor.rowcount == 1


def disable_schedule(conn: sqlite3.Connection, schedule_id: int, note: str) -> bool:
    cursor = conn.execute(
        "UPDATE schedules SET enabled = 0, note = ? WHERE schedule_id = ? AND enabled = 1",
        (note, schedule_id),
    )
    return cursor.rowcount == 1


def remove_schedule(conn: sqlite3.Connection, scope: str, schedule_id: int) -> bool:
    cursor = conn.execute(
        "DELETE FROM schedules WHERE scope = ? AND schedule_id = ?", (scope, schedule_id)
    )
    return cursor.rowcount == 1


def open_qotd(conn: sqlite3.Connection, record: QotdRecord) -> None:
    conn.execute(
        f"INSERT INTO qotd ({QOTD_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
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
        ),
    )


def qotds(conn: sqlite3.Connection, scope: str | None, open_only: bool) -> list[QotdRecord]:
    clauses, params = [], []
    if scope is not None:
        clauses.append("scope = ?")
        params.append(scope)
    if open_only:
        clauses.append("closed = 0")
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = conn.execute(
        f"SELECT {QOTD_COLUMNS} FROM qotd {where} ORDER BY opened_us, qotd_id", params
    ).fetchall()
    return [qotd_from(row) for row in rows]


def qotd_from(row: tuple[Any, ...]) -> QotdRecord:
    qid, scope, channel, sid, set_name, question_id, day, opened, closes, message, closed = row
    return QotdRecord(
        qotd_id=str(qid),
        scope=str(scope),
        channel=str(channel),
        schedule_id=None if sid is None else int(sid),
        set_name=str(set_name),
        question_id=str(question_id),
        day=date.fromisoformat(str(day)),
        opened_at=from_micros(int(opened)),
        closes_at=from_micros(int(closes)),
        message_id=None if message is None else str(message),
        closed=bool(closed),
    )


def qotd_answers(conn: sqlite3.Connection, qotd_id: str) -> list[QotdAnswerRecord]:
    rows = conn.execute(
        "SELECT qotd_id, player_id, player_name, answer, correct, points, answered_us"
        " FROM qotd_answers WHERE qotd_id = ? ORDER BY answered_us, player_id",
        (qotd_id,),
    ).fetchall()
    return [
        QotdAnswerRecord(str(q), str(p), str(n), str(a), bool(c), int(pts), from_micros(int(at)))
        for q, p, n, a, c, pts, at in rows
    ]


def insert_qotd_answer(conn: sqlite3.Connection, answer: QotdAnswerRecord) -> bool:
    """False when the player already answered this question (nothing is written)."""
    cursor = conn.execute(
        "INSERT INTO qotd_answers VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (qotd_id, player_id) DO NOTHING",
        (
            answer.qotd_id,
            answer.player_id,
            answer.player_name,
            answer.answer,
            int(answer.correct),
            int(answer.points),
            to_micros(answer.answered_at),
        ),
    )
    return cursor.rowcount == 1


def close_qotd(conn: sqlite3.Connection, qotd_id: str) -> bool:
    cursor = conn.execute("UPDATE qotd SET closed = 1 WHERE qotd_id = ? AND closed = 0", (qotd_id,))
    return cursor.rowcount == 1


def qotd_days(conn: sqlite3.Connection, scope: str, player_id: str) -> list[tuple[date, bool]]:
    rows = conn.execute(
        "SELECT q.day, a.correct FROM qotd_answers AS a JOIN qotd AS q USING (qotd_id)"
        " WHERE q.scope = ? AND a.player_id = ? ORDER BY q.day",
        (scope, player_id),
    ).fetchall()
    return [(date.fromisoformat(str(day)), bool(correct)) for day, correct in rows]


def forget_qotd_answers(scope: str | None) -> str:
    """The DELETE for a forgotten player's answers, bound like `forget_player`'s filter."""
    if scope is None:
        return "DELETE FROM qotd_answers WHERE player_id = ?"
    return (
        "DELETE FROM qotd_answers WHERE player_id = ?"
        " AND qotd_id IN (SELECT qotd_id FROM qotd WHERE scope = ?)"
    )
