"""Looking after schedules against the real bot: removing one before it fires, one by
tags, and a schedule that cannot run (channel deleted, set removed) turned off with one
note: in the log channel, or without one in the schedule's own channel."""

from __future__ import annotations

import asyncio
import time

import pytest

from tests.fakediscord import FakeDiscord, StoredMessage

from .conftest import BotProcess, next_question
from .quizzes import RIVERS
from .test_schedules import STARTED, add, scheduled_starts, soon

pytestmark = pytest.mark.e2e


async def remove(fake: FakeDiscord, user: str, number: int) -> StoredMessage:
    handle = await fake.invoke_command(
        user, "quiz", "quizadmin", "schedule", "remove", options={"number": number}
    )
    return await handle.wait_reply()


async def test_a_removed_schedule_never_fires(fake_discord: FakeDiscord, bot: BotProcess) -> None:
    fake = fake_discord
    await bot.wait_for_log("connected as")
    due = time.monotonic() + 4
    added = await add(fake, "admin", time=soon(4), set="short", questions=1)
    assert "Schedule #1 added" in added.text()

    refused = await remove(fake, "alice", 1)
    assert refused.ephemeral and "You need the manage guild permission" in refused.content
    removed = await remove(fake, "admin", 1)
    assert removed.ephemeral and "Schedule #1 removed." in removed.content
    again = await remove(fake, "admin", 1)
    assert "There is no schedule #1 here." in again.content
    listing = await fake.invoke_command("admin", "quiz", "quizadmin", "schedule", "list")
    assert "None yet" in (await listing.wait_reply()).text()

    await asyncio.sleep(max(0.0, due + 1.5 - time.monotonic()))  # past its start time
    assert scheduled_starts(fake) == []


async def test_a_schedule_whose_channel_was_deleted_is_turned_off_with_one_note(
    fake_discord: FakeDiscord, bot: BotProcess
) -> None:
    fake = fake_discord
    await bot.wait_for_log("connected as")
    logged = await fake.invoke_command(
        "admin", "quiz", "quizadmin", "settings", options={"log_channel": "general"}
    )
    assert "Log channel" in (await logged.wait_reply()).text()
    added = await add(fake, "admin", channel="quiz-2", time=soon(4), set="short", repeat="daily")
    assert "Schedule #1 added" in added.text()
    gone = fake.channel("quiz-2").id
    await fake.delete_channel("quiz-2")

    note = await fake.wait_for_message(
        "general", lambda m: "Schedule #1 was turned off" in m.content, timeout=15
    )
    assert f"its channel <#{gone}> is gone" in note.content
    listing = await fake.invoke_command("admin", "quiz", "quizadmin", "schedule", "list")
    assert "off:" in (await listing.wait_reply()).text()
    await asyncio.sleep(1.5)  # never retried
    assert len([m for m in fake.bot_messages("general") if "turned off" in m.content]) == 1


async def test_a_schedule_by_tags_asks_only_questions_with_them(
    fake_discord: FakeDiscord, bot: BotProcess
) -> None:
    fake = fake_discord
    await bot.wait_for_log("connected as")
    added = await add(fake, "admin", time=soon(3), tags="space", questions=2)
    assert "2 questions from all sets (tags space)" in added.text()
    start = await fake.wait_for_message("quiz", lambda m: STARTED in m.content, timeout=15)
    # Only one question in every set has the tag: the quiz asks it, and only it.
    question = await next_question(fake, "quiz", start.id)
    assert "Question 1/1" in question.text() and "largest planet" in question.text()


async def test_without_a_log_channel_the_note_goes_to_the_schedules_channel(
    fake_discord: FakeDiscord, bot: BotProcess
) -> None:
    fake = fake_discord
    await bot.wait_for_log("connected as")
    upload = await fake.invoke_command(
        "admin", "quiz", "quizadmin", "upload", options={"file": fake.upload("rivers.yaml", RIVERS)}
    )
    assert "saved" in (await upload.wait_reply(10)).text()
    added = await add(fake, "admin", channel="quiz-2", time=soon(3), set="rivers")
    assert "Schedule #1 added" in added.text()
    removed = await fake.invoke_command(
        "admin", "quiz", "quizadmin", "remove", options={"set": "rivers"}
    )
    assert "removed" in (await removed.wait_reply()).text()
    note = await fake.wait_for_message(
        "quiz-2", lambda m: "Schedule #1 was turned off" in m.content, timeout=15
    )
    assert "its set rivers was removed" in note.content
    assert not [m for m in fake.bot_messages("general") if "turned off" in m.content]
