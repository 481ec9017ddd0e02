"""`/quiz practice`, `/quiz review` and `/quiz stats`: learning alone, privately.

Practice and review are solo sessions shown only to the member (ephemeral
messages), kept in this cog's own registry of running games; answers count for
statistics and review cards, not the leaderboard.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.charts import StatsCard
from bot.engine.errors import QuizError
from bot.engine.models import QuizSet
from bot.engine.qotd import daily_streak
from bot.engine.session import Session
from bot.exts.learning.embeds import add_learning_fields
from bot.exts.learning.mastery import weakest_questions
from bot.exts.learning.practice import DEFAULT_MAX_RUNNING, Kind, PracticeRenderer
from bot.exts.learning.review import REVIEW_LIMIT, nothing_due_text
from bot.exts.ui import NO_MENTIONS
from bot.exts.ui.choices import set_choices
from bot.exts.ui.confirm import confirm_deletion
from bot.exts.ui.embeds import sets_drawn_from, stats_embed
from bot.exts.ui.errors import reply_error, user_message
from bot.exts.ui.groups import IN_QUIZ, GroupedCog
from bot.exts.ui.pictures import stats_picture
from bot.game.mastery import END_OF_TIME, MAX_CARDS, tag_mastery
from bot.game.recorder import Recorder
from bot.game.registry import STOP_GRACE_SECONDS, GameRegistry, Limits, Place
from bot.game.reviewing import due_keys, due_sets, review_request
from bot.game.schedules import streak_today
from bot.game.starting import Host, Started, StartRequest, start_session
from bot.game.wording import forgotten_text, plural
from bot.settings import GuildOverrides, QuizSettings, effective

if TYPE_CHECKING:
    from bot.client import QuizBot

logger = logging.getLogger(__name__)

Context = commands.Context["QuizBot"]
PRACTICE_MAX_QUESTIONS = 20
PRACTICE_DEFAULT_QUESTIONS = 5
PRIVATE_ONLY = "Only you should see this: use the slash command `/quiz {name}`."


def practice_place(guild_id: int, user_id: int) -> Place:
    """Where a member's practice runs and is recorded: a "channel" private to them."""
    return Place(str(guild_id), f"practice-{user_id}")


def _place(interaction: discord.Interaction[Any]) -> Place:
    if interaction.guild_id is None:
        raise QuizError("Practice happens in a server, where your cards are kept.")
    return practice_place(interaction.guild_id, interaction.user.id)


class LearningCog(GroupedCog, name="Learning"):
    def __init__(self, bot: QuizBot) -> None:
        super().__init__(bot)
        self.bot = bot
        self.practices: GameRegistry[PracticeRenderer] = GameRegistry(
            Limits(total=DEFAULT_MAX_RUNNING, replace=True)
        )

    async def cog_unload(self) -> None:
        try:
            await self.practices.stop_all(self.bot.stop_grace(STOP_GRACE_SECONDS))
        except Exception:
            logger.exception("could not stop the private practice sessions cleanly")
        await super().cog_unload()

    async def cog_command_error(self, ctx: commands.Context[Any], error: Exception) -> None:
        message, unexpected = user_message(error)
        if unexpected is not None:
            name = ctx.command.qualified_name if ctx.command else "?"
            logger.error("command %s failed", name, exc_info=unexpected)
        await reply_error(ctx, message)

    # -- the commands --------------------------------------------------------------------

    @commands.hybrid_command(name="stats", extras=IN_QUIZ)  # type: ignore[arg-type]
    @app_commands.describe(member="Whose statistics (yours if left out)")
    async def stats(self, ctx: Context, member: discord.Member | None = None) -> None:
        """Your quiz statistics (only you see them)."""
        if ctx.guild is None:
            raise commands.NoPrivateMessage()
        who = member or ctx.author
        scope, player_id = str(ctx.guild.id), str(who.id)
        store = self.bot.store
        stats = await store.player_stats(scope, player_id)
        embed = stats_embed(stats, stats.name or who.display_name)
        cards = await store.due_cards(scope, player_id, END_OF_TIME, MAX_CARDS)
        sets = self.bot.library.sets_for(scope)
        now = self.bot.clock.wall()
        tags = tag_mastery(cards, stats.per_tag, sets, self.bot.scheduler, now)
        add_learning_fields(embed, tags, weakest_questions(stats, sets))
        days = await store.qotd_days(scope, player_id)
        if days:
            daily = daily_streak(days, await streak_today(store, scope, now))
            embed.add_field(
                name="Question of the day",
                value=f"Daily streak: {daily.current} (best {daily.best})",
                inline=False,
            )
        card = StatsCard(stats.name or who.display_name, stats, tags, now.date())
        picture = await stats_picture(card, embed)
        if picture is None:
            await ctx.send(embed=embed, ephemeral=True)
        else:
            await ctx.send(embed=embed, file=picture, ephemeral=True)

    @commands.hybrid_command(name="forget-me", extras=IN_QUIZ)  # type: ignore[arg-type]
    async def forget_me(self, ctx: Context) -> None:
        """Delete everything the bot keeps about you, in every server."""
        if ctx.interaction is None:
            await ctx.send(PRIVATE_ONLY.format(name="forget-me"))
            return
        interaction = ctx.interaction
        if not await confirm_deletion(
            interaction,
            "Delete your answers, scores, streaks and review cards **in every server**?"
            " Leaderboards stop showing you. This cannot be undone.",
        ):
            return
        gone = await self.bot.store.forget_player(str(interaction.user.id))
        logger.info("forgot player %s on their request", interaction.user.id)
        await interaction.followup.send(
            f"Done. {forgotten_text(gone.answers, gone.review_cards)}", ephemeral=True
        )

    @commands.hybrid_command(name="practice", extras=IN_QUIZ)  # type: ignore[arg-type]
    @app_commands.rename(quiz_set="set")
    @app_commands.describe(
        quiz_set="Which question set (all sets if left out)",
        questions=f"How many questions (1 to {PRACTICE_MAX_QUESTIONS})",
    )
    async def practice(
        self,
        ctx: Context,
        quiz_set: str | None = None,
        questions: commands.Range[int, 1, PRACTICE_MAX_QUESTIONS] | None = None,
    ) -> None:
        """Practise alone: questions only you can see, with buttons and a typed-answer box."""
        if ctx.guild is None:
            raise commands.NoPrivateMessage()
        if ctx.interaction is None:
            await ctx.send(PRIVATE_ONLY.format(name="practice"))
            return
        await self.start_practice(ctx.interaction, quiz_set, questions)

    @practice.autocomplete("quiz_set")
    async def _practice_set_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return set_choices(self.bot.library.sets_for(str(interaction.guild_id or "")), current)

    @commands.hybrid_command(name="review", extras=IN_QUIZ)  # type: ignore[arg-type]
    async def review(self, ctx: Context) -> None:
        """Your due review cards, privately: the questions you missed come back."""
        if ctx.guild is None:
            raise commands.NoPrivateMessage()
        if ctx.interaction is None:
            await ctx.send(PRIVATE_ONLY.format(name="review"))
            return
        await self.start_review(ctx.interaction)

    # -- starting ------------------------------------------------------------------------

    async def start_practice(
        self, interaction: discord.Interaction[Any], set_name: str | None, questions: int | None
    ) -> None:
        """Answer the command privately, then run a solo session shown only to the member."""
        place = _place(interaction)
        count = min(questions or PRACTICE_DEFAULT_QUESTIONS, PRACTICE_MAX_QUESTIONS)
        started = await self._start(
            str(interaction.user.id),
            place,
            await self._rules(place),
            StartRequest(set_name, count, "solo"),
            sets=self.bot.library.sets_for(place.scope),
            avoid_recent=True,
        )
        session = started.session
        intro = (
            f"Private practice: {session.total} questions from {sets_drawn_from(session)}. "
            "Only you see it; answers count for your statistics and review, not the leaderboard."
        )
        await self._launch(interaction, place, started, intro, "Practice")

    async def start_review(self, interaction: discord.Interaction[Any]) -> None:
        """Serve the member's due cards as a private solo session, or say when the next is due."""
        place = _place(interaction)
        store, now, player_id = self.bot.store, self.bot.clock.wall(), str(interaction.user.id)
        keys = await due_keys(store, place.scope, player_id, now, REVIEW_LIMIT)
        sets = due_sets(self.bot.library.sets_for(place.scope), keys)
        if not sets:
            upcoming = await store.due_cards(place.scope, player_id, END_OF_TIME, 1)
            text = nothing_due_text(upcoming[0] if upcoming else None, now, stale=len(keys))
            await interaction.response.send_message(text, ephemeral=True)
            return
        started = await self._start(
            str(interaction.user.id),
            place,
            await self._rules(place),
            review_request(sets, solo_pause=True),
            sets={quiz.name: quiz for quiz in sets},
            avoid_recent=False,
        )
        total = started.session.total
        intro = f"Review: {plural(total, 'card')} due. Only you see it."
        await self._launch(interaction, place, started, intro, "Review")

    async def _rules(self, place: Place) -> QuizSettings:
        stored = await self.bot.store.get_guild_settings(place.scope)
        return effective(self.bot.settings.quiz, GuildOverrides.from_stored(stored))

    async def _start(
        self,
        starter_id: str,
        place: Place,
        rules: QuizSettings,
        request: StartRequest,
        *,
        sets: Mapping[str, QuizSet],
        avoid_recent: bool,
    ) -> Started:
        bot = self.bot
        return await start_session(
            Host(bot.store, bot.clock, bot.scheduler),
            place,
            rules,
            request,
            sets=sets,
            starter_id=starter_id,
            award_points=False,
            avoid_recent=avoid_recent,
        )

    async def _launch(
        self,
        interaction: discord.Interaction[Any],
        place: Place,
        started: Started,
        intro: str,
        kind: Kind,
    ) -> None:
        self.practices.check_room(place)
        await interaction.response.send_message(intro, ephemeral=True, allowed_mentions=NO_MENTIONS)
        self._play(interaction, place, started.session, started.recorder, kind)

    def _play(
        self,
        anchor: discord.Interaction[Any],
        place: Place,
        session: Session,
        recorder: Recorder,
        kind: Kind,
    ) -> None:
        clock, player_id = self.bot.clock, str(anchor.user.id)
        game = self.practices.launch(
            place,
            session,
            clock,
            recorder,
            lambda tag, end: PracticeRenderer(
                anchor,
                clock,
                tag=tag,
                player_id=player_id,
                kind=kind,
                guesses=session.options.guess_limit,
                on_end=end,
            ),
        )
        game.go.set()
