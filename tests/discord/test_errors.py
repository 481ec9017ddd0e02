"""Unexpected command failures: a private apology to the member and a traceback in the log.

The QuizBot runs in-process here (same loop as the fake) so that failing commands
can be added to it; everything else is the real bot with its real extensions.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path

import discord
import pytest
import pytest_asyncio
from discord.ext import commands

from bot.client import QuizBot
from bot.exts.ui.errors import STORE_FAILED, UNEXPECTED
from bot.settings import load_settings
from tests.fakediscord import FakeDiscord, connected, discord_py_pointed_at

from .conftest import make_home


def add_failing_commands(bot: QuizBot) -> None:
    @bot.tree.command(name="boom", description="Always fails")
    async def boom(interaction: discord.Interaction) -> None:
        raise RuntimeError("kaboom from a slash command")

    async def crash(ctx: commands.Context[QuizBot]) -> None:
        raise RuntimeError("kaboom from a hybrid command")

    bot.add_command(commands.HybridCommand(crash, name="crash", description="Always fails"))


@pytest_asyncio.fixture
async def quizbot(fake_discord: FakeDiscord, tmp_path: Path) -> AsyncIterator[QuizBot]:
    settings = load_settings(make_home(tmp_path, fake_discord.guild.id).config)
    with discord_py_pointed_at(fake_discord):
        bot = QuizBot(settings, guild_ready_timeout=0.05)
        add_failing_commands(bot)
        async with connected(bot, fake_discord):
            yield bot


@pytest.mark.parametrize("name", ["boom", "crash"])
async def test_a_failing_command_answers_privately_and_logs_the_traceback(
    fake_discord: FakeDiscord, quizbot: QuizBot, caplog: pytest.LogCaptureFixture, name: str
) -> None:
    with caplog.at_level(logging.ERROR, logger="bot"):
        handle = await fake_discord.invoke_command("alice", "quiz", name)
        reply = await handle.wait_reply()
    assert reply.ephemeral and reply.content == UNEXPECTED
    failures = [r for r in caplog.records if r.exc_info and "kaboom" in str(r.exc_info[1])]
    assert len(failures) == 1, caplog.text
    # The bot is still alive and answering.
    sets = await fake_discord.invoke_command("alice", "quiz", "quiz", "sets")
    assert "trivia" in (await sets.wait_reply()).text()


async def test_a_closed_store_is_explained_not_crashed_on(
    fake_discord: FakeDiscord, quizbot: QuizBot, caplog: pytest.LogCaptureFixture
) -> None:
    await quizbot.store.close()
    with caplog.at_level(logging.WARNING, logger="bot"):
        handle = await fake_discord.invoke_command("alice", "quiz", "quiz", "leaderboard")
        reply = await handle.wait_reply()
    # One plain sentence for the member; what the store said goes to the log.
    assert reply.ephemeral and reply.content == STORE_FAILED
    assert "store is closed" in caplog.text
