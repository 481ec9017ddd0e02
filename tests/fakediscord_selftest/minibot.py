"""A tiny real discord.py bot that exercises what the quiz bot will use."""

from __future__ import annotations

import asyncio
import contextlib
import io
from collections.abc import AsyncIterator, Callable

import discord
from discord import app_commands
from discord.ext import commands

from tests.fakediscord import FakeDiscord, connected, discord_py_pointed_at

SETS = ["capitals", "chemistry", "coups-2022", "history"]


class AnswerModal(discord.ui.Modal, title="Your answer"):
    answer: discord.ui.TextInput[AnswerModal] = discord.ui.TextInput(
        label="Answer", custom_id="answer-text"
    )

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"you typed {self.answer.value}", ephemeral=True)


class PickView(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=30)
        self.picks: list[int] = []

    @discord.ui.button(label="Paris", custom_id="pick-paris", style=discord.ButtonStyle.primary)
    async def paris(self, interaction: discord.Interaction, _: discord.ui.Button[PickView]) -> None:
        self.picks.append(interaction.user.id)
        await interaction.response.send_message("pick noted", ephemeral=True)


class MiniBot(commands.Bot):
    def __init__(self, guild_id: int, *, message_content: bool, members: bool) -> None:
        intents = discord.Intents.default()
        intents.message_content = message_content
        intents.members = members
        # discord.py waits guild_ready_timeout (2s by default) after the last GUILD_CREATE
        # before it fires on_ready; keep these tests quick.
        super().__init__(command_prefix="!", intents=intents, guild_ready_timeout=0.05)
        self.guild_id = guild_id
        self.seen: asyncio.Queue[discord.Message] = asyncio.Queue()
        self.views: list[PickView] = []
        self.late_refusals = 0
        self.tree.add_command(build_group(self))

    async def setup_hook(self) -> None:
        guild = discord.Object(self.guild_id)
        self.tree.copy_global_to(guild=guild)
        await self.tree.sync(guild=guild)

    async def on_message(self, message: discord.Message) -> None:
        await self.seen.put(message)


def build_group(bot: MiniBot) -> app_commands.Group:
    group = app_commands.Group(name="quiz", description="Quiz commands")

    @group.command(name="start", description="Start a quiz")
    @app_commands.describe(quiz_set="Which set", questions="How many")
    async def start(interaction: discord.Interaction, quiz_set: str, questions: int = 5) -> None:
        await interaction.response.send_message(f"starting {quiz_set} with {questions}")

    @start.autocomplete("quiz_set")
    async def sets(_: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=s, value=s) for s in SETS if s.startswith(current)]

    @group.command(name="pick", description="A button question")
    async def pick(interaction: discord.Interaction) -> None:
        view = PickView()
        bot.views.append(view)
        await interaction.response.send_message("Capital of France?", view=view)

    @group.command(name="answer", description="Type an answer in a modal")
    async def answer(interaction: discord.Interaction) -> None:
        await interaction.response.send_modal(AnswerModal())

    @group.command(name="slow", description="Deferred reply then a followup")
    async def slow(interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True)
        await interaction.followup.send("done thinking")
        await interaction.followup.send("and one more", ephemeral=True)

    @group.command(name="upload", description="Read an attachment")
    async def upload(interaction: discord.Interaction, file: discord.Attachment) -> None:
        data = await file.read()
        await interaction.response.send_message(
            f"{file.filename}: {len(data)} bytes", file=discord.File(_bytes(data), "echo.yaml")
        )

    return group


def _bytes(data: bytes) -> io.BytesIO:
    return io.BytesIO(data)


@contextlib.asynccontextmanager
async def running_bot(
    fake: FakeDiscord,
    *,
    message_content: bool = True,
    members: bool = False,
    configure: Callable[[MiniBot], None] | None = None,
) -> AsyncIterator[MiniBot]:
    with discord_py_pointed_at(fake):
        bot = MiniBot(fake.guild.id, message_content=message_content, members=members)
        if configure is not None:
            configure(bot)
        async with connected(bot, fake, ready_within=5):
            yield bot


def add_sleepy_command(bot: MiniBot, seconds: float) -> None:
    """A command that answers too late, to prove the fake's 3-second rule."""

    @bot.tree.command(name="sleepy", description="Answers late")
    async def sleepy(interaction: discord.Interaction) -> None:
        await asyncio.sleep(seconds)
        try:
            await interaction.response.send_message("too late")
        except discord.NotFound:
            bot.late_refusals += 1
