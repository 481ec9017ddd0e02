"""The small interface every score store offers. SQLite is the default backend."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, Protocol

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


class ScoreStore(Protocol):
    """Synchronous store; one thread at a time. `AsyncStore` wraps one for the event loop."""

    def record_answer(self, record: AnswerRecord) -> int:
        """Write one judged answer durably before returning; returns its row id."""
        ...

    def record_answers(self, records: list[AnswerRecord]) -> int:
        """Write many answers in one transaction (imports, benchmark seeding)."""
        ...

    def record_session(self, session: SessionRecord) -> None: ...

    def recent_questions(self, scope: str, channel: str, sessions: int = 3) -> set[tuple[str, str]]:
        """(set, question id) keys asked in the channel's last `sessions` sessions."""
        ...

    def leaderboard(
        self, scope: str, period: Period, now: datetime, limit: int = 10
    ) -> list[LeaderboardRow]: ...

    def player_stats(self, scope: str, player_id: str, weakest: int = 5) -> PlayerStats: ...

    def question_stats(
        self, set_name: str | None = None, limit: int = 20, scope: str | None = None
    ) -> list[QuestionStats]: ...

    def reset_scores(self, scope: str) -> int:
        """Forget every answer in `scope`; returns how many were deleted."""
        ...

    def forget_player(self, player_id: str, scope: str | None = None) -> Forgotten:
        """Delete everything kept about one player in `scope` (every scope when None)."""
        ...

    def get_guild_settings(self, scope: str) -> dict[str, Any]: ...

    def set_guild_settings(self, scope: str, settings: Mapping[str, Any]) -> None: ...

    def get_card(
        self, scope: str, player_id: str, set_name: str, question_id: str
    ) -> str | None: ...

    def put_card(
        self,
        scope: str,
        player_id: str,
        set_name: str,
        question_id: str,
        *,
        card_json: str,
        due: datetime,
    ) -> None: ...

    def due_cards(
        self, scope: str, player_id: str, now: datetime, limit: int = 20
    ) -> list[DueCard]: ...

    # Schedules and questions of the day: see SqliteStore for what each one promises.
    def add_schedule(self, record: ScheduleRecord, limit: int) -> int: ...

    def schedules(self, scope: str | None = None) -> list[ScheduleRecord]: ...

    def advance_schedule(
        self,
        schedule_id: int,
        expected_next: datetime | None,
        next_at: datetime | None,
        announced_at: datetime | None,
    ) -> bool: ...

    def disable_schedule(self, schedule_id: int, note: str) -> bool: ...

    def remove_schedule(self, scope: str, schedule_id: int) -> bool: ...

    def open_qotd(self, record: QotdRecord) -> None: ...

    def qotds(self, scope: str | None = None, *, open_only: bool = True) -> list[QotdRecord]: ...

    def qotd_answers(self, qotd_id: str) -> list[QotdAnswerRecord]: ...

    def record_qotd_answer(self, answer: QotdAnswerRecord, record: AnswerRecord) -> bool: ...

    def close_qotd(self, qotd_id: str) -> bool: ...

    def qotd_days(self, scope: str, player_id: str) -> list[tuple[date, bool]]: ...

    def close(self) -> None: ...
