"""The question of the day across bot restarts: the answers given before a restart still
count (and still bar a second answer), players answer after it, and a question whose
close fell while the bot was down is closed on the next start, with one summary."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from tests.fakediscord import FakeDiscord, StoredMessage

from .conftest import BotHome, BotProcess, bot_env, known
from .test_schedules import add, soon

pytestmark = pytest.mark.e2e

SUMMARY = "the answer"


RUNNING: list[BotProcess] = []


async def started(home: BotHome, fake: FakeDiscord) -> BotProcess:
    bot = await BotProcess.start(home, bot_env(fake))
    RUNNING.append(bot)
    await fake.wait_until_connected(timeout=20)
    await bot.wait_for_log("connected as")  # ready: the question-of-the-day desk has resumed
    return bot


async def stopped(bot: BotProcess) -> None:
    assert await bot.stop() == 0
    assert "Traceback" not in bot.log, bot.log


async def answer(fake: FakeDiscord, user: str, posted: StoredMessage, text: str) -> str:
    opened = await fake.click(user, posted, posted.custom_ids()[0])
    await opened.wait_response()
    if opened.modal is None:  # refused before the modal: the reply says why
        return (await opened.wait_reply()).content
    submitted = await fake.submit_modal(user, opened, {"answer": text})
    reply = await submitted.wait_reply()
    assert reply.ephemeral
    return reply.content


def summaries(fake: FakeDiscord) -> list[StoredMessage]:
    return [m for m in fake.bot_messages("quiz") if SUMMARY in m.text()]


def close_while_down(home: BotHome) -> None:
    """The hours the question stays open pass while the bot is down: its window is moved
    back whole, so that it ended a few minutes ago, as the clock would have made it."""
    with sqlite3.connect(home.database) as db:
        (closes,) = db.execute("SELECT closes_us FROM qotd WHERE closed = 0").fetchone()
        ended = datetime.now(UTC) - timedelta(minutes=5)
        back = closes - int(ended.timestamp() * 1_000_000)
        db.execute(
            "UPDATE qotd SET opened_us = opened_us - ?, closes_us = closes_us - ?", (back, back)
        )


async def test_answers_carry_over_a_restart_and_a_due_close_happens_once(
    fake_discord: FakeDiscord, home: BotHome
) -> None:
    fake = fake_discord
    try:
        bot = await started(home, fake)
        added = await add(fake, "admin", time=soon(3), set="short", kind="qotd")
        assert "question of the day" in added.text()
        posted = await fake.wait_for_message(
            "quiz", lambda m: "Question of the day" in m.text(), timeout=15
        )
        item = known(posted)
        assert "is right" in await answer(fake, "alice", posted, item.answer)
        assert "is not it" in await answer(fake, "bob", posted, item.wrong)
        await stopped(bot)

        bot = await started(home, fake)
        again = await answer(fake, "alice", posted, "anything")
        assert "already answered" in again and item.answer in again
        assert "is right" in await answer(fake, "carol", posted, item.answer)
        assert summaries(fake) == []  # still open: a restart closes nothing early
        await stopped(bot)

        close_while_down(home)
        bot = await started(home, fake)
        summary = await fake.wait_for_message("quiz", lambda m: SUMMARY in m.text(), timeout=10)
        text = summary.text()
        assert "3 answered, 2 right." in text
        explain = {"sky": "Air scatters blue light", "legs": "Spiders are arachnids"}
        assert explain[item.question_id] in text  # the explanation comes with the answer
        fastest = text.split("Fastest right answers")[1]
        assert fastest.index("Alice") < fastest.index("Carol") and "Bob" not in fastest
        assert fake.message(posted.id).components == []  # no Answer button left to press
        stats = await (await fake.invoke_command("carol", "quiz", "quiz", "stats")).wait_reply(10)
        assert "Daily streak: 1 (best 1)" in stats.text()
        await stopped(bot)

        bot = await started(home, fake)  # closed for good: no second summary
        await asyncio.sleep(1.0)
        await stopped(bot)
        assert len(summaries(fake)) == 1
    finally:
        while RUNNING:  # a failed step leaves no bot behind
            await RUNNING.pop().kill()
