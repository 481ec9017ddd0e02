"""The `/quiz` commands (and `!quiz ...` where the message content intent is on).

Callbacks only translate: they read options, ask the runner, the store or the
library, and reply. Timing lives in each channel's `SessionRunner` task.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Literal, cast

import discord
from discord import app_commands
from discord.ext import commands

from bot.engine.errors import QuizError
from bot.engine.limits import QUESTIONS
from bot.engine.session import Mode
from bot.engine.teams import TeamLobby, TeamRoster, make_teams
from bot.exts.quiz.lobby import LobbyControl, OpenLobby, lobby_buttons, run_timer
from bot.exts.quiz.playing import RIGHT_REACTION, answer_from_message
from bot.exts.quiz.renderer import DiscordRenderer
from bot.exts.ui import NO_MENTIONS, embeds
from bot.exts.ui.checks import is_moderator, may_start
from bot.exts.ui.choices import set_choices, tag_choices
from bot.exts.ui.errors import reply_error, user_message
from bot.exts.ui.groups import IN_QUIZ, GroupedCog
from bot.exts.ui.pictures import leaderboard_picture
from bot.exts.ui.replies import feedback, player_of
from bot.game.registry import STOP_GRACE_SECONDS, GameRegistry, Limits, Place, RunningGame
from bot.game.starting import Host, StartRequest, parse_tags, start_session
from bot.settings import GuildOverrides, effective

if TYPE_CHECKING:
    from bot.client import QuizBot

logger = logging.getLogger(__name__)

# mypy 2 cannot infer discord.py's hybrid command decorators (their ParamSpec comes out as
# Never), hence the targeted `type: ignore[arg-type]` on each of them below.
Context = commands.Context["QuizBot"]
ChannelGame = RunningGame[DiscordRenderer]
StartMode = Literal["race", "poll", "solo", "teams"]
# How long a stopping bot spends saying its open team lobbies are called off.
LOBBY_CALL_OFF_SECONDS = 3.0


def _where(ctx: Context) -> tuple[discord.Guild, Place]:
    if ctx.guild is None:
        raise commands.NoPrivateMessage()
    return ctx.guild, Place(str(ctx.guild.id), str(ctx.channel.id))


class QuizCog(GroupedCog, name="Quiz"):
    """Games in channels: start, play, stop; the sets and the leaderboard."""

    def __init__(self, bot: QuizBot) -> None:
        super().__init__(bot)
        self.bot = bot
        self.games: GameRegistry[DiscordRenderer] = GameRegistry(
            Limits(per_scope=bot.settings.discord.max_sessions_per_guild)
        )
        # Team lobbies waiting for players; each holds its channel until its game starts.
        self.lobbies: dict[Place, OpenLobby] = {}

    async def cog_unload(self) -> None:
        # Open lobbies are called off in place, all at once and briefly: shutting down
        # must not wait on a slow edit.
        shutting = [room.view.shut() for room in self.lobbies.values() if room.view is not None]
        if shutting:
            with contextlib.suppress(TimeoutError):
                # Within the games' shared window when the bot is closing (SIGTERM's 2 s).
                await asyncio.wait_for(
                    asyncio.gather(*shutting), self.bot.stop_grace(LOBBY_CALL_OFF_SECONDS)
                )
        self.lobbies.clear()
        # Runs while the bot shuts down too, with the connection still open: each game
        # posts its standings before the bot disconnects.
        try:
            await self.games.stop_all(self.bot.stop_grace(STOP_GRACE_SECONDS))
        except Exception:
            logger.exception("could not stop the running quizzes cleanly")
        await super().cog_unload()

    # -- helpers -------------------------------------------------------------------------

    def _game(self, ctx: Context) -> ChannelGame:
        _, place = _where(ctx)
        game = self.games.get(place)
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
        await answer_from_message(self.bot, self.games, message)

    @commands.Cog.listener()
    async def on_guild_channel_delete(self, channel: discord.abc.GuildChannel) -> None:
        self.games.place_gone(Place(str(channel.guild.id), str(channel.id)))

    @commands.Cog.listener()
    async def on_raw_thread_delete(self, payload: discord.RawThreadDeleteEvent) -> None:
        self.games.place_gone(Place(str(payload.guild_id), str(payload.thread_id)))

    # -- the commands --------------------------------------------------------------------

    @commands.hybrid_command(name="start", extras=IN_QUIZ)  # type: ignore[arg-type]
    @app_commands.rename(quiz_set="set")
    @app_commands.describe(
        quiz_set="Which question set (all sets if left out)",
        questions="How many questions",
        mode="race: first right answer wins; poll: everyone answers once; solo: only you; "
        "teams: a race between teams",
        tags="Only questions with these tags, separated by commas",
        difficulty="Only questions of this difficulty",
        teams="teams mode: how many teams (2 to 6)",
    )
    async def start(  # noqa: PLR0917 (discord.py reads options from the parameters)
        self,
        ctx: Context,
        quiz_set: str | None = None,
        questions: commands.Range[int, QUESTIONS.low, QUESTIONS.high] | None = None,
        mode: StartMode | None = None,
        tags: str | None = None,
        difficulty: Literal["easy", "medium", "hard"] | None = None,
        teams: commands.Range[int, 2, 6] | None = None,
    ) -> None:
        """Start a quiz in this channel."""
        _, place = _where(ctx)
        role = self.bot.settings.discord.starter_role
        if not may_start(ctx.author, role):
            raise QuizError(f"Only members with the {role} role can start a quiz here.")
        if teams is not None and mode not in (None, "teams"):
            raise QuizError(f"`teams` is for team games; pick `mode: teams` instead of {mode}.")
        team_game = mode == "teams" or teams is not None
        rules: Mode | None = "race" if team_game else cast("Mode | None", mode)
        request = StartRequest(
            quiz_set,
            questions,
            rules,
            parse_tags(tags),
            frozenset({difficulty}) if difficulty else frozenset(),
        )
        if team_game:
            await self._open_lobby(ctx, place, request, teams or 2)
            return
        await self.launch_game(
            ctx.channel,
            place,
            request,
            ctx.author,
            say=lambda text: ctx.send(text, allowed_mentions=NO_MENTIONS),
        )

    def _check_free(self, place: Place) -> None:
        if place in self.lobbies:
            raise QuizError("A team lobby is already open in this channel; join it or wait.")
        self.games.check_room(place)

    async def launch_game(
        self,
        channel: discord.abc.Messageable,
        place: Place,
        request: StartRequest,
        starter: discord.abc.User | None,
        *,
        say: Callable[[str], Awaitable[Any]] | None = None,
    ) -> ChannelGame:
        """Start a game in `channel` and say so (with `say`, e.g. the command's reply, else
        in the channel); `starter` None is the bot itself (a schedule)."""
        bot, store = self.bot, self.bot.store
        self._check_free(place)
        overrides = GuildOverrides.from_stored(await store.get_guild_settings(place.scope))
        me = bot.user
        starter_id = str(starter.id) if starter else str(me.id if me else 0)
        started = await start_session(
            Host(store, bot.clock, bot.scheduler),
            place,
            effective(bot.settings.quiz, overrides),
            request,
            sets=bot.library.sets_for(place.scope),
            starter_id=starter_id,
        )
        session = started.session
        typed = bot.settings.discord.message_content
        # launch() checks the room again and takes the channel in one step: of two starts
        # racing through the awaits above, only one gets it.
        game = self.games.launch(
            place,
            session,
            bot.clock,
            started.recorder,
            lambda tag, end: DiscordRenderer(
                channel,
                bot.clock,
                tag=tag,
                mode=session.mode,
                typed_in_channel=typed,
                on_lost=end,
                roster=session.options.roster,
            ),
        )
        kind = "team" if session.options.roster else session.mode
        who = embeds.player_name(starter.display_name) if starter else "A scheduled quiz"
        opener = f"**{who}** started a" if starter else f"**{who}**:"
        try:
            sets = embeds.sets_drawn_from(session)
            text = f"{opener} {kind} quiz: {session.total} questions from {sets}."
            if say is not None:
                await say(text)
            else:
                await channel.send(text, allowed_mentions=NO_MENTIONS)
        finally:
            game.go.set()
        return game

    async def _open_lobby(
        self, ctx: Context, place: Place, request: StartRequest, count: int
    ) -> None:
        self._check_free(place)
        stored = await self.bot.store.get_guild_settings(place.scope)
        overrides = GuildOverrides.from_stored(stored)
        teams = make_teams(
            count, names=overrides.team_names or (), colours=overrides.team_colours or ()
        )
        clock, channel, starter = self.bot.clock, ctx.channel, ctx.author
        seconds = self.bot.settings.discord.team_lobby_seconds
        lobby = TeamLobby(teams, str(starter.id), clock.monotonic(), seconds)

        async def begin(roster: TeamRoster) -> None:
            teamed = StartRequest(
                request.set_name,
                request.questions,
                request.mode,
                request.tags,
                request.difficulties,
                roster=roster,
            )
            await self.launch_game(channel, place, teamed, starter)

        room = OpenLobby(place, lobby, clock, begin)
        view = LobbyControl(room, self._forget_lobby)
        room.view = view
        self.lobbies[place] = room
        try:
            room.message = await ctx.send(
                embeds=room.embeds(), view=lobby_buttons(room), allowed_mentions=NO_MENTIONS
            )
        except BaseException:
            self._forget_lobby(room)
            raise
        room.timer = asyncio.create_task(run_timer(view, seconds))

    def _forget_lobby(self, room: OpenLobby) -> None:
        if self.lobbies.get(room.place) is room:
            del self.lobbies[room.place]

    @start.autocomplete("quiz_set")
    async def _set_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return set_choices(self.bot.library.sets_for(str(interaction.guild_id or "")), current)

    @start.autocomplete("tags")
    async def _tag_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return tag_choices(self.bot.library.tags_for(str(interaction.guild_id or "")), current)

    @commands.hybrid_command(name="stop", extras=IN_QUIZ)  # type: ignore[arg-type]
    async def stop(self, ctx: Context) -> None:
        """Stop the quiz in this channel."""
        game = self._game(ctx)
        game.runner.stop(str(ctx.author.id), is_moderator=is_moderator(ctx.permissions))
        await ctx.send(f"Quiz stopped by **{embeds.player_name(ctx.author.display_name)}**.")

    @commands.hybrid_command(name="skip", extras=IN_QUIZ)  # type: ignore[arg-type]
    async def skip(self, ctx: Context) -> None:
        """Reveal this question's answer and move on."""
        game = self._game(ctx)
        game.runner.skip(str(ctx.author.id), is_moderator=is_moderator(ctx.permissions))
        await ctx.send("Skipped.", ephemeral=True)

    @commands.hybrid_command(name="hint", extras=IN_QUIZ)  # type: ignore[arg-type]
    async def hint(self, ctx: Context) -> None:
        """Show the next hint now."""
        game = self._game(ctx)
        game.runner.hint(str(ctx.author.id), is_moderator=is_moderator(ctx.permissions))
        await ctx.send("Hint shown on the question.", ephemeral=True)

    @commands.hybrid_command(name="answer", extras=IN_QUIZ)  # type: ignore[arg-type]
    @app_commands.describe(text="Your answer")
    async def answer(self, ctx: Context, *, text: str) -> None:
        """Answer the open question."""
        game = self._game(ctx)
        player = player_of(ctx.author)
        said = feedback(await game.runner.answer(player, text), player.id)
        if ctx.interaction is None and said.outcome == "right":
            await ctx.message.add_reaction(RIGHT_REACTION)
            return
        await ctx.send(said.text, ephemeral=True, allowed_mentions=NO_MENTIONS)

    @commands.hybrid_command(name="sets", extras=IN_QUIZ)  # type: ignore[arg-type]
    async def sets(self, ctx: Context) -> None:
        """List the question sets."""
        _, place = _where(ctx)
        await ctx.send(embed=embeds.sets_embed(self.bot.library.sets_for(place.scope)))

    @commands.hybrid_command(name="leaderboard", extras=IN_QUIZ)  # type: ignore[arg-type]
    @app_commands.describe(
        period="all (default), week or month", picture="Also show the podium as a picture"
    )
    async def leaderboard(
        self, ctx: Context, period: Literal["all", "week", "month"] = "all", picture: bool = False
    ) -> None:
        """Top players in this server."""
        _, place = _where(ctx)
        rows = await self.bot.store.leaderboard(place.scope, period, self.bot.clock.wall())
        embed = embeds.leaderboard_embed(rows, period)
        drawn = await leaderboard_picture(rows, embed.title or "", embed) if picture else None
        if drawn is None:
            await ctx.send(embed=embed)
        else:
            await ctx.send(embed=embed, file=drawn)
