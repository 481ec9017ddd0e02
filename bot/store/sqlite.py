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

import json
import logging
import math
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

from bot.store import calendar_sqlite, stats
from bot.store.calendar import QotdAnswerRecord, QotdRecord, ScheduleRecord
from bot.store.migrate import apply_migrations
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
    period_end,
    period_start,
    to_micros,
)

logger = logging.getLogger(__name__)

_UPSERT_PLAYER = """
INSERT INTO players (player_id, name, seen_us) VALUES (?, ?, ?)
ON CONFLICT (player_id) DO UPDATE SET name = excluded.name, seen_us = excluded.seen_us
WHERE excluded.seen_us >= players.seen_us
"""

_INSERT_ANSWER = """
INSERT INTO answers (player_id, scope, channel, session_id, set_name, question_id, tags,
                     correct, points, response_time, hints_used, team, answered_us)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""

_ADD_TOTALS = """
INSERT INTO player_totals (scope, player_id, points, correct, answered) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (scope, player_id) DO UPDATE SET
    points = points + excluded.points,
    correct = correct + excluded.correct,
    answered = answered + excluded.answered
"""

_ALL_TIME_BOARD = """
SELECT t.player_id, p.name, t.points, t.correct, t.answered
FROM player_totals AS t JOIN players AS p USING (player_id)
WHERE t.scope = ?
ORDER BY t.points DESC, t.correct DESC, t.answered, t.player_id
LIMIT ?
"""

_PERIOD_BOARD = """
SELECT a.player_id, p.name, a.points, a.correct, a.answered
FROM (
    SELECT player_id, SUM(points) AS points, SUM(correct) AS correct, COUNT(*) AS answered
    FROM answers
    WHERE scope = ? AND answered_us >= ? AND answered_us < ?
    GROUP BY player_id
) AS a JOIN players AS p USING (player_id)
ORDER BY a.points DESC, a.correct DESC, a.answered, a.player_id
LIMIT ?
"""

_UPSERT_SESSION = """
INSERT INTO sessions (session_id, scope, channel, set_names, started_us, finished_us)
VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (session_id) DO UPDATE SET
    set_names = excluded.set_names,
    finished_us = COALESCE(excluded.finished_us, sessions.finished_us)
"""

_RECENT_QUESTIONS = """
SELECT q.set_name, q.question_id FROM session_questions AS q
WHERE q.session_id IN (
    SELECT session_id FROM sessions WHERE scope = ? AND channel = ?
    ORDER BY started_us DESC, rowid DESC LIMIT ?
)
"""


class SqliteStore:
    """`ScoreStore` on a SQLite file. Use it from the thread that created it."""

    def __init__(self, path: str | Path, busy_timeout: float = 5.0) -> None:
        self.path = Path(path)
        self._closed = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: we issue BEGIN/COMMIT ourselves, nothing implicit.
            # timeout: how long to wait for another process's write lock.
            self._conn = sqlite3.connect(self.path, timeout=busy_timeout, isolation_level=None)
        except (OSError, sqlite3.Error) as error:
            raise StoreError(f"{self.path}: cannot open the score database: {error}") from error
        try:
            version = self._prepare()
        except BaseException:
            self._conn.close()
            raise
        logger.debug("opened score store %s at schema version %d", self.path, version)

    def _prepare(self) -> int:
        try:
            mode = self._conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode != "wal":
                raise StoreError(f"{self.path}: cannot use WAL mode (got {mode!r})")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("PRAGMA foreign_keys = ON")
            # 32 MiB of page cache (default 2 MiB): index pages of a large answers
            # table stay in memory, so writes and period scans rarely hit the disk.
            self._conn.execute("PRAGMA cache_size = -32768")
            return apply_migrations(self._conn)
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot open the score database: {error}") from error

    def __enter__(self) -> SqliteStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction. IMMEDIATE takes the write lock up front, so a
        busy database makes us wait (busy timeout) instead of failing half-way."""
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot start a write: {error}") from error
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise StoreError(f"{self.path}: write failed: {error}") from error
            raise

    @contextmanager
    def _snapshot(self) -> Iterator[sqlite3.Connection]:
        """A read transaction, so several queries see one consistent state even
        while another process writes."""
        conn = self._conn
        try:
            conn.execute("BEGIN")
            yield conn
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: query failed: {error}") from error
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")

    # -- answers --------------------------------------------------------------

    def record_answer(self, record: AnswerRecord) -> int:
        row = _answer_row(record)
        with self._write() as conn:
            return _insert_answer(conn, record, row)

    def record_answers(self, records: list[AnswerRecord]) -> int:
        rows = [_answer_row(record) for record in records]
        # One name per player (from their latest answer here) and one totals
        # update per player, instead of one of each per answer.
        latest: dict[str, tuple[str, str, int]] = {}
        totals: dict[tuple[str, str], list[int]] = {}
        for record, row in zip(records, rows, strict=True):
            seen = row[-1]
            known = latest.get(record.player_id)
            if known is None or seen >= known[2]:
                latest[record.player_id] = (record.player_id, record.player_name, seen)
            sums = totals.setdefault((record.scope, record.player_id), [0, 0, 0])
            sums[0] += row[_POINTS]
            sums[1] += row[_CORRECT]
            sums[2] += 1
        players = list(latest.values())
        with self._write() as conn:
            conn.executemany(_UPSERT_PLAYER, players)
            conn.executemany(_INSERT_ANSWER, rows)
            conn.executemany(_ADD_TOTALS, [(*key, *sums) for key, sums in totals.items()])
        return len(rows)

    def reset_scores(self, scope: str) -> int:
        with self._write() as conn:
            deleted = conn.execute("DELETE FROM answers WHERE scope = ?", (scope,)).rowcount
            conn.execute("DELETE FROM player_totals WHERE scope = ?", (scope,))
        logger.info("reset scores in scope %s: %d answers deleted", scope, deleted)
        return int(deleted)

    def forget_player(self, player_id: str, scope: str | None = None) -> Forgotten:
        """Delete the player's answers, totals and review cards in `scope` (every
        scope when None), and their name once no answer of theirs is left."""
        where, key = _player_filter(player_id, scope)
        with self._write() as conn:
            answers = conn.execute(f"DELETE FROM answers WHERE {where}", key).rowcount
            conn.execute(f"DELETE FROM player_totals WHERE {where}", key)
            cards = conn.execute(f"DELETE FROM review_cards WHERE {where}", key).rowcount
            conn.execute(calendar_sqlite.forget_qotd_answers(scope), key)
            conn.execute(
                "DELETE FROM players WHERE player_id = ?"
                " AND NOT EXISTS (SELECT 1 FROM answers WHERE player_id = ?)",
                (player_id, player_id),
            )
        logger.info("forgot player in scope %s: %d answers, %d cards", scope, answers, cards)
        return Forgotten(answers=int(answers), review_cards=int(cards))

    # -- sessions -------------------------------------------------------------

    def record_session(self, session: SessionRecord) -> None:
        finished = None if session.finished_at is None else to_micros(session.finished_at)
        row = (
            session.session_id,
            session.scope,
            session.channel,
            json.dumps(list(session.set_names)),
            to_micros(session.started_at),
            finished,
        )
        keys = [(session.session_id, s, q) for s, q in session.questions]
        with self._write() as conn:
            conn.execute(_UPSERT_SESSION, row)
            conn.executemany("INSERT OR IGNORE INTO session_questions VALUES (?, ?, ?)", keys)

    def recent_questions(self, scope: str, channel: str, sessions: int = 3) -> set[tuple[str, str]]:
        rows = self._read(_RECENT_QUESTIONS, (scope, channel, max(sessions, 0)))
        return {(str(s), str(q)) for s, q in rows}

    # -- queries --------------------------------------------------------------

    def leaderboard(
        self, scope: str, period: Period, now: datetime, limit: int = 10
    ) -> list[LeaderboardRow]:
        """Top players by points. Equal points share a rank; among them, more
        right answers first, then fewer guesses, then player id."""
        _check_limit(limit)
        start, end = period_start(period, now), period_end(period, now)
        since, until = _ALL_TIME
        with self._snapshot() as conn:
            if start is None or end is None:
                rows = conn.execute(_ALL_TIME_BOARD, (scope, limit)).fetchall()
            else:
                since, until = to_micros(start), to_micros(end)
                rows = conn.execute(_PERIOD_BOARD, (scope, since, until, limit)).fetchall()
            # Shown per question, like every other count; ranked by the running totals.
            counts = stats.questions_answered(conn, scope, [r[0] for r in rows], since, until)
        board: list[LeaderboardRow] = []
        for position, (player_id, name, points, _, _) in enumerate(rows, start=1):
            tied = board and board[-1].points == points
            rank = board[-1].rank if tied else position
            answered, correct = counts.get(player_id, (0, 0))
            board.append(LeaderboardRow(rank, player_id, name, points, correct, answered))
        return board

    def player_stats(self, scope: str, player_id: str, weakest: int = 5) -> PlayerStats:
        _check_limit(weakest, allow_zero=True)
        with self._snapshot() as conn:
            return stats.player_stats(conn, scope, player_id, weakest)

    def question_stats(
        self, set_name: str | None = None, limit: int = 20, scope: str | None = None
    ) -> list[QuestionStats]:
        _check_limit(limit)
        with self._snapshot() as conn:
            return stats.question_stats(conn, set_name, limit, scope)

    # -- guild settings -------------------------------------------------------

    def get_guild_settings(self, scope: str) -> dict[str, Any]:
        rows = self._read("SELECT settings FROM guild_settings WHERE scope = ?", (scope,))
        if not rows:
            return {}
        loaded = json.loads(rows[0][0])
        return dict(loaded)

    def set_guild_settings(self, scope: str, settings: Mapping[str, Any]) -> None:
        """Replace the scope's overrides; an empty mapping removes them."""
        try:
            text = json.dumps(dict(settings), sort_keys=True, allow_nan=False)
        except (TypeError, ValueError) as error:
            raise StoreError(f"guild settings for {scope} are not plain JSON: {error}") from error
        with self._write() as conn:
            if settings:
                conn.execute(
                    "INSERT INTO guild_settings VALUES (?, ?)"
                    " ON CONFLICT (scope) DO UPDATE SET settings = excluded.settings",
                    (scope, text),
                )
            else:
                conn.execute("DELETE FROM guild_settings WHERE scope = ?", (scope,))

    # -- review cards ---------------------------------------------------------

    def get_card(self, scope: str, player_id: str, set_name: str, question_id: str) -> str | None:
        rows = self._read(
            "SELECT card FROM review_cards"
            " WHERE scope = ? AND player_id = ? AND set_name = ? AND question_id = ?",
            (scope, player_id, set_name, question_id),
        )
        return str(rows[0][0]) if rows else None

    def put_card(
        self,
        scope: str,
        player_id: str,
        set_name: str,
        question_id: str,
        *,
        card_json: str,
        due: datetime,
    ) -> None:
        try:
            json.loads(card_json)
        except ValueError as error:
            raise StoreError(f"review card for {set_name}/{question_id} is not JSON") from error
        with self._write() as conn:
            conn.execute(
                "INSERT INTO review_cards VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (scope, player_id, set_name, question_id)"
                " DO UPDATE SET card = excluded.card, due_us = excluded.due_us",
                (scope, player_id, set_name, question_id, card_json, to_micros(due)),
            )

    def due_cards(
        self, scope: str, player_id: str, now: datetime, limit: int = 20
    ) -> list[DueCard]:
        """Cards due at or before `now`, most overdue first."""
        _check_limit(limit)
        rows = self._read(
            "SELECT set_name, question_id, card, due_us FROM review_cards"
            " WHERE scope = ? AND player_id = ? AND due_us <= ?"
            " ORDER BY due_us, set_name, question_id LIMIT ?",
            (scope, player_id, to_micros(now), limit),
        )
        return [DueCard(scope, player_id, s, q, card, from_micros(due)) for s, q, card, due in rows]

    # -- schedules and questions of the day -----------------------------------

    def add_schedule(self, record: ScheduleRecord, limit: int) -> int:
        """Store a new schedule; ScheduleError if the scope already has `limit`."""
        with self._write() as conn:
            return calendar_sqlite.add_schedule(conn, record, limit)

    def schedules(self, scope: str | None = None) -> list[ScheduleRecord]:
        """The scope's schedules (every scope's when None), oldest first."""
        with self._snapshot() as conn:
            return calendar_sqlite.schedules(conn, scope)

    def advance_schedule(
        self,
        schedule_id: int,
        expected_next: datetime | None,
        next_at: datetime | None,
        announced_at: datetime | None,
    ) -> bool:
        """Store the next plan if the stored one is still `expected_next`; False if not
        (removed, disabled, or already moved on), so a run is never started twice."""
        with self._write() as conn:
            return calendar_sqlite.advance_schedule(
                conn, schedule_id, expected_next, next_at, announced_at
            )

    def disable_schedule(self, schedule_id: int, note: str) -> bool:
        """Turn a schedule off with the reason; False if it was not on."""
        with self._write() as conn:
            return calendar_sqlite.disable_schedule(conn, schedule_id, note)

    def remove_schedule(self, scope: str, schedule_id: int) -> bool:
        with self._write() as conn:
            return calendar_sqlite.remove_schedule(conn, scope, schedule_id)

    def open_qotd(self, record: QotdRecord) -> None:
        with self._write() as conn:
            calendar_sqlite.open_qotd(conn, record)

    def qotds(self, scope: str | None = None, *, open_only: bool = True) -> list[QotdRecord]:
        with self._snapshot() as conn:
            return calendar_sqlite.qotds(conn, scope, open_only)

    def qotd_answers(self, qotd_id: str) -> list[QotdAnswerRecord]:
        with self._snapshot() as conn:
            return calendar_sqlite.qotd_answers(conn, qotd_id)

    def record_qotd_answer(self, answer: QotdAnswerRecord, record: AnswerRecord) -> bool:
        """The player's one answer and its leaderboard entry, together; False (and
        nothing written) if they had already answered."""
        row = _answer_row(record)
        with self._write() as conn:
            if not calendar_sqlite.insert_qotd_answer(conn, answer):
                return False
            _insert_answer(conn, record, row)
            return True

    def close_qotd(self, qotd_id: str) -> bool:
        """Mark it closed; False if it already was (so one process posts the summary)."""
        with self._write() as conn:
            return calendar_sqlite.close_qotd(conn, qotd_id)

    def qotd_days(self, scope: str, player_id: str) -> list[tuple[date, bool]]:
        """(day, right) for each question of the day the player answered in `scope`."""
        with self._snapshot() as conn:
            return calendar_sqlite.qotd_days(conn, scope, player_id)

    # -- plumbing -------------------------------------------------------------

    def _read(self, sql: str, params: tuple[object, ...]) -> list[tuple[Any, ...]]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: query failed: {error}") from error

    def close(self) -> None:
        """Close the file; safe to call twice."""
        if self._closed:
            return
        self._closed = True
        try:
            self._conn.execute("PRAGMA optimize")  # refreshes planner statistics if useful
        finally:
            self._conn.close()


_ALL_TIME: Final = (-(2**63), 2**63 - 1)


def _insert_answer(conn: sqlite3.Connection, record: AnswerRecord, row: AnswerRow) -> int:
    conn.execute(_UPSERT_PLAYER, (record.player_id, record.player_name, row[-1]))
    cursor = conn.execute(_INSERT_ANSWER, row)
    conn.execute(_ADD_TOTALS, (record.scope, record.player_id, row[_POINTS], row[_CORRECT], 1))
    return int(cursor.lastrowid or 0)


def _player_filter(player_id: str, scope: str | None) -> tuple[str, tuple[str, ...]]:
    if scope is None:
        return "player_id = ?", (player_id,)
    return "player_id = ? AND scope = ?", (player_id, scope)


def _check_limit(limit: int, allow_zero: bool = False) -> None:
    # SQLite reads a negative LIMIT as "no limit": refuse it rather than return everything.
    if limit < (0 if allow_zero else 1):
        raise StoreError(f"limit must be a positive number, not {limit}")


# Column order of _INSERT_ANSWER.
AnswerRow = tuple[str, str, str, str, str, str, str, int, int, float, int, str | None, int]
_CORRECT: Final = 7
_POINTS: Final = 8


def _answer_row(record: AnswerRecord) -> AnswerRow:
    if not record.player_id:
        raise StoreError("answer has an empty player id")
    if record.hints_used < 0 or not math.isfinite(record.response_time):
        raise StoreError(
            f"answer by {record.player_id} to {record.set_name}/{record.question_id} has "
            f"hints_used={record.hints_used}, response_time={record.response_time}"
        )
    return (
        record.player_id,
        record.scope,
        record.channel,
        record.session_id,
        record.set_name,
        record.question_id,
        json.dumps(list(record.tags)),
        int(bool(record.correct)),
        int(record.points),
        float(record.response_time),
        int(record.hints_used),
        record.team,
        to_micros(record.answered_at),  # last: the player upsert reuses it
    )
