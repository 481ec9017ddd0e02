"""`/quiz stats` counts the daily streak on the question of the day's own calendar: a
server whose question runs far from UTC sees the streak its players would count."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from bot.engine.schedule import Timing
from bot.game.schedules import ScheduleSpec
from bot.store import (
    AnswerRecord,
    QotdAnswerRecord,
    QotdRecord,
    ScheduleRecord,
    SqliteStore,
)
from tests.fakediscord import FakeDiscord

from .conftest import BotHome, BotProcess

pytestmark = pytest.mark.e2e


def far_zone(now: datetime) -> tuple[str, date, list[date], str]:
    """A zone whose date differs from UTC's right now, the days answered right, and the
    streak expected in that zone (which counting in UTC would get wrong)."""
    if now.hour < 12:  # UTC-12 is still on yesterday: a streak up to its yesterday stands
        local_today = now.date() - timedelta(days=1)
        days = [local_today - timedelta(days=2), local_today - timedelta(days=1)]
        return "Etc/GMT+12", local_today, days, "Daily streak: 2 (best 2)"
    # UTC+14 is already on tomorrow: a streak that ended two local days ago is over.
    local_today = now.date() + timedelta(days=1)
    days = [local_today - timedelta(days=3), local_today - timedelta(days=2)]
    return "Etc/GMT-14", local_today, days, "Daily streak: 0 (best 2)"


async def seed(home: BotHome, fake: FakeDiscord, zone: str, days: list[date]) -> None:
    scope, channel = str(fake.guild.id), str(fake.channel("quiz").id)
    player = str(fake.user("alice").id)
    now = datetime.now(UTC)
    spec = ScheduleSpec("qotd", Timing(zone, time(9, 0), "daily"), set_name="short")
    store = await SqliteStore.open(home.database)
    try:
        record = ScheduleRecord(
            0, scope, channel, spec.to_json(), spec.timing.next_after(now), "admin", now
        )
        await store.add_schedule(record, 25)
        for number, day in enumerate(days):
            opened = now - timedelta(days=len(days) - number, hours=1)
            qotd_id = f"{number:032x}"
            await store.open_qotd(
                QotdRecord(qotd_id, scope, channel, None, "short", "sky", day, opened,
                           opened + timedelta(hours=23), closed=True)
            )  # fmt: skip
            answered = opened + timedelta(minutes=5)
            await store.record_qotd_answer(
                QotdAnswerRecord(qotd_id, player, "Alice", "blue", True, 10, answered),
                AnswerRecord(player, "Alice", scope, channel, qotd_id, "short", "sky", (),
                             True, 10, 300.0, 0, answered),
            )  # fmt: skip
    finally:
        await store.close()


async def test_the_daily_streak_follows_the_question_of_the_days_zone(
    fake_discord: FakeDiscord, bot: BotProcess, home: BotHome
) -> None:
    fake = fake_discord
    zone, _, days, expected = far_zone(datetime.now(UTC))
    await seed(home, fake, zone, days)
    stats = await (await fake.invoke_command("alice", "quiz", "quiz", "stats")).wait_reply(10)
    assert expected in stats.text(), (zone, days, stats.text())
