"""A gateway drop in the middle of a question, then SIGTERM in the middle of a game."""

from __future__ import annotations

import signal
import sqlite3

import pytest

from bot.store import SqliteStore
from tests.fakediscord import FakeDiscord

from .conftest import BotHome, BotProcess, known, next_question, next_reveal, standings

pytestmark = pytest.mark.e2e

CHECK = "\N{WHITE HEAVY CHECK MARK}"


async def test_resume_mid_question_then_sigterm_mid_game(
    fake_discord: FakeDiscord, bot: BotProcess, home: BotHome
) -> None:
    fake = fake_discord
    start = await fake.invoke_command(
        "alice", "quiz-thread", "quiz", "start", options={"set": "short"}
    )
    started = await start.wait_reply()
    assert started.channel_id == fake.channel("quiz-thread").id

    # The connection drops while question 1 is open; Bob answers meanwhile (replayed on resume).
    first = await next_question(fake, "quiz-thread", started.id)
    resumed = await fake.drop_connection(4000, wait=False)
    typed = await fake.send_message("quiz-thread", "bob", known(first).answer)
    await resumed
    await fake.wait_until(lambda: (fake.bot_user.id, CHECK) in typed.reactions, 5)
    reveal = await next_reveal(fake, "quiz-thread", first.id)
    assert "Bob got it" in reveal.text()
    assert fake.gateway.resumes == 1 and fake.gateway.identifies == 1

    second = await next_question(fake, "quiz-thread", reveal.id)
    await fake.send_message("quiz-thread", "carol", known(second).answer)
    final = await standings(fake, "quiz-thread", second.id)
    assert "Quiz over" in final.text() and "Bob" in final.text() and "Carol" in final.text()

    # SIGTERM while a question is open: the standings still go out, the process exits 0.
    start = await fake.invoke_command("alice", "quiz", "quiz", "start", options={"set": "trivia"})
    begun = await start.wait_reply()
    question = await next_question(fake, "quiz", begun.id)
    item = known(question)
    if item.kind == "text":
        await fake.send_message("quiz", "carol", item.wrong)
    else:
        ack = await fake.click("carol", question, question.custom_ids()[(item.index + 1) % 2])
        await ack.wait_reply()
    assert await bot.stop(signal.SIGTERM) == 0
    stopped = await standings(fake, "quiz", question.id, timeout=1)
    assert "Quiz stopped" in stopped.text() and "1 of" in stopped.text()
    assert "score store closed" in bot.log

    # The database is whole and holds every judged answer, the miss included.
    with sqlite3.connect(home.database) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    store = await SqliteStore.open(home.database)
    try:
        scope = str(fake.guild.id)
        carol = await store.player_stats(scope, str(fake.user("carol").id))
        bob = await store.player_stats(scope, str(fake.user("bob").id))
        assert (bob.answered, bob.correct) == (1, 1)
        assert (carol.answered, carol.correct) == (2, 1)
        recent = await store.recent_questions(scope, str(fake.channel("quiz-thread").id))
        assert recent == {("short", "sky"), ("short", "legs")}
    finally:
        await store.close()
