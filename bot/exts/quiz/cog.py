"""The `/quiz` commands (and `!quiz ...` where the message content intent is on).

Callbacks only translate: they read options, ask the runner, the store or the
library, and reply. Timing lives in each channel's `SessionRunner` task.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.engine.errors import QuizError
from bot.engine.models import QuizSet
from bot.engine.session import Session
from bot.exts.learning import starting as learning
from bot.exts.learning.embeds import add_learning_fields
from bot.exts.quiz import embeds
from bot.exts.quiz.channel_games import ChannelGame
from bot.exts.quiz.checks import is_moderator, may_start
from bot.exts.quiz.errors import reply_error, user_message
from bot.exts.quiz.playing import RIGHT_REACTION, answer_from_message
from bot.exts.quiz.replies import feedback, player_of
from bot.exts.quiz.starting import GuildOverrides, StartRequest, session_options
from bot.game.recorder import PlayContext, Recorder
from bot.settings import Mode

if TYPE_CHECKING:
    from bot.client import QuizBot

logger = logging.getLogger(__name__)

# mypy 2 cannot infer discord.py's hybrid command decorators (their ParamSpec comes out as
# Never), hence the targeted `type: ignore[arg-type]` on each of them below.
Context = commands.Context["QuizBot"]
NO_MENTIONS = discord.AllowedMentions.none()
MAX_CHOICES = 25
CHOICE_LIMIT = 100
PRIVATE_ONLY = "Only you should see this: use the slash command `/quiz {name}`."


def set_choices(sets: Mapping[str, QuizSet], current: str) -> list[app_commands.Choice[str]]:
    """Autocomplete for a set option. A name over Discord's 100 characters (a long file
    name) is left out: one such choice makes Discord refuse the whole list."""
    typed = current.strip().casefold()
    return [
        app_commands.Choice(name=embeds.clip(f"{name}: {quiz.title}", CHOICE_LIMIT), value=name)
        for name, quiz in sets.items()
        if len(name) <= CHOICE_LIMIT and (typed in name or typed in quiz.title.casefold())
    ][:MAX_CHOICES]


def _where(ctx: Context) -> tuple[discord.Guild, discord.abc.Messageable, int]:
    if ctx.guild is None:
        raise commands.NoPrivateMessage()
    return ctx.guild, ctx.channel, ctx.channel.id


class QuizCog(commands.Cog, name="Quiz"):
    def __init__(self, bot: QuizBot) -> None:
        self.bot = bot

    # -- helpers -------------------------------------------------------------------------

    def _game(self, ctx: Context) -> ChannelGame:
        _where(ctx)
        game = self.bot.games.get(ctx.channel.id)
        if game is None:
            raise QuizError("No quiz is running in this channel; `/quiz start` begins one.")
        return game

    async def cog_command_error(self, ctx: commands.Context[Any], error: Exception) -> None:
        message, unexpected = user_message(error)
        if unexpected is not None:
            name = ctx.command.qualified_name if ctx.command else "?"
            logger.error("command %s failed", name, exc_info=unexpected)
        await reply_error(ctx, message)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        await answer_from_message(self.bot, message)

    @commands.Cog.listener()
    async def on_guild_channel_delete(self, channel: discord.abc.GuildChannel) -> None:
        self.bot.games.channel_gone(channel.id)

    @commands.Cog.listener()
    async def on_raw_thread_delete(self, payload: discord.RawThreadDeleteEvent) -> None:
        self.bot.games.channel_gone(payload.thread_id)

    # -- the group -----------------------------------------------------------------------

    @commands.hybrid_group(name="quiz")  # type: ignore[arg-type]
    @commands.guild_only()
    async def quiz(self, ctx: Context) -> None:
        """Play quizzes in this channel."""
        if ctx.invoked_subcommand is None:
            await ctx.send("Try `/quiz start`, `/quiz sets` or `/quiz leaderboard`.")

    @quiz.command(name="start")  # type: ignore[arg-type]
    @app_commands.rename(quiz_set="set")
    @app_commands.describe(
        quiz_set="Which question set (all sets if left out)",
        questions="How many questions",
        mode="race: first right answer wins; poll: everyone answers once; solo: only you",
        tags="Only questions with these tags, separated by commas",
        difficulty="Only questions of this difficulty",
    )
    async def start(  # noqa: PLR0917 (discord.py reads options from the parameters)
        self,
        ctx: Context,
        quiz_set: str | None = None,
        questions: commands.Range[int, 1, 100] | None = None,
        mode: Mode | None = None,
        tags: str | None = None,
        difficulty: Literal["easy", "medium", "hard"] | None = None,
    ) -> None:
        """Start a quiz in this channel."""
        guild, channel, channel_id = _where(ctx)
        role = self.bot.settings.discord.starter_role
        if not may_start(ctx.author, role):
            raise QuizError(f"Only members with the {role} role can start a quiz here.")
        games, store = self.bot.games, self.bot.store
        games.check_room(guild.id, channel_id)
        scope = str(guild.id)
        overrides = GuildOverrides.from_stored(await store.get_guild_settings(scope))
        avoid = await store.recent_questions(scope, str(channel_id))
        request = StartRequest(quiz_set, questions, mode, tags, difficulty)
        options = session_options(
            self.bot.settings.quiz,
            overrides,
            request,
            sets=self.bot.library.sets_for(scope),
            starter_id=str(ctx.author.id),
            avoid=frozenset(avoid),
        )
        session = Session(options)
        context = PlayContext(scope, str(channel_id), uuid.uuid4().hex)
        # launch() checks the room again and takes the channel in one step: of two starts
        # racing through the awaits above, only one gets it.
        game = games.launch(
            guild_id=guild.id,
            channel=channel,
            channel_id=channel_id,
            session=session,
            clock=self.bot.clock,
            recorder=Recorder(store, context, self.bot.clock, self.bot.scheduler),
            typed_in_channel=self.bot.settings.discord.message_content,
        )
        names = ", ".join(sorted({p.key[0] for p in session.plan}))
        try:
            await ctx.send(
                f"**{embeds.player_name(ctx.author.display_name)}** started a {session.mode} "
                f"quiz: {session.total} questions from {embeds.clip(names, 300)}.",
                allowed_mentions=NO_MENTIONS,
            )
        finally:
            game.go.set()

    @start.autocomplete("quiz_set")
    async def _set_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return set_choices(self.bot.library.sets_for(str(interaction.guild_id or "")), current)

    @start.autocomplete("tags")
    async def _tag_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        *done, typing = current.split(",")
        chosen = [t.strip().casefold() for t in done if t.strip()]
        prefix = ", ".join(chosen)
        found = []
        for tag in self.bot.library.tags_for(str(interaction.guild_id or "")):
            if tag.startswith(typing.strip().casefold()) and tag not in chosen:
                value = f"{prefix}, {tag}" if prefix else tag
                if len(value) <= CHOICE_LIMIT:
                    found.append(app_commands.Choice(name=value, value=value))
        return found[:MAX_CHOICES]

    @quiz.command(name="stop")  # type: ignore[arg-type]
    async def stop(self, ctx: Context) -> None:
        """Stop the quiz in this channel."""
        game = self._game(ctx)
        game.runner.stop(str(ctx.author.id), is_moderator=is_moderator(ctx.permissions))
        await ctx.send(f"Quiz stopped by **{embeds.player_name(ctx.author.display_name)}**.")

    @quiz.command(name="skip")  # type: ignore[arg-type]
    async def skip(self, ctx: Context) -> None:
        """Reveal this question's answer and move on."""
        game = self._game(ctx)
        game.runner.skip(str(ctx.author.id), is_moderator=is_moderator(ctx.permissions))
        await ctx.send("Skipped.", ephemeral=True)

    @quiz.command(name="hint")  # type: ignore[arg-type]
    async def hint(self, ctx: Context) -> None:
        """Show the next hint now."""
        game = self._game(ctx)
        game.runner.hint(str(ctx.author.id), is_moderator=is_moderator(ctx.permissions))
        await ctx.send("Hint shown on the question.", ephemeral=True)

    @quiz.command(name="answer")  # type: ignore[arg-type]
    @app_commands.describe(text="Your answer")
    async def answer(self, ctx: Context, *, text: str) -> None:
        """Answer the open question."""
        game = self._game(ctx)
        player = player_of(ctx.author)
        said = feedback(game.runner.answer(player, text), player.id)
        if ctx.interaction is None and said.outcome == "right":
            await ctx.message.add_reaction(RIGHT_REACTION)
            return
        await ctx.send(said.text, ephemeral=True, allowed_mentions=NO_MENTIONS)

    @quiz.command(name="sets")  # type: ignore[arg-type]
    async def sets(self, ctx: Context) -> None:
        """List the question sets."""
        guild, _, _ = _where(ctx)
        await ctx.send(embed=embeds.sets_embed(self.bot.library.sets_for(str(guild.id))))

    @quiz.command(name="leaderboard")  # type: ignore[arg-type]
    @app_commands.describe(period="all (default), week or month")
    async def leaderboard(
        self, ctx: Context, period: Literal["all", "week", "month"] = "all"
    ) -> None:
        """Top players in this server."""
        guild, _, _ = _where(ctx)
        rows = await self.bot.store.leaderboard(str(guild.id), period, self.bot.clock.wall())
        await ctx.send(embed=embeds.leaderboard_embed(rows, period))

    @quiz.command(name="stats")  # type: ignore[arg-type]
    @app_commands.describe(member="Whose statistics (yours if left out)")
    async def stats(self, ctx: Context, member: discord.Member | None = None) -> None:
        """Your quiz statistics (only you see them)."""
        guild, _, _ = _where(ctx)
        who = member or ctx.author
        scope = str(guild.id)
        stats = await self.bot.store.player_stats(scope, str(who.id))
        embed = embeds.stats_embed(stats, stats.name or who.display_name)
        tags, weakest = await learning.learning_stats(self.bot, scope, str(who.id), stats)
        add_learning_fields(embed, tags, weakest)
        await ctx.send(embed=embed, ephemeral=True)

    @quiz.command(name="practice")  # type: ignore[arg-type]
    @app_commands.rename(quiz_set="set")
    @app_commands.describe(
        quiz_set="Which question set (all sets if left out)",
        questions=f"How many questions (1 to {learning.PRACTICE_MAX_QUESTIONS})",
    )
    async def practice(
        self,
        ctx: Context,
        quiz_set: str | None = None,
        questions: commands.Range[int, 1, learning.PRACTICE_MAX_QUESTIONS] | None = None,
    ) -> None:
        """Practise alone: questions only you can see, with buttons and a typed-answer box."""
        _where(ctx)
        if ctx.interaction is None:
            await ctx.send(PRIVATE_ONLY.format(name="practice"))
            return
        await learning.start_practice(
            self.bot, ctx.interaction, set_name=quiz_set, questions=questions
        )

    @practice.autocomplete("quiz_set")
    async def _practice_set_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return set_choices(self.bot.library.sets_for(str(interaction.guild_id or "")), current)

    @quiz.command(name="review")  # type: ignore[arg-type]
    async def review(self, ctx: Context) -> None:
        """Your due review cards, privately: the questions you missed come back."""
        _where(ctx)
        if ctx.interaction is None:
            await ctx.send(PRIVATE_ONLY.format(name="review"))
            return
        await learning.start_review(self.bot, ctx.interaction)
