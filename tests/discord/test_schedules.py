"""Schedules against the real bot: a quiz that fires, a restart before its time, the
question of the day answered privately, refusals. Times are a few seconds ahead (a
schedule takes a clock time with seconds), so nothing waits for long."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, time, timedelta
from typing import Any

import pytest

from bot.engine.schedule import MAX_SCHEDULES, Timing
from bot.game.schedules import ScheduleSpec
from bot.store import AnswerRecord, ScheduleRecord, SqliteStore
from tests.fakediscord import FakeDiscord, StoredMessage

from .conftest import BotHome, BotProcess, bot_env, known
from .quizzes import RIVERS

pytestmark = pytest.mark.e2e

STARTED = "A scheduled quiz"


def soon(seconds: float) -> str:
    return (datetime.now(UTC) + timedelta(seconds=seconds)).strftime("%H:%M:%S")


async def add(fake: FakeDiscord, user: str, **options: Any) -> StoredMessage:
    handle = await fake.invoke_command(
        user, "quiz", "quizadmin", "schedule", "add", options={"channel": "quiz", **options}
    )
    return await handle.wait_reply()


def scheduled_starts(fake: FakeDiscord) -> list[StoredMessage]:
    return [m for m in fake.bot_messages("quiz") if STARTED in m.content]


async def test_an_admin_schedules_a_quiz_that_fires_and_a_member_is_refused(
    fake_discord: FakeDiscord, bot: BotProcess
) -> None:
    fake = fake_discord
    # Once the bot is ready its scheduler runs; adding must wake it, not break the reply.
    await bot.wait_for_log("connected as")
    refused = await add(fake, "alice", time=soon(5), set="short")
    assert refused.ephemeral and "You need the manage guild permission" in refused.content
    for options, problem in [
        ({"time": "20:00", "timezone": "Mars/Olympus"}, "unknown time zone 'Mars/Olympus'"),
        ({"time": "20:00", "date": "2001-01-01"}, "has already passed"),
        ({"time": "25:00"}, "is not a time of day"),
        ({"time": "20:00", "repeat": "weekly", "days": "funday"}, "not a day of the week"),
        ({"time": "20:00", "set": "no-such-set"}, "There is no quiz set named"),
    ]:
        said = await add(fake, "admin", **options)
        assert said.ephemeral and problem in said.content, (options, said.content)

    added = await add(fake, "admin", time=soon(4), set="short", questions=1, announce_minutes=0)
    assert (
        "Schedule #1 added" in added.text()
        and "race quiz, 1 questions from set short" in added.text()
    )
    listing = await fake.invoke_command("admin", "quiz", "quizadmin", "schedule", "list")
    assert "#1" in (await listing.wait_reply()).text()

    started = await fake.wait_for_message("quiz", lambda m: STARTED in m.content, timeout=15)
    question = await fake.wait_for_message(
        "quiz",
        lambda m: bool(m.embeds) and "Question 1/1" in str(m.embeds[0].get("title")),
        after=started.id,
    )
    await fake.send_message("quiz", "bob", known(question).answer)
    await fake.wait_for_message("quiz", lambda m: "final standings" in m.text(), after=question.id)
    # A one-off is used up once it ran.
    listing = await fake.invoke_command("admin", "quiz", "quizadmin", "schedule", "list")
    assert "None yet" in (await listing.wait_reply()).text()
    assert len(scheduled_starts(fake)) == 1


async def test_a_schedule_survives_a_restart_and_fires_once(
    fake_discord: FakeDiscord, home: BotHome
) -> None:
    fake = fake_discord
    bot = await BotProcess.start(home, bot_env(fake))
    try:
        await fake.wait_until_connected(timeout=20)
        added = await add(fake, "admin", time=soon(9), set="short", questions=1)
        assert "Schedule #1 added" in added.text()
    finally:
        assert await bot.stop() == 0
    bot = await BotProcess.start(home, bot_env(fake))
    try:
        started = await fake.wait_for_message("quiz", lambda m: STARTED in m.content, timeout=25)
        await fake.wait_for_message(
            "quiz", lambda m: "final standings" in m.text(), 20, after=started.id
        )
        await asyncio.sleep(1.5)
        assert len(scheduled_starts(fake)) == 1
    finally:
        assert await bot.stop() == 0
    assert "Traceback" not in bot.log


async def test_question_of_the_day_answered_privately_with_a_close_summary(
    fake_discord: FakeDiscord, bot: BotProcess
) -> None:
    fake = fake_discord
    added = await add(fake, "admin", time=soon(3), set="short", kind="qotd")
    assert "question of the day from set short, open 23 h" in added.text()
    posted = await fake.wait_for_message(
        "quiz", lambda m: "Question of the day" in m.text(), timeout=15
    )
    item = known(posted)
    button = posted.custom_ids()[0]

    async def answer(user: str, text: str) -> StoredMessage:
        opened = await fake.click(user, posted, button)
        await opened.wait_response()
        assert opened.modal is not None, opened.callbacks
        submitted = await fake.submit_modal(user, opened, {"answer": text})
        return await submitted.wait_reply()

    right = await answer("alice", item.answer)
    assert right.ephemeral and "is right" in right.content
    wrong = await answer("bob", item.wrong)
    assert wrong.ephemeral and "is not it" in wrong.content
    again = await (await fake.click("alice", posted, button)).wait_reply()
    assert again.ephemeral and "already answered" in again.content
    # Nothing public gave the answers away.
    assert all(item.answer not in m.text() for m in fake.messages("quiz") if m.id > posted.id)

    closing = await fake.invoke_command("mod", "quiz", "quizadmin", "qotd-close")
    assert "You need" in (await closing.wait_reply()).content  # moderators are not admins
    closing = await fake.invoke_command("admin", "quiz", "quizadmin", "qotd-close")
    assert "Closed" in (await closing.wait_reply()).content
    summary = await fake.wait_for_message(
        "quiz", lambda m: "the answer" in m.text(), after=posted.id
    )
    text = summary.text()
    assert f"The answer: {item.answer}" in text.replace("**", "")
    assert "2 answered, 1 right." in text
    assert "Alice" in text.split("Fastest right answers")[1] and "Bob" not in text
    assert fake.message(posted.id).components == []

    # The right answer counts on the leaderboard and starts a daily streak.
    stats = await (await fake.invoke_command("alice", "quiz", "quiz", "stats")).wait_reply(10)
    assert "Daily streak: 1 (best 1)" in stats.text()
    board = await (await fake.invoke_command("bob", "quiz", "quiz", "leaderboard")).wait_reply()
    assert "Alice" in board.text()


async def test_a_schedule_whose_set_was_removed_is_turned_off_with_one_message(
    fake_discord: FakeDiscord, bot: BotProcess
) -> None:
    fake = fake_discord
    upload = await fake.invoke_command(
        "admin", "quiz", "quizadmin", "upload", options={"file": fake.upload("rivers.yaml", RIVERS)}
    )
    assert "saved" in (await upload.wait_reply()).text()
    logged = await fake.invoke_command(
        "admin", "quiz", "quizadmin", "settings", options={"log_channel": "general"}
    )
    assert "Log channel" in (await logged.wait_reply()).text()
    added = await add(fake, "admin", time=soon(5), set="rivers", repeat="daily")
    assert "Schedule #1 added" in added.text()
    removed = await fake.invoke_command(
        "admin", "quiz", "quizadmin", "remove", options={"set": "rivers"}
    )
    assert "removed" in (await removed.wait_reply()).text()

    note = await fake.wait_for_message(
        "general", lambda m: "Schedule #1 was turned off" in m.content, timeout=15
    )
    assert "its set rivers was removed" in note.content
    listing = await fake.invoke_command("admin", "quiz", "quizadmin", "schedule", "list")
    assert "off: its set rivers was removed" in (await listing.wait_reply()).text()
    await asyncio.sleep(1.5)  # never retried: one message, no quiz
    assert len([m for m in fake.bot_messages("general") if "turned off" in m.content]) == 1
    assert scheduled_starts(fake) == []


async def test_the_schedule_cap_refuses_clearly_and_changes_nothing(
    fake_discord: FakeDiscord, bot: BotProcess, home: BotHome
) -> None:
    fake = fake_discord
    store = await SqliteStore.open(home.database)
    try:
        for _ in range(MAX_SCHEDULES):
            spec = ScheduleSpec("quiz", Timing("UTC", time(20, 0), "daily"))
            now = datetime.now(UTC)
            record = ScheduleRecord(
                0,
                str(fake.guild.id),
                str(fake.channel("quiz").id),
                spec.to_json(),
                spec.timing.next_after(now),
                "admin",
                now,
            )
            await store.add_schedule(record, MAX_SCHEDULES)
    finally:
        await store.close()
    refused = await add(fake, "admin", time="21:00", repeat="daily")
    assert f"already has {MAX_SCHEDULES} schedules, the most it can have is {MAX_SCHEDULES}" in (
        refused.content
    )
    listing = await fake.invoke_command("admin", "quiz", "quizadmin", "schedule", "list")
    assert "#26" not in (await listing.wait_reply()).text()


async def test_a_champion_post_names_the_top_players(
    fake_discord: FakeDiscord, bot: BotProcess, home: BotHome
) -> None:
    fake = fake_discord
    store = await SqliteStore.open(home.database)
    try:
        for name, points in (("alice", 30), ("bob", 50)):
            await store.record_answer(
                AnswerRecord(
                    str(fake.user(name).id),
                    name.title(),
                    str(fake.guild.id),
                    "c",
                    "s",
                    "short",
                    "sky",
                    (),
                    True,
                    points,
                    1.0,
                    0,
                    datetime.now(UTC),
                )
            )
    finally:
        await store.close()
    await add(fake, "admin", time=soon(3), kind="champion")
    post = await fake.wait_for_message("quiz", lambda m: "Champion of the week" in m.text(), 15)
    text = post.text()
    assert "Bob** with 50 points" in text and text.index("Bob") < text.index("Alice")
