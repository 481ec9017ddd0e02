"""A run that fell while the bot was down: started late once within the grace
(`discord.schedule_grace_minutes`), skipped when later than it."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from tests.fakediscord import FakeDiscord

from .conftest import BotProcess, bot_env, make_home
from .test_schedules import STARTED, add, scheduled_starts, soon

pytestmark = pytest.mark.e2e


async def miss_a_run(fake: FakeDiscord, tmp_path: Path, grace: float) -> BotProcess:
    """Add a one-off a few seconds ahead, stop the bot over its time, start it again."""
    home = make_home(tmp_path, fake.guild.id, discord={"schedule_grace_minutes": grace})
    bot = await BotProcess.start(home, bot_env(fake))
    try:
        await fake.wait_until_connected(timeout=20)
        await bot.wait_for_log("connected as")
        due = time.monotonic() + 3
        added = await add(fake, "admin", time=soon(3), set="short", questions=1)
        assert "Schedule #1 added" in added.text()
    finally:
        assert await bot.stop() == 0
    await asyncio.sleep(max(0.0, due + 1.0 - time.monotonic()))  # down over its time
    return await BotProcess.start(home, bot_env(fake))


async def test_a_run_missed_within_the_grace_starts_late_once(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    fake = fake_discord
    bot = await miss_a_run(fake, tmp_path, grace=10)
    try:
        await fake.wait_for_message("quiz", lambda m: STARTED in m.content, timeout=25)
        assert "schedule 1 runs (late by" in bot.log
    finally:
        assert await bot.stop() == 0
    assert len(scheduled_starts(fake)) == 1 and "Traceback" not in bot.log


async def test_a_run_missed_by_more_than_the_grace_is_skipped(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    fake = fake_discord
    bot = await miss_a_run(fake, tmp_path, grace=0)
    try:
        await bot.wait_for_log("more than the grace", timeout=25)
        listing = await fake.invoke_command("admin", "quiz", "quizadmin", "schedule", "list")
        assert "None yet" in (await listing.wait_reply()).text()  # a one-off: used up
    finally:
        assert await bot.stop() == 0
    assert scheduled_starts(fake) == [] and "Traceback" not in bot.log
