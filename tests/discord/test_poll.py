"""A poll without the message content intent: answers only through /quiz answer, one each."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.fakediscord import FakeDiscord

from .conftest import BotProcess, bot_env, known, make_home, next_question, next_reveal, standings

pytestmark = pytest.mark.e2e

MESSAGE_CONTENT = 1 << 15


async def test_poll_answered_by_slash_command_only(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    fake = fake_discord
    home = make_home(
        tmp_path, fake.guild.id, discord={"message_content": False, "starter_role": "moderator"}
    )
    bot = await BotProcess.start(home, bot_env(fake))
    try:
        await fake.wait_until_connected(timeout=20)
        assert not fake.gateway.intents & MESSAGE_CONTENT
        options: dict[str, Any] = {"set": "short", "questions": 1, "mode": "poll"}
        refused = await fake.invoke_command("alice", "quiz", "quiz", "start", options=options)
        said = await refused.wait_reply()
        assert said.ephemeral and "Only members with the moderator role" in said.content
        start = await fake.invoke_command("mod", "quiz", "quiz", "start", options=options)
        started = await start.wait_reply()
        assert "started a poll quiz: 1 questions" in started.content
        question = await next_question(fake, "quiz", started.id)
        item = known(question)
        assert (
            "Answer with `/quiz answer`" in question.text() and "One answer each" in question.text()
        )

        typed = await fake.send_message("quiz", "carol", item.answer)  # unseen: no intent
        answers = {"alice": item.answer, "bob": item.wrong}
        for name, text in answers.items():
            handle = await fake.invoke_command(
                name, "quiz", "quiz", "answer", options={"text": text}
            )
            said = await handle.wait_reply()
            assert said.ephemeral and "is in" in said.content
        again = await fake.invoke_command(
            "bob", "quiz", "quiz", "answer", options={"text": item.answer}
        )
        assert "already answered" in (await again.wait_reply()).content

        reveal = await next_reveal(fake, "quiz", question.id, timeout=10)  # closes on time
        assert "Alice got it" in reveal.text() and f"Bob: {item.wrong}" in reveal.text()
        assert "Carol" not in reveal.text() and typed.reactions == []
        final = await standings(fake, "quiz", reveal.id)
        assert "Alice" in final.text() and "Quiz over" in final.text()
    finally:
        assert await bot.stop() == 0
    assert "Traceback" not in bot.log
