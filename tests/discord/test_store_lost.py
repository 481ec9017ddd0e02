"""The real bot when its score database goes away mid-game.

The database file is removed while a quiz runs: the next answer cannot be
stored, so it gets no ✅, the channel is told once why the quiz stopped, no
standings are posted, a new quiz is refused with a clear reply, and the bot
stays up for everything that does not write.
"""

from __future__ import annotations

import pytest

from tests.fakediscord import FakeDiscord

from .conftest import BotHome, BotProcess, known, next_question

pytestmark = pytest.mark.e2e

CHECK = "\N{WHITE HEAVY CHECK MARK}"


async def test_a_removed_database_stops_the_quiz_with_one_message(
    fake_discord: FakeDiscord, bot: BotProcess, home: BotHome
) -> None:
    fake = fake_discord
    started = await fake.invoke_command("alice", "quiz", "quiz", "start", options={"set": "short"})
    await started.wait_reply()
    question = await next_question(fake, "quiz", 0)
    for leftover in home.database.parent.glob(f"{home.database.name}*"):
        leftover.unlink()

    answer = await fake.send_message("quiz", "bob", known(question).answer)
    stopped = await fake.wait_for_message(
        "quiz", lambda m: "cannot save answers" in m.text(), 10, after=question.id
    )
    assert "quiz has stopped" in stopped.text()
    assert (fake.bot_user.id, CHECK) not in fake.message(answer.id).reactions
    later = [m for m in fake.bot_messages("quiz") if m.id > question.id]
    assert later == [stopped], "one message, and no reveal or standings built on lost answers"

    again = await fake.invoke_command("alice", "quiz", "quiz", "start", options={"set": "short"})
    refused = await again.wait_reply()
    assert "No quiz can start right now" in refused.text()
    sets = await fake.invoke_command("carol", "quiz", "quiz", "sets")
    assert "short" in (await sets.wait_reply()).text()
    assert "removed or replaced" in bot.log  # the operator learns why, in the log
    assert "Traceback" not in bot.log
