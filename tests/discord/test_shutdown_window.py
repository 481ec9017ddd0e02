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
from bot.exts.learning.practice import PracticeRenderer
from bot.exts.quiz.renderer import DiscordRenderer
from bot.game.clock import SystemClock
from bot.game.registry import GameRefusedError, GameRegistry, Limits, Place

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
    games: GameRegistry[DiscordRenderer] = GameRegistry(Limits(per_scope=3))
    channel = SlowChannel()
    clock = SystemClock()
    session = new_session()
    game = games.launch(
        Place(str(GUILD), "10"),
        session,
        clock,
        None,
        lambda tag, end: DiscordRenderer(
            cast("discord.abc.Messageable", channel),
            clock,
            tag=tag,
            mode=session.mode,
            typed_in_channel=True,
            on_lost=end,
        ),
    )
    game.go.set()
    await asyncio.sleep(0.05)
    shutdown = asyncio.create_task(games.stop_all(5.0))
    await asyncio.sleep(0.05)
    assert not shutdown.done(), "the standings are still being posted"
    with pytest.raises(GameRefusedError, match="shutting down"):
        games.check_room(Place(str(GUILD), "11"))
    channel.release.set()
    await asyncio.wait_for(shutdown, 5.0)
    assert len(games) == 0
    assert "Quiz stopped" in str(channel.sent[-1]["embed"].title)


async def test_no_practice_starts_once_shutdown_began() -> None:
    practices: GameRegistry[PracticeRenderer] = GameRegistry(Limits(total=200, replace=True))
    await practices.stop_all(0.1)
    clock = SystemClock()
    with pytest.raises(GameRefusedError, match="shutting down"):
        practices.launch(
            Place(str(GUILD), "practice-5"),
            new_session(),
            clock,
            None,
            lambda tag, end: PracticeRenderer(
                cast("discord.Interaction[Any]", object()),
                clock,
                tag=tag,
                player_id="5",
                kind="Practice",
                guesses=3,
                on_end=end,
            ),
        )
    assert len(practices) == 0
