"""A small real discord.py bot, in-process, that hosts only the learning commands.

It gives `bot.exts.learning` what the quiz bot gives it (settings, clock, review
scheduler, store, sets, practice registry, guild sets) so its Discord side can
be tested against the fake Discord without the quiz cog; tests/discord runs the
same features through the real `quizbot run` process.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.authoring.guildsets import GuildSets
from bot.engine.loader import Bank, load_bank
from bot.engine.models import QuizSet
from bot.engine.review import ReviewScheduler
from bot.exts.learning import sets_admin
from bot.exts.learning.controls import ControlButton
from bot.exts.learning.embeds import add_learning_fields
from bot.exts.learning.practice import PracticeSessions
from bot.exts.learning.starting import learning_stats, start_practice, start_review
from bot.exts.quiz.errors import send_private, user_message
from bot.game.clock import SystemClock
from bot.settings import Settings
from bot.store.aio import AsyncStore
from tests.fakediscord import FakeDiscord, discord_py_pointed_at


class LearnTree(app_commands.CommandTree["LearnBot"]):
    async def on_error(
        self, interaction: discord.Interaction[LearnBot], error: app_commands.AppCommandError
    ) -> None:
        message, unexpected = user_message(error)
        if unexpected is not None:
            self.client.failures.append(unexpected)
        await send_private(interaction, message)


class LearnBot(commands.Bot):
    def __init__(self, guild_id: int, settings: Settings) -> None:
        super().__init__(
            command_prefix="!",
            intents=discord.Intents.default(),
            guild_ready_timeout=0.05,
            tree_cls=LearnTree,
            allowed_mentions=discord.AllowedMentions.none(),
        )
        self.guild_id = guild_id
        self.settings = settings
        self.clock = SystemClock()
        self.scheduler = ReviewScheduler()
        self.practices = PracticeSessions()
        self.shipped: Bank = load_bank(settings.quizzes)
        self.guild_sets = GuildSets(
            settings.guild_quizzes,
            settings.discord.upload_max_bytes,
            shipped=self.shipped_names,
        )
        self._guild_banks: dict[str, Bank] = {}
        self._store: AsyncStore | None = None
        self.failures: list[BaseException] = []
        self.tree.add_command(quiz_group(self))
        self.tree.add_command(admin_group(self))

    # -- what the learning code asks of the bot -------------------------------------------

    @property
    def library(self) -> LearnBot:
        return self

    @property
    def store(self) -> AsyncStore:
        assert self._store is not None
        return self._store

    def sets_for(self, scope: str) -> dict[str, QuizSet]:
        own = self._guild_banks.get(scope, Bank()).sets
        return {**{n: q for n, q in own.items() if n not in self.shipped.sets}, **self.shipped.sets}

    async def refresh_guild(self, scope: str) -> None:
        self._guild_banks[scope] = await asyncio.to_thread(self.guild_sets.load_bank, scope)

    def shipped_names(self) -> list[str]:
        return list(self.shipped.sets)

    def guild_set_names(self, scope: str) -> list[str]:
        return sorted(self._guild_banks.get(scope, Bank()).sets)

    async def setup_hook(self) -> None:
        self._store = await AsyncStore.open_sqlite(self.settings.database)
        self.add_dynamic_items(ControlButton)
        guild = discord.Object(self.guild_id)
        self.tree.copy_global_to(guild=guild)
        await self.tree.sync(guild=guild)

    async def close(self) -> None:
        await self.practices.stop_all(3)
        await super().close()
        if self._store is not None:
            await self._store.close()


def quiz_group(bot: LearnBot) -> app_commands.Group:
    group = app_commands.Group(name="quiz", description="Quiz commands", guild_only=True)

    @group.command(name="practice", description="Practise alone, privately")
    @app_commands.rename(quiz_set="set")
    async def practice(
        interaction: discord.Interaction,
        quiz_set: str | None = None,
        questions: app_commands.Range[int, 1, 20] | None = None,
    ) -> None:
        await start_practice(bot, interaction, set_name=quiz_set, questions=questions)

    @group.command(name="review", description="Your due review cards, privately")
    async def review(interaction: discord.Interaction) -> None:
        await start_review(bot, interaction)

    @group.command(name="stats", description="Your statistics")
    async def stats(interaction: discord.Interaction) -> None:
        scope, who = str(interaction.guild_id), str(interaction.user.id)
        record = await bot.store.player_stats(scope, who)
        tags, weakest = await learning_stats(bot, scope, who, record)
        embed = discord.Embed(title="Stats", description=f"{record.correct}/{record.answered}")
        add_learning_fields(embed, tags, weakest)
        await interaction.response.send_message(embed=embed, ephemeral=True)

    return group


def admin_group(bot: LearnBot) -> app_commands.Group:
    group = app_commands.Group(
        name="quizadmin",
        description="Quiz administration",
        guild_only=True,
        default_permissions=discord.Permissions(manage_guild=True),
    )

    def manager(interaction: discord.Interaction) -> bool:
        if not interaction.permissions.manage_guild:
            raise app_commands.MissingPermissions(["manage_guild"])
        return True

    @group.command(name="upload", description="Add a question set")
    @app_commands.check(manager)
    async def upload(
        interaction: discord.Interaction, file: discord.Attachment, name: str | None = None
    ) -> None:
        await sets_admin.upload(bot, interaction, file, name)

    @group.command(name="export", description="Send back an uploaded set")
    @app_commands.rename(set_name="set")
    @app_commands.check(manager)
    async def export(interaction: discord.Interaction, set_name: str) -> None:
        await sets_admin.export(bot, interaction, set_name)

    @group.command(name="remove", description="Remove an uploaded set")
    @app_commands.rename(set_name="set")
    @app_commands.check(manager)
    async def remove(interaction: discord.Interaction, set_name: str) -> None:
        await sets_admin.remove(bot, interaction, set_name)

    @group.command(name="draft", description="Draft a quiz from an article")
    @app_commands.check(manager)
    async def draft(interaction: discord.Interaction, file: discord.Attachment) -> None:
        await sets_admin.draft(bot, interaction, file)

    return group


@contextlib.asynccontextmanager
async def running(fake: FakeDiscord, settings: Settings) -> AsyncIterator[LearnBot]:
    with discord_py_pointed_at(fake):
        bot = LearnBot(fake.guild.id, settings)
        await bot.login(fake.token)
        task = asyncio.create_task(bot.connect(reconnect=True))
        try:
            await asyncio.wait_for(bot.wait_until_ready(), 10)
            yield bot
        finally:
            await bot.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(task, 5)
    assert not bot.failures, bot.failures


def settings_in(folder: Path, quizzes: dict[str, str], **quiz: Any) -> Settings:
    shipped = folder / "quizzes"
    shipped.mkdir(parents=True, exist_ok=True)
    for name, text in quizzes.items():
        (shipped / f"{name}.yaml").write_text(text, encoding="utf-8")
    return Settings.model_validate(
        {
            "quizzes": shipped,
            "guild_quizzes": folder / "guild-quizzes",
            "database": folder / "scores.db",
            "quiz": {"reveal_pause": 0.2, "hint_schedule": [0.5], **quiz},
        }
    )
