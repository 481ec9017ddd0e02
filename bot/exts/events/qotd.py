"""The question of the day on Discord: the post, the private answer, the close summary.

The rules (one answer each, the window, the summary) are the engine's
`QuestionOfTheDay`; it is rebuilt from the store on every answer, so a restarted
bot, or the store's one-answer-per-player key, keeps each player to one answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import uuid
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

import discord

from bot.engine.errors import QuizError
from bot.engine.qotd import QotdAnswer, QuestionOfTheDay
from bot.engine.session import Pick, Player, Session, SessionOptions
from bot.exts.events.embeds import qotd_embed, qotd_summary_embed
from bot.exts.ui import NO_MENTIONS
from bot.exts.ui.buttons import RoutedButton
from bot.exts.ui.embeds import quoted_answer, timestamp
from bot.exts.ui.errors import send_private
from bot.exts.ui.replies import player_of
from bot.game.schedules import DisabledError, ScheduleSpec
from bot.game.starting import choose_sets
from bot.store.calendar import QotdAnswerRecord, QotdRecord
from bot.store.records import AnswerRecord

if TYPE_CHECKING:
    from bot.client import QuizBot
    from bot.exts.events.cog import EventsCog

logger = logging.getLogger(__name__)

MAX_ANSWER_LENGTH = 200
RECENT_QOTDS = 30


class QotdButton(RoutedButton, template=r"qotd:answer:(?P<id>[0-9a-f]{32})"):
    def __init__(self, qotd_id: str) -> None:
        super().__init__(
            f"qotd:answer:{qotd_id}", label="Answer", style=discord.ButtonStyle.primary
        )
        self.qotd_id = qotd_id

    @classmethod
    def rebuilt(cls, match: re.Match[str], label: str, style: discord.ButtonStyle) -> QotdButton:
        return cls(match["id"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        desk = _desk(interaction)
        if desk is None:
            await send_private(interaction, "The question of the day is not available right now.")
            return
        await desk.open_modal(interaction, self.qotd_id)


class QotdModal(discord.ui.Modal):
    def __init__(self, qotd_id: str) -> None:
        super().__init__(title="Question of the day", custom_id=f"qotd:modal:{qotd_id}")
        self.qotd_id = qotd_id
        self.text: discord.ui.TextInput[QotdModal] = discord.ui.TextInput(
            label="Your answer", custom_id="answer", max_length=MAX_ANSWER_LENGTH
        )
        self.add_item(self.text)

    async def on_submit(self, interaction: discord.Interaction[Any], /) -> None:
        desk = _desk(interaction)
        if desk is None:
            await send_private(interaction, "The question of the day is not available right now.")
            return
        await desk.submit(interaction, self.qotd_id, self.text.value)

    async def on_error(  # type: ignore[override]  # Modal narrows BaseView.on_error
        self, interaction: discord.Interaction[Any], error: Exception, /
    ) -> None:
        logger.error("a question-of-the-day answer failed", exc_info=error)
        with contextlib.suppress(discord.HTTPException):
            await send_private(
                interaction, "Something went wrong on the bot's side; it has been logged."
            )


def quoted(text: str) -> str:
    return f"\N{LEFT DOUBLE QUOTATION MARK}{quoted_answer(text)}\N{RIGHT DOUBLE QUOTATION MARK}"


def _desk(interaction: discord.Interaction[Any]) -> QotdDesk | None:
    cog = cast("EventsCog | None", interaction.client.get_cog("Events"))
    return cog.qotd if cog is not None else None


class QotdDesk:
    """Every open question of the day of the servers this process owns."""

    def __init__(self, bot: QuizBot) -> None:
        self.bot = bot
        self._closers: dict[str, asyncio.Task[None]] = {}
        # Posted but not stored yet: a click in that moment waits for the store.
        self._opening: dict[str, asyncio.Event] = {}

    def stop(self) -> None:
        for task in self._closers.values():
            task.cancel()
        self._closers.clear()

    async def resume(self) -> None:
        """After a start: watch the open questions again, closing those already due."""
        for record in await self.bot.store.qotds():
            if self.bot.get_guild(int(record.scope)) is not None:
                self._watch(record)

    # -- posting ---------------------------------------------------------------------------

    async def post(
        self,
        scope: str,
        channel_id: str,
        schedule_id: int | None,
        spec: ScheduleSpec,
        run_at: datetime,
    ) -> None:
        channel = self.bot.get_channel(int(channel_id))
        if not isinstance(channel, discord.abc.Messageable):
            raise DisabledError(f"its channel <#{channel_id}> is gone")
        pick = await self._choose(scope, channel_id, spec)
        now = self.bot.clock.wall()
        qotd_id = uuid.uuid4().hex
        closes_at = now + timedelta(hours=spec.open_hours)
        view = discord.ui.View(timeout=None)
        view.add_item(QotdButton(qotd_id))
        stored = self._opening[qotd_id] = asyncio.Event()
        try:
            message = await channel.send(
                embed=qotd_embed(pick.question, closes_at, pick.quiz_set.title),
                view=view,
                allowed_mentions=NO_MENTIONS,
            )
        except (discord.Forbidden, discord.NotFound) as error:
            del self._opening[qotd_id]
            raise DisabledError(f"the bot may not post in <#{channel_id}> ({error.text})") from None
        record = QotdRecord(
            qotd_id=qotd_id,
            scope=scope,
            channel=channel_id,
            schedule_id=schedule_id,
            set_name=pick.key[0],
            question_id=pick.key[1],
            day=spec.local_day(run_at),
            opened_at=now,
            closes_at=closes_at,
            message_id=str(message.id),
        )
        try:
            await self.bot.store.open_qotd(record)
        finally:
            stored.set()
            del self._opening[qotd_id]
        self._watch(record)

    async def _choose(self, scope: str, channel_id: str, spec: ScheduleSpec) -> Pick:
        sets = self.bot.library.sets_for(scope)
        if spec.set_name and spec.set_name not in sets:
            raise DisabledError(f"its set {spec.set_name} was removed")
        recent = await self.bot.store.qotds(scope, open_only=False)
        asked = frozenset(
            (r.set_name, r.question_id) for r in recent[-RECENT_QOTDS:] if r.channel == channel_id
        )
        try:
            options = SessionOptions(
                sets=choose_sets(sets, spec.set_name),
                questions=1,
                tags=spec.tags,
                avoid_question_ids=asked,
            )
            return Session(options).plan[0]
        except QuizError as error:
            raise DisabledError(f"no question fits it any more: {error}") from None

    # -- answering ---------------------------------------------------------------------------

    async def _load(self, qotd_id: str, scope: str) -> tuple[QotdRecord, QuestionOfTheDay] | None:
        opening = self._opening.get(qotd_id)
        if opening is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(opening.wait(), 2.0)
        record = next(
            (r for r in await self.bot.store.qotds(scope, open_only=False) if r.qotd_id == qotd_id),
            None,
        )
        if record is None:
            return None
        quiz_set = self.bot.library.sets_for(scope).get(record.set_name)
        if quiz_set is None:
            return None
        try:
            question = quiz_set.question(record.question_id)
        except KeyError:
            return None
        answers = [
            QotdAnswer(
                Player(a.player_id, a.player_name), a.answer, a.correct, a.points, a.answered_at
            )
            for a in await self.bot.store.qotd_answers(qotd_id)
        ]
        day = QuestionOfTheDay(
            (record.set_name, record.question_id),
            question,
            quiz_set,
            record.opened_at,
            open_for=record.closes_at - record.opened_at,
            answers=answers,
        )
        return record, day

    async def open_modal(self, interaction: discord.Interaction[Any], qotd_id: str) -> None:
        loaded = await self._load(qotd_id, str(interaction.guild_id))
        if loaded is None:
            await send_private(interaction, "That question of the day is no longer available.")
            return
        record, day = loaded
        earlier = next((a for a in day.answers if a.player.id == str(interaction.user.id)), None)
        if earlier is not None:
            await send_private(
                interaction,
                f"You already answered {quoted(earlier.text)}. "
                f"The answer comes {timestamp(record.closes_at)}.",
            )
            return
        if record.closed or not day.is_open(self.bot.clock.wall()):
            await send_private(interaction, "This question of the day is closed.")
            return
        await interaction.response.send_modal(QotdModal(qotd_id))

    async def submit(self, interaction: discord.Interaction[Any], qotd_id: str, text: str) -> None:
        scope = str(interaction.guild_id)
        loaded = await self._load(qotd_id, scope)
        if loaded is None:
            await send_private(interaction, "That question of the day is no longer available.")
            return
        record, day = loaded
        player = player_of(interaction.user)
        now = self.bot.clock.wall()
        reply = day.answer(player, text, now) if not record.closed else None
        if reply is None or reply.outcome in ("closed", "not_open"):
            await send_private(interaction, "This question of the day is closed.")
            return
        if reply.outcome == "empty":
            await send_private(interaction, "Your answer was empty; press Answer to try again.")
            return
        given = reply.answer
        assert given is not None
        if reply.outcome == "accepted":
            stored = await self.bot.store.record_qotd_answer(
                QotdAnswerRecord(
                    qotd_id, player.id, player.name, text, given.correct, given.points, now
                ),
                AnswerRecord(
                    player_id=player.id,
                    player_name=player.name,
                    scope=scope,
                    channel=record.channel,
                    session_id=qotd_id,
                    set_name=record.set_name,
                    question_id=record.question_id,
                    tags=tuple(day.question.tags),
                    correct=given.correct,
                    points=given.points,
                    response_time=(now - record.opened_at).total_seconds(),
                    hints_used=0,
                    answered_at=now,
                ),
            )
            if not stored:
                reply_text = "You have already answered this question of the day."
                await send_private(interaction, reply_text)
                return
        said = quoted(given.text)
        when = f"The answer is revealed {timestamp(record.closes_at)}."
        if reply.outcome == "already_answered":
            text_out = f"You already answered {said}. {when}"
        elif given.correct:
            text_out = f"\N{WHITE HEAVY CHECK MARK} {said} is right! +{given.points} points. {when}"
        else:
            text_out = f"{said} is not it, sorry. {when}"
        await send_private(interaction, text_out)

    # -- closing -----------------------------------------------------------------------------

    def _watch(self, record: QotdRecord) -> None:
        if record.qotd_id in self._closers:
            return
        self._closers[record.qotd_id] = asyncio.create_task(self._close_later(record))

    async def _close_later(self, record: QotdRecord) -> None:
        try:
            delay = (record.closes_at - self.bot.clock.wall()).total_seconds()
            await asyncio.sleep(max(0.0, delay))
            await self.close(record)
        except asyncio.CancelledError:
            raise
        except Exception:
            logger.exception("could not close the question of the day %s", record.qotd_id)
        finally:
            self._closers.pop(record.qotd_id, None)

    async def close_channel(self, scope: str, channel_id: str) -> int:
        """Close every open question of the day in a channel now; returns how many."""
        closed = 0
        for record in await self.bot.store.qotds(scope):
            if record.channel == channel_id:
                task = self._closers.pop(record.qotd_id, None)
                if task is not None:
                    task.cancel()
                closed += await self.close(record)
        return closed

    async def close(self, record: QotdRecord) -> bool:
        """Post the summary once (the store says who closes it); False if already closed."""
        loaded = await self._load(record.qotd_id, record.scope)
        if not await self.bot.store.close_qotd(record.qotd_id):
            return False
        channel = self.bot.get_channel(int(record.channel))
        if loaded is None or not isinstance(channel, discord.abc.Messageable):
            logger.info("question of the day %s closed without a summary", record.qotd_id)
            return True
        _, day = loaded
        try:
            if record.message_id is not None and isinstance(
                channel, discord.TextChannel | discord.Thread
            ):
                with contextlib.suppress(discord.NotFound):
                    await channel.get_partial_message(int(record.message_id)).edit(view=None)
            await channel.send(
                embed=qotd_summary_embed(day.summary(), record.opened_at),
                allowed_mentions=NO_MENTIONS,
            )
        except discord.HTTPException as error:
            logger.warning("could not post the summary of %s: %s", record.qotd_id, error)
        return True
