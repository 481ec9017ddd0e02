"""The small interface every score store offers. SQLite is the default backend."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Protocol

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

    def close(self) -> None: ...
