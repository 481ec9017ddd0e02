"""Persistence for scores, sessions, guild settings and review cards.

`Store` is the one async interface everything above depends on; `SqliteStore`
is the embedded default. Build the configured one with `open_store`.
"""

from bot.store.base import Store
from bot.store.calendar import QotdAnswerRecord, QotdRecord, ScheduleRecord
from bot.store.migrate import LATEST_VERSION, apply_migrations, schema_version
from bot.store.opening import open_store
from bot.store.records import (
    PERIODS,
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
    Tally,
    WeekTally,
    period_end,
    period_start,
)
from bot.store.sqlite import SqliteStore

__all__ = [
    "LATEST_VERSION",
    "PERIODS",
    "AnswerRecord",
    "DueCard",
    "Forgotten",
    "LeaderboardRow",
    "Period",
    "PlayerStats",
    "QotdAnswerRecord",
    "QotdRecord",
    "QuestionStats",
    "ScheduleRecord",
    "SessionRecord",
    "SqliteStore",
    "Store",
    "StoreError",
    "StoreUnavailableError",
    "Tally",
    "WeekTally",
    "apply_migrations",
    "open_store",
    "period_end",
    "period_start",
    "schema_version",
]
