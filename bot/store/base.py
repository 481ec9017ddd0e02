"""`Store`: the one interface every score store offers, and all the glue depends on.

It is async because every caller lives on an event loop; how an implementation
keeps the loop free (SQLite: one private thread; PostgreSQL: an async pool) is
its own business. Writes return only once they are committed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any, Protocol

from bot.store.announce import Listener
from bot.store.calendar import QotdAnswerRecord, QotdRecord, ScheduleRecord
from bot.store.records import (
    AnswerRecord,
    DueCard,
    Forgotten,
    LeaderboardRow,
    Period,
    PlayerStats,
    QuestionStats,
    SessionRecord,
)
from bot.store.sets import SetStore


class Store(SetStore, Protocol):
    """Scores, sessions, per-server settings, review cards and uploaded sets."""

    async def record_answer(self, record: AnswerRecord) -> int:
        """Commit one judged answer (and the totals it adds to); returns its row id."""
        ...

    async def record_answers(self, records: Sequence[AnswerRecord]) -> int:
        """Commit many answers in one transaction (imports, benchmark seeding)."""
        ...

    async def record_session(self, session: SessionRecord) -> None: ...

    async def recent_questions(
        self, scope: str, channel: str, sessions: int = 3
    ) -> set[tuple[str, str]]:
        """(set, question id) keys asked in the channel's last `sessions` sessions."""
        ...

    async def leaderboard(
        self, scope: str, period: Period, now: datetime, limit: int = 10
    ) -> list[LeaderboardRow]:
        """Top players by points. Equal points share a rank; among them, more
        correct answers first, then fewer answered, then player id."""
        ...

    async def player_stats(self, scope: str, player_id: str, weakest: int = 5) -> PlayerStats: ...

    async def question_stats(
        self, set_name: str | None = None, limit: int = 20, scope: str | None = None
    ) -> list[QuestionStats]:
        """Hardest first: highest miss rate, then most wrong answers, then most asked."""
        ...

    async def reset_scores(self, scope: str) -> int:
        """Forget every answer in `scope`; returns how many were deleted."""
        ...

    async def forget_player(self, player_id: str, scope: str | None = None) -> Forgotten:
        """Delete everything kept about one player in `scope` (every scope when None)."""
        ...

    async def get_guild_settings(self, scope: str) -> dict[str, Any]: ...

    async def set_guild_settings(self, scope: str, settings: Mapping[str, Any]) -> None:
        """Replace the scope's overrides; an empty mapping removes them."""
        ...

    async def get_card(
        self, scope: str, player_id: str, set_name: str, question_id: str
    ) -> str | None: ...

    async def put_card(
        self,
        scope: str,
        player_id: str,
        set_name: str,
        question_id: str,
        *,
        card_json: str,
        due: datetime,
    ) -> None: ...

    async def due_cards(
        self, scope: str, player_id: str, now: datetime, limit: int = 20
    ) -> list[DueCard]:
        """Cards due at or before `now`, most overdue first."""
        ...

    # Schedules and questions of the day: see SqliteStore for what each one promises.
    async def add_schedule(self, record: ScheduleRecord, limit: int) -> int: ...

    async def schedules(self, scope: str | None = None) -> list[ScheduleRecord]: ...

    async def advance_schedule(
        self,
        schedule_id: int,
        expected_next: datetime | None,
        next_at: datetime | None,
        announced_at: datetime | None,
    ) -> bool: ...

    async def disable_schedule(self, schedule_id: int, note: str) -> bool: ...

    async def remove_schedule(self, scope: str, schedule_id: int) -> bool: ...

    async def open_qotd(self, record: QotdRecord) -> None: ...

    async def qotds(
        self, scope: str | None = None, *, open_only: bool = True
    ) -> list[QotdRecord]: ...

    async def qotd_answers(self, qotd_id: str) -> list[QotdAnswerRecord]: ...

    async def record_qotd_answer(self, answer: QotdAnswerRecord, record: AnswerRecord) -> bool: ...

    async def close_qotd(self, qotd_id: str) -> bool: ...

    async def qotd_days(self, scope: str, player_id: str) -> list[tuple[date, bool]]: ...

    # Announcements every process on this database hears (itself included).
    async def announce(self, topic: str, message: str) -> None:
        """Tell every process using this database; `topic` is a short lowercase word."""
        ...

    async def listen(self, topic: str, listener: Listener) -> None:
        """Call `listener(message)` on its own task for each announcement of `topic`."""
        ...

    async def close(self) -> None:
        """Finish what was queued and release the connection(s); safe to call twice."""
        ...
