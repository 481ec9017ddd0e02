"""`QuizBot`: the discord.py bot that hosts the quiz extensions.

It holds what every extension shares: settings, the clock, the review scheduler,
the score store and the question library. Each cog owns its own state (the quiz
cog its channel games, the learning cog the private practices). Closing the bot
unloads the extensions first, so every game ends with its standings posted while
the HTTP session is still open; then it disconnects and closes the store, so every
recorded answer is on disk.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from typing import Any, cast

import discord
from discord import app_commands
from discord.ext import commands

from bot.authoring.guildsets import GuildSets
from bot.engine.review import ReviewScheduler
from bot.exts import EXTENSIONS
from bot.exts.ui import NO_MENTIONS
from bot.exts.ui.errors import reply_error, send_private, user_message
from bot.game.clock import Clock, SystemClock
from bot.game.library import Library
from bot.game.serversets import SETS_TOPIC, ServerSets
from bot.game.setimport import import_folders
from bot.settings import Settings
from bot.sharding import Sharding
from bot.store.base import Store
from bot.store.opening import open_store
from bot.store.records import StoreError

logger = logging.getLogger(__name__)

RELOAD_TOPIC = "reload"
# How often every server's uploaded sets are compared with the store, in case an
# announcement of a change was missed (the connection that hears them was down).
SETS_RESYNC_SECONDS = 60.0
# SIGTERM ends the process within 2 s: the running games get this long, together, to post
# their standings (their answers are stored already); the rest is for disconnecting.
SHUTDOWN_GAMES_SECONDS = 1.0


class StartupError(Exception):
    """The bot cannot start with these settings; the message is one line for the operator."""


class QuizTree(app_commands.CommandTree["QuizBot"]):
    """Every failed app command gets a private answer; unexpected failures are logged."""

    async def on_error(
        self, interaction: discord.Interaction[QuizBot], error: app_commands.AppCommandError
    ) -> None:
        message, unexpected = user_message(error)
        if unexpected is not None:
            name = interaction.command.qualified_name if interaction.command else "?"
            logger.error("app command %s failed", name, exc_info=unexpected)
        await send_private(interaction, message)


def intents_for(settings: Settings) -> discord.Intents:
    intents = discord.Intents.default()
    intents.message_content = settings.discord.message_content
    # Members are never listed; interactions and messages carry the member we need.
    intents.members = False
    intents.presences = False
    return intents


class QuizBot(commands.AutoShardedBot):
    """Sharded always: all the shards Discord recommends, or those `sharding` names.
    One shard is the small case of the same code, not a different bot."""

    def __init__(
        self,
        settings: Settings,
        *,
        clock: Clock | None = None,
        guild_ready_timeout: float = 2.0,
        sharding: Sharding | None = None,
    ) -> None:
        self.sharding = sharding or Sharding()
        # The bot never joins voice: skip discord.py's warnings about missing voice libraries.
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        prefix = settings.discord.command_prefix
        super().__init__(
            command_prefix=(
                commands.when_mentioned_or(prefix)
                if settings.discord.message_content
                else commands.when_mentioned
            ),
            intents=intents_for(settings),
            allowed_mentions=NO_MENTIONS,
            tree_cls=QuizTree,
            help_command=None,
            guild_ready_timeout=guild_ready_timeout,
            shard_count=self.sharding.count,
            # None means "all of them"; discord.py's annotation leaves it out.
            shard_ids=cast(
                "list[int]", None if self.sharding.ids is None else [*self.sharding.ids]
            ),
        )
        self.settings = settings
        self.clock: Clock = clock or SystemClock()
        self.scheduler = ReviewScheduler()
        checks = GuildSets(settings.discord.upload_max_bytes, shipped=self._shipped_set_names)
        self.guild_sets = ServerSets(checks, lambda: self.store, self.clock.wall)
        self.library = Library(settings.quizzes, lambda: self.store, checks.limits)
        self._store: Store | None = None
        self._resync: asyncio.Task[None] | None = None
        self._store_closed = False
        self._games_deadline: float | None = None  # set once close() begins
        # Names this process in announcements, so it does not act on its own twice.
        self.process_token = secrets.token_hex(8)

    def _shipped_set_names(self) -> list[str]:
        return list(self.library.bank.sets)

    @property
    def store(self) -> Store:
        if self._store is None:
            raise StoreError("the score store is not open")
        return self._store

    async def setup_hook(self) -> None:
        self._store = await self._open_store()
        await self._import_old_folders(self._store)
        await self.library.load()
        # Another process reloaded the shipped sets: do the same here.
        await self._store.listen(RELOAD_TOPIC, self._reload_announced)
        # A server's uploaded sets changed (here or in another process): read them again.
        await self._store.listen(SETS_TOPIC, self.library.refresh_guild)
        self._resync = asyncio.get_running_loop().create_task(self._keep_sets_current())
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        await self.sync_commands()

    async def announce_reload(self) -> None:
        """Tell the other processes on this database that the shipped sets changed."""
        await self.store.announce(RELOAD_TOPIC, self.process_token)

    async def _reload_announced(self, sender: str) -> None:
        if sender != self.process_token:
            result = await self.library.reload()
            logger.info("reloaded the shipped sets as another process did: %s", result.applied)

    async def _keep_sets_current(self) -> None:
        while True:
            await self.clock.sleep_until(self.clock.monotonic() + SETS_RESYNC_SECONDS)
            try:
                caught_up = await self.library.resync()
            except StoreError as error:
                logger.warning("could not compare the uploaded sets with the store: %s", error)
                continue
            except Exception:  # a full disk laying out pictures...: try again next round
                logger.exception("could not catch up with the uploaded sets")
                continue
            if caught_up:
                logger.info("caught up with the uploaded sets of %s", ", ".join(caught_up))

    async def _import_old_folders(self, store: Store) -> None:
        """Sets an older version kept in folders move into the store, once."""
        try:
            await import_folders(store, self.settings.guild_quizzes, self.clock.wall())
        except StoreError as error:
            raise StartupError(f"cannot import the uploaded sets: {error}") from None

    async def _open_store(self) -> Store:
        try:
            return await open_store(self.settings.database)
        except StoreError as error:
            raise StartupError(str(error)) from None

    async def sync_commands(self) -> None:
        guild_id = self.settings.discord.dev_guild_id
        if guild_id is None:
            synced = await self.tree.sync()
            logger.info("synced %d commands globally (may take up to an hour)", len(synced))
            return
        guild = discord.Object(guild_id)
        self.tree.copy_global_to(guild=guild)
        synced = await self.tree.sync(guild=guild)
        logger.info("synced %d commands to development guild %s", len(synced), guild_id)

    async def on_ready(self) -> None:
        logger.info("connected as %s to %d servers", self.user, len(self.guilds))

    async def on_command_error(
        self, ctx: commands.Context[Any], error: commands.CommandError, /
    ) -> None:
        if isinstance(error, commands.CommandNotFound):
            return
        if ctx.cog is not None and ctx.cog.has_error_handler():
            return  # the cog answered already
        message, unexpected = user_message(error)
        if unexpected is not None:
            logger.error("command %s failed", ctx.command, exc_info=unexpected)
        await reply_error(ctx, message)

    def stop_grace(self, unloading: float) -> float:
        """How long an extension being unloaded may wait for its games: `unloading` seconds,
        or, once the bot is closing, what is left of the games' shared window."""
        if self._games_deadline is None:
            return unloading
        return max(0.0, self._games_deadline - asyncio.get_running_loop().time())

    async def close(self) -> None:
        """Unload the extensions (their games end, standings posted within a shared window),
        disconnect, then close the store."""
        if self._games_deadline is None:
            self._games_deadline = asyncio.get_running_loop().time() + SHUTDOWN_GAMES_SECONDS
        if not hasattr(self, "_AutoShardedClient__queue"):
            # discord.py makes the shard queue at login; a bot closed before logging in
            # (a failed start, a test) needs one for its close to go through.
            self._AutoShardedClient__queue: asyncio.PriorityQueue[Any] = asyncio.PriorityQueue()
        if self._resync is not None:
            self._resync.cancel()
        try:
            await super().close()
        finally:
            self.library.close()
            await self.close_store()

    async def close_store(self) -> None:
        """Close the store once (every answer is committed already); later calls do nothing.
        The store stays reachable, closed, for whoever still holds the bot."""
        if self._store is not None and not self._store_closed:
            self._store_closed = True
            await self._store.close()
            logger.info("score store closed")
