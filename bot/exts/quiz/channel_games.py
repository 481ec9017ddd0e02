"""The running quizzes: at most one per channel (a thread is a channel), a cap per guild.

Each game is a `SessionRunner` task of its own, so it outlives the command that
started it and any gateway reconnect; it is removed from the registry however it
ends (finished, stopped, channel lost, or an unexpected error, which is logged).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from dataclasses import dataclass, field

import discord

from bot.engine.errors import QuizError, SessionError
from bot.engine.session import Session, Standing
from bot.exts.quiz.renderer import DiscordRenderer
from bot.game.clock import Clock
from bot.game.recorder import Recorder
from bot.game.runner import SessionRunner

logger = logging.getLogger(__name__)


class GameRefusedError(QuizError):
    """A quiz cannot start here now (one already runs, or the guild is at its cap)."""


@dataclass(eq=False)
class ChannelGame:
    guild_id: int
    channel_id: int
    tag: str
    runner: SessionRunner
    renderer: DiscordRenderer
    task: asyncio.Task[tuple[Standing, ...]] | None = None
    # Set once the start command has answered, so the first question follows that answer.
    go: asyncio.Event = field(default_factory=asyncio.Event)


class ChannelGames:
    def __init__(self, *, max_per_guild: int) -> None:
        self.max_per_guild = max_per_guild
        self._games: dict[int, ChannelGame] = {}
        # Set by stop_all: commands keep arriving while the bot waits for standings to post.
        self._closing = False

    def get(self, channel_id: int) -> ChannelGame | None:
        return self._games.get(channel_id)

    def __len__(self) -> int:
        return len(self._games)

    def in_guild(self, guild_id: int) -> list[ChannelGame]:
        return [g for g in self._games.values() if g.guild_id == guild_id]

    def check_room(self, guild_id: int, channel_id: int) -> None:
        """Raise GameRefusedError unless a new quiz may start in this channel now."""
        if self._closing:
            raise GameRefusedError("The bot is shutting down; try again in a minute.")
        if channel_id in self._games:
            raise GameRefusedError(
                "A quiz is already running in this channel; `/quiz stop` ends it."
            )
        if len(self.in_guild(guild_id)) >= self.max_per_guild:
            raise GameRefusedError(
                f"This server already has {self.max_per_guild} quizzes running; "
                "wait for one to finish."
            )

    def launch(
        self,
        *,
        guild_id: int,
        channel: discord.abc.Messageable,
        channel_id: int,
        session: Session,
        clock: Clock,
        recorder: Recorder | None,
        typed_in_channel: bool,
    ) -> ChannelGame:
        """Register the game at once (the channel is taken); it starts playing on `game.go`."""
        self.check_room(guild_id, channel_id)
        tag = secrets.token_hex(4)
        renderer = DiscordRenderer(
            channel,
            clock,
            tag=tag,
            mode=session.mode,
            typed_in_channel=typed_in_channel,
            on_lost=lambda: self._end_soon(channel_id),
        )
        runner = SessionRunner(session, renderer, clock, recorder)
        game = ChannelGame(guild_id, channel_id, tag, runner, renderer)
        self._games[channel_id] = game
        game.task = asyncio.create_task(self._play(game), name=f"quiz-channel-{channel_id}")
        return game

    async def _play(self, game: ChannelGame) -> tuple[Standing, ...]:
        try:
            await game.go.wait()
            return await game.runner.run()
        except Exception:
            logger.exception("the quiz in channel %s failed", game.channel_id)
            return ()
        finally:
            if self._games.get(game.channel_id) is game:
                del self._games[game.channel_id]

    def channel_gone(self, channel_id: int) -> None:
        """The channel was deleted: end its quiz without trying to post anything."""
        game = self._games.get(channel_id)
        if game is not None:
            game.renderer.mark_lost()
            self._end(game)

    def _end_soon(self, channel_id: int) -> None:
        # Called from inside the renderer: let it return before the session is stopped.
        asyncio.get_running_loop().call_soon(self._end_by_channel, channel_id)

    def _end_by_channel(self, channel_id: int) -> None:
        game = self._games.get(channel_id)
        if game is not None:
            self._end(game)

    def _end(self, game: ChannelGame) -> None:
        if game.runner.session.state == "created":
            # Not started yet: nothing to record or show; a task cancelled this early never
            # reaches its own clean-up, so forget the game here.
            if game.task is not None:
                game.task.cancel()
            if self._games.get(game.channel_id) is game:
                del self._games[game.channel_id]
            return
        with contextlib.suppress(SessionError):
            game.runner.stop(None)

    async def stop_all(self, timeout: float) -> None:
        """Shutdown: end every quiz, letting each post its standings for up to `timeout` s."""
        self._closing = True
        games = list(self._games.values())
        if not games:
            return
        logger.info("stopping %d running quizzes", len(games))
        for game in games:
            self._end(game)
        tasks = [g.task for g in games if g.task is not None]
        _, pending = await asyncio.wait(tasks, timeout=timeout)
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending, timeout=1.0)
