"""The heads-up before a scheduled quiz, against the real bot: it comes before the start,
once, and a restart between the heads-up and the start does not repeat it."""

from __future__ import annotations

import asyncio

import pytest

from tests.fakediscord import FakeDiscord, StoredMessage

from .conftest import BotHome, BotProcess, bot_env, known
from .test_schedules import STARTED, add, scheduled_starts, soon

pytestmark = pytest.mark.e2e

HEADS_UP = "Coming up"


def heads_ups(fake: FakeDiscord) -> list[StoredMessage]:
    return [m for m in fake.bot_messages("quiz") if HEADS_UP in m.content]


async def ready_bot(home: BotHome, fake: FakeDiscord) -> BotProcess:
    bot = await BotProcess.start(home, bot_env(fake))
    await fake.wait_until_connected(timeout=20)
    await bot.wait_for_log("connected as")
    return bot


async def test_the_heads_up_comes_once_before_the_quiz(
    fake_discord: FakeDiscord, bot: BotProcess
) -> None:
    fake = fake_discord
    await bot.wait_for_log("connected as")
    # The lead (a minute) is longer than the time left, so the heads-up goes out at once.
    added = await add(fake, "admin", time=soon(5), set="short", questions=1, announce_minutes=1)
    assert "Schedule #1 added" in added.text()
    heads_up = await fake.wait_for_message("quiz", lambda m: HEADS_UP in m.content, timeout=10)
    assert "race quiz, 1 questions from set short" in heads_up.content
    assert "<t:" in heads_up.content  # the start, in each reader's own time
    assert scheduled_starts(fake) == []

    start = await fake.wait_for_message("quiz", lambda m: STARTED in m.content, timeout=15)
    assert start.id > heads_up.id
    question = await fake.wait_for_message(
        "quiz", lambda m: bool(m.embeds) and "Question 1/1" in m.text(), after=start.id
    )
    await fake.send_message("quiz", "bob", known(question).answer)
    await fake.wait_for_message("quiz", lambda m: "final standings" in m.text(), after=question.id)
    assert len(heads_ups(fake)) == 1 and len(scheduled_starts(fake)) == 1


async def test_a_restart_after_the_heads_up_does_not_repeat_it(
    fake_discord: FakeDiscord, home: BotHome
) -> None:
    fake = fake_discord
    bot = await ready_bot(home, fake)
    try:
        # Starts in a minute and a bit; the heads-up, a minute ahead, is due in a few seconds.
        added = await add(fake, "admin", time=soon(64), set="short", announce_minutes=1)
        assert "Schedule #1 added" in added.text()
        await fake.wait_for_message("quiz", lambda m: HEADS_UP in m.content, timeout=15)
    finally:
        assert await bot.stop() == 0
    bot = await ready_bot(home, fake)
    try:
        await asyncio.sleep(1.5)  # a repeated heads-up would be posted straight away
        listing = await fake.invoke_command("admin", "quiz", "quizadmin", "schedule", "list")
        assert "#1" in (await listing.wait_reply()).text()  # still planned
    finally:
        assert await bot.stop() == 0
    assert "Traceback" not in bot.log, bot.log
    assert len(heads_ups(fake)) == 1 and scheduled_starts(fake) == []
