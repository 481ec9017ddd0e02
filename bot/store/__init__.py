"""Persistence for scores, sessions, guild settings and review cards.

`ScoreStore` is the small synchronous interface; `SqliteStore` the default
backend; `AsyncStore` runs any store on one dedicated thread for asyncio code.
"""

from bot.store.aio import AsyncStore
from bot.store.base import ScoreStore
from bot.store.calendar import QotdAnswerRecord, QotdRecord, ScheduleRecord
from bot.store.migrate import LATEST_VERSION, apply_migrations, schema_version
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
    "AsyncStore",
    "DueCard",
    "Forgotten",
    "LeaderboardRow",
    "Period",
    "PlayerStats",
    "QotdAnswerRecord",
    "QotdRecord",
    "QuestionStats",
    "ScheduleRecord",
    "ScoreStore",
    "SessionRecord",
    "SqliteStore",
    "StoreError",
    "Tally",
    "WeekTally",
    "apply_migrations",
    "period_end",
    "period_start",
    "schema_version",
]
