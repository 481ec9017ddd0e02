"""Which day it is for a server's daily streaks: the day in its question of the day's
time zone, since that is the date each question is counted under."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

from bot.engine.qotd import daily_streak
from bot.engine.schedule import Timing
from bot.game.schedules import ScheduleSpec, streak_today
from bot.store import ScheduleRecord, SqliteStore, Store

# 04:00 UTC on a Wednesday: still Tuesday evening in Los Angeles, Wednesday afternoon
# in Auckland.
NOW = datetime(2026, 6, 10, 4, 0, tzinfo=UTC)


async def add_qotd(store: Store, scope: str, zone: str, kind: str = "qotd") -> int:
    made = ScheduleSpec(kind, Timing(zone, time(9, 0), "daily"))  # type: ignore[arg-type]
    record = ScheduleRecord(
        0, scope, "c1", made.to_json(), made.timing.next_after(NOW), "admin", NOW
    )
    return await store.add_schedule(record, 25)


async def test_today_follows_the_question_of_the_days_zone(tmp_path: Path) -> None:
    store = await SqliteStore.open(tmp_path / "scores.db")
    try:
        await add_qotd(store, "west", "America/Los_Angeles")
        await add_qotd(store, "east", "Pacific/Auckland")
        await add_qotd(store, "quizzes-only", "America/Los_Angeles", kind="quiz")
        assert await streak_today(store, "west", NOW) == date(2026, 6, 9)
        assert await streak_today(store, "east", NOW) == date(2026, 6, 10)
        assert await streak_today(store, "quizzes-only", NOW) == date(2026, 6, 10)  # UTC
        assert await streak_today(store, "nobody", NOW) == date(2026, 6, 10)
    finally:
        await store.close()


async def test_an_evening_player_keeps_a_streak_the_utc_date_would_end(tmp_path: Path) -> None:
    store = await SqliteStore.open(tmp_path / "scores.db")
    try:
        await add_qotd(store, "west", "America/Los_Angeles")
        # Right on Sunday and Monday (local days); Tuesday's question not answered yet.
        days = [(date(2026, 6, 7), True), (date(2026, 6, 8), True)]
        today = await streak_today(store, "west", NOW)
        assert daily_streak(days, today) == (2, 2)
        assert daily_streak(days, NOW.date()) == (0, 2)  # what counting in UTC said
    finally:
        await store.close()


async def test_an_enabled_schedule_sets_the_day_before_a_disabled_one(tmp_path: Path) -> None:
    store = await SqliteStore.open(tmp_path / "scores.db")
    try:
        gone = await add_qotd(store, "g1", "America/Los_Angeles")
        assert await store.disable_schedule(gone, "its channel is gone")
        assert await streak_today(store, "g1", NOW) == date(2026, 6, 9)  # still its zone
        await add_qotd(store, "g1", "Pacific/Auckland")
        assert await streak_today(store, "g1", NOW) == date(2026, 6, 10)
    finally:
        await store.close()
