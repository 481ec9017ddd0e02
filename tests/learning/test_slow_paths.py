"""Commands whose work can take longer than Discord's 3 seconds still get their answer.

A guild may hold up to 100 uploaded sets and every removal re-reads them all; 40 sets
of 200 kB took 4 s to parse here. The fake is given a short interaction deadline and
the re-read a matching delay, so the test stays quick.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from bot.game.library import Library
from tests.discord.quizzes import RIVERS
from tests.fakediscord import FakeDiscord, started

from .harness import running, settings_in

DEADLINE = 0.3


@pytest_asyncio.fixture
async def impatient() -> AsyncIterator[FakeDiscord]:
    async with started(FakeDiscord(interaction_deadline=DEADLINE)) as fake:
        yield fake


async def test_removing_a_set_answers_in_time_when_the_re_read_is_slow(
    impatient: FakeDiscord, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = impatient
    settings = settings_in(tmp_path, {})
    async with running(fake, settings) as bot:
        upload = await fake.invoke_command(
            "admin", "quiz", "quizadmin", "upload", options={"file": fake.upload("r.yaml", RIVERS)}
        )
        assert "Set `r` saved" in (await upload.wait_reply()).text()

        original = Library.refresh_guild

        async def slow_refresh(self: Library, scope: str) -> None:
            await asyncio.sleep(DEADLINE * 2)
            await original(self, scope)

        monkeypatch.setattr(Library, "refresh_guild", slow_refresh)
        removed = await fake.invoke_command(
            "admin", "quiz", "quizadmin", "remove", options={"set": "r"}
        )
        reply = await removed.wait_reply()
        assert reply.ephemeral and "Set `r` removed" in reply.content
        assert "r" not in bot.library.sets_for(str(fake.guild.id))
