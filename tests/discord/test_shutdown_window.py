"""While the bot shuts down it still receives commands: none may start a game it will abandon.

In-process, on the real registries and sessions; the channel is a small stand-in whose
sends hang until released, like a rate-limited Discord during the shutdown grace.
"""

from __future__ import annotations

import asyncio
from typing import Any, cast

import discord
import pytest

from bot.engine.loader import load_quiz_text
from bot.engine.session import Session, SessionOptions
from bot.exts.learning.practice import PracticeRefusedError, PracticeSessions
from bot.exts.quiz.channel_games import ChannelGames, GameRefusedError
from bot.game.clock import SystemClock

from .quizzes import TRIVIA_YAML

GUILD = 1


class SlowChannel:
    """Every send waits until `release` is set."""

    def __init__(self) -> None:
        self.release = asyncio.Event()
        self.sent: list[dict[str, Any]] = []

    async def send(self, **kwargs: Any) -> discord.Message:
        await self.release.wait()
        self.sent.append(kwargs)
        return cast("discord.Message", None)


def new_session() -> Session:
    quiz = load_quiz_text(TRIVIA_YAML, "trivia", "trivia.yaml")
    return Session(SessionOptions(sets=(quiz,), questions=2, seed=1, reveal_pause=0))


async def test_no_quiz_starts_while_running_ones_post_their_standings() -> None:
    games = ChannelGames(max_per_guild=3)
    channel = SlowChannel()
    game = games.launch(
        guild_id=GUILD,
        channel=cast("discord.abc.Messageable", channel),
        channel_id=10,
        session=new_session(),
        clock=SystemClock(),
        recorder=None,
        typed_in_channel=True,
    )
    game.go.set()
    await asyncio.sleep(0.05)
    shutdown = asyncio.create_task(games.stop_all(5.0))
    await asyncio.sleep(0.05)
    assert not shutdown.done(), "the standings are still being posted"
    with pytest.raises(GameRefusedError, match="shutting down"):
        games.check_room(GUILD, 11)
    channel.release.set()
    await asyncio.wait_for(shutdown, 5.0)
    assert len(games) == 0
    assert "Quiz stopped" in str(channel.sent[-1]["embed"].title)


async def test_no_practice_starts_once_shutdown_began() -> None:
    practices = PracticeSessions()
    await practices.stop_all(0.1)
    with pytest.raises(PracticeRefusedError, match="shutting down"):
        practices.launch(
            guild_id=GUILD,
            user_id=5,
            anchor=cast("discord.Interaction[Any]", object()),
            session=new_session(),
            clock=SystemClock(),
            recorder=None,
            kind="Practice",
        )
    assert len(practices) == 0
