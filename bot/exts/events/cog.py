"""`/quizadmin schedule add|list|remove` and `/quizadmin qotd-close`, and the scheduler task.

The scheduler (`bot.game.schedules.Scheduler`) runs inside this process for the
servers it is connected to; this cog is its `ScheduleHost`: it starts the quizzes,
posts the questions of the day and the champion, and reports a schedule it had
to turn off to the server's log channel (or, without one, the schedule's channel).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Literal, cast

import discord
from discord import app_commands

from bot.engine.errors import QuizError
from bot.engine.schedule import (
    MAX_SCHEDULES,
    Repeat,
    ScheduleError,
    Timing,
    check_lead,
    first_run,
    parse_date,
    parse_days,
    parse_time,
    zone,
)
from bot.exts.events.embeds import champion_embed, schedules_embed
from bot.exts.events.qotd import QotdDesk
from bot.exts.ui import NO_MENTIONS
from bot.exts.ui.embeds import RIGHT_COLOUR, timestamp
from bot.exts.ui.groups import ADMIN, IN_ADMIN, AdminGroup, GroupedCog
from bot.game.registry import GameRefusedError, Place
from bot.game.schedules import DisabledError, Kind, Scheduler, ScheduleSpec
from bot.game.starting import StartRequest, parse_tags
from bot.settings import GuildOverrides
from bot.store.calendar import ScheduleRecord

if TYPE_CHECKING:
    from bot.client import QuizBot
    from bot.exts.quiz.cog import QuizCog

logger = logging.getLogger(__name__)


class EventsCog(GroupedCog, name="Events"):
    # discord.py checks only a command's own group, not the group above it, so this
    # subgroup repeats the Manage Server check of `/quizadmin`.
    schedule = AdminGroup(
        name="schedule", description="Scheduled quizzes and posts", extras=IN_ADMIN
    )

    def __init__(self, bot: QuizBot) -> None:
        super().__init__(bot)
        self.bot = bot
        self.qotd = QotdDesk(bot)
        # Built once the bot runs: the store opens after the extensions are made.
        self.scheduler: Scheduler | None = None
        self._task: asyncio.Task[None] | None = None

    async def cog_load(self) -> None:
        await super().cog_load()
        self._task = asyncio.create_task(self._run(), name="scheduler")

    async def cog_unload(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self.qotd.stop()
        admin = self.bot.tree.get_command(ADMIN)
        if isinstance(admin, app_commands.Group):
            admin.remove_command("schedule")
        await super().cog_unload()

    async def _run(self) -> None:
        await self.bot.wait_until_ready()
        grace = timedelta(minutes=self.bot.settings.discord.schedule_grace_minutes)
        self.scheduler = Scheduler(self.bot.store, self.bot.clock, self, grace)
        await self.qotd.resume()
        await self.scheduler.run_forever()

    def _changed(self) -> None:
        if self.scheduler is not None:
            self.scheduler.changed()

    # -- ScheduleHost ----------------------------------------------------------------------

    def owns(self, scope: str) -> bool:
        # With sharding, each process sees only its own shards' servers.
        return scope.isdigit() and self.bot.get_guild(int(scope)) is not None

    def _channel(self, record: ScheduleRecord) -> discord.abc.Messageable:
        channel = self.bot.get_channel(int(record.channel))
        if not isinstance(channel, discord.TextChannel | discord.Thread):
            raise DisabledError(f"its channel <#{record.channel}> is gone")
        return channel

    async def announce(self, record: ScheduleRecord, spec: ScheduleSpec, run_at: datetime) -> None:
        channel = self._channel(record)
        await self._send(
            channel, record, f"\N{ALARM CLOCK} Coming up {timestamp(run_at)}: {spec.what()}."
        )

    async def run(self, record: ScheduleRecord, spec: ScheduleSpec, run_at: datetime) -> None:
        if spec.kind == "qotd":
            await self.qotd.post(record.scope, record.channel, record.schedule_id, spec, run_at)
        elif spec.kind == "champion":
            rows = await self.bot.store.leaderboard(
                record.scope, spec.period, self.bot.clock.wall()
            )
            await self._send(self._channel(record), record, embed=champion_embed(rows, spec.period))
        else:
            await self._start_quiz(record, spec)

    async def _start_quiz(self, record: ScheduleRecord, spec: ScheduleSpec) -> None:
        channel = self._channel(record)
        if spec.set_name and spec.set_name not in self.bot.library.sets_for(record.scope):
            raise DisabledError(f"its set {spec.set_name} was removed")
        quiz = cast("QuizCog | None", self.bot.get_cog("Quiz"))
        if quiz is None:
            logger.warning("schedule %s: the quiz extension is not loaded", record.schedule_id)
            return
        request = StartRequest(spec.set_name, spec.questions, spec.mode, spec.tags)
        try:
            await quiz.launch_game(channel, Place(record.scope, record.channel), request, None)
        except GameRefusedError as error:
            await self._send(channel, record, f"The scheduled quiz could not start: {error}")
        except discord.Forbidden:
            raise DisabledError(f"the bot may not post in <#{record.channel}>") from None
        except QuizError as error:
            raise DisabledError(str(error)) from None

    async def _send(
        self,
        channel: discord.abc.Messageable,
        record: ScheduleRecord,
        text: str = "",
        **extra: object,
    ) -> None:
        try:
            await channel.send(text or None, allowed_mentions=NO_MENTIONS, **extra)  # type: ignore[call-overload]
        except (discord.Forbidden, discord.NotFound):
            raise DisabledError(f"the bot may not post in <#{record.channel}>") from None

    async def disabled(self, record: ScheduleRecord, reason: str) -> None:
        stored = await self.bot.store.get_guild_settings(record.scope)
        log_channel = GuildOverrides.from_stored(stored).log_channel
        target = self.bot.get_channel(int(log_channel or record.channel))
        if target is None and log_channel:
            target = self.bot.get_channel(int(record.channel))
        if not isinstance(target, discord.abc.Messageable):
            return
        text = (
            f"\N{WARNING SIGN} Schedule #{record.schedule_id} was turned off: {reason}. "
            "`/quizadmin schedule list` shows it; remove it and add a new one."
        )
        with contextlib.suppress(discord.HTTPException):
            await target.send(text, allowed_mentions=NO_MENTIONS)

    # -- commands --------------------------------------------------------------------------

    @schedule.command(
        name="add", description="Schedule a quiz, a question of the day or a champion post"
    )
    @app_commands.rename(quiz_set="set", at="time", on="date")
    @app_commands.describe(
        channel="Where it runs",
        at="Start time, 24-hour clock: 20:00",
        timezone="IANA time zone, e.g. Europe/Paris or America/New_York (default UTC)",
        repeat="once (default), daily, or weekly on the given days",
        days="Weekly: the days, e.g. mon,wed,fri",
        on="Once: the date, YYYY-MM-DD (default: the next time that clock time comes)",
        kind="quiz (default), qotd (question of the day) or champion (top players post)",
        quiz_set="Which question set (all sets if left out)",
        tags="Only questions with these tags, separated by commas",
        questions="Quiz: how many questions",
        mode="Quiz: race (default) or poll",
        announce_minutes="Post a reminder this many minutes before (0: none)",
        open_hours="Question of the day: hours it stays open (default 23)",
        period="Champion: the week's or the month's top ten",
    )
    async def add(  # noqa: PLR0917 (discord.py reads options from the parameters)
        self,
        interaction: discord.Interaction,
        channel: discord.TextChannel,
        at: str,
        timezone: str = "UTC",
        repeat: Repeat = "once",
        days: str | None = None,
        on: str | None = None,
        kind: Kind = "quiz",
        quiz_set: str | None = None,
        tags: str | None = None,
        questions: app_commands.Range[int, 1, 100] = 10,
        mode: Literal["race", "poll"] = "race",
        announce_minutes: app_commands.Range[int, 0, 120] = 0,
        open_hours: app_commands.Range[float, 0.1, 47.0] = 23.0,
        period: Literal["week", "month"] = "week",
    ) -> None:
        assert interaction.guild is not None
        scope = str(interaction.guild.id)
        now = self.bot.clock.wall()
        timing = make_timing(at, timezone, repeat, days=days, on=on, now=now)
        check_lead(timedelta(minutes=announce_minutes))
        if quiz_set and kind != "champion" and quiz_set not in self.bot.library.sets_for(scope):
            raise ScheduleError(
                f"There is no quiz set named `{quiz_set[:64]}`; `/quiz sets` lists them."
            )
        spec = ScheduleSpec(
            kind=kind,
            timing=timing,
            set_name=quiz_set,
            tags=parse_tags(tags),
            questions=questions,
            mode=mode,
            lead_minutes=announce_minutes,
            open_hours=open_hours,
            period=period,
        )
        record = ScheduleRecord(
            schedule_id=0,
            scope=scope,
            channel=str(channel.id),
            spec=spec.to_json(),
            next_at=first_run(timing, now),
            created_by=str(interaction.user.id),
            created_at=now,
        )
        sid = await self.bot.store.add_schedule(record, MAX_SCHEDULES)
        self._changed()
        assert record.next_at is not None
        embed = discord.Embed(
            title=f"Schedule #{sid} added",
            description=(
                f"{spec.what()} in {channel.mention}, {timing.describe()}.\n"
                f"First run {timestamp(record.next_at, 'f')} ({timestamp(record.next_at)})."
            ),
            colour=RIGHT_COLOUR,
        )
        await interaction.response.send_message(embed=embed, ephemeral=True)

    @schedule.command(name="list", description="This server's schedules")
    async def list_(self, interaction: discord.Interaction) -> None:
        assert interaction.guild is not None
        rows: list[tuple[ScheduleRecord, ScheduleSpec | None]] = []
        for record in await self.bot.store.schedules(str(interaction.guild.id)):
            try:
                rows.append((record, ScheduleSpec.from_json(record.spec)))
            except ScheduleError:
                rows.append((record, None))
        await interaction.response.send_message(embed=schedules_embed(rows), ephemeral=True)

    @schedule.command(name="remove", description="Delete a schedule")
    @app_commands.describe(number="The schedule's number, from /quizadmin schedule list")
    async def remove(self, interaction: discord.Interaction, number: int) -> None:
        assert interaction.guild is not None
        removed = await self.bot.store.remove_schedule(str(interaction.guild.id), number)
        self._changed()
        text = (
            f"Schedule #{number} removed." if removed else f"There is no schedule #{number} here."
        )
        await interaction.response.send_message(text, ephemeral=True)

    @app_commands.command(
        name="qotd-close",
        description="Close the question of the day in this channel now",
        extras=IN_ADMIN,
    )
    async def qotd_close(self, interaction: discord.Interaction) -> None:
        assert interaction.guild is not None
        await interaction.response.defer(ephemeral=True, thinking=True)
        closed = await self.qotd.close_channel(
            str(interaction.guild.id), str(interaction.channel_id)
        )
        text = "Closed; the answer is posted." if closed else "No question of the day is open here."
        await interaction.followup.send(text, ephemeral=True)


def make_timing(
    at: str, timezone: str, repeat: Repeat, *, days: str | None, on: str | None, now: datetime
) -> Timing:
    """A Timing from the command's options; a one-off without a date takes the next
    day on which that clock time is still ahead."""
    clock = parse_time(at)
    tz = zone(timezone)
    weekdays = parse_days(days or "") if repeat == "weekly" else frozenset()
    if days and repeat != "weekly":
        raise ScheduleError("days are for weekly schedules; add `repeat: weekly`")
    if on and repeat != "once":
        raise ScheduleError(
            "a date is for one-off schedules; leave `date` out or use `repeat: once`"
        )
    day: date | None = None
    if repeat == "once":
        if on:
            day = parse_date(on)
        else:
            today = now.astimezone(tz).date()
            probe = Timing(timezone.strip(), clock, "once", day=today)
            day = today if probe.next_after(now) is not None else today + timedelta(days=1)
    return Timing(timezone.strip(), clock, repeat, day=day, days=weekdays)
