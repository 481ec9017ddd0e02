"""Show a session's events in a Discord channel.

One question = one message: hints are edited into it (an edit costs the same
rate limit as a send but keeps the channel tidy) and its buttons are removed at
the reveal. The runner calls `render` from its own consumer task, so a send held
up by a 429 delays only what is shown, never the session's clock.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import discord

from bot.engine.session import (
    Event,
    HintRevealed,
    QuestionAsked,
    Reveal,
    SessionFinished,
)
from bot.exts.quiz.views import pick_view
from bot.exts.ui import NO_MENTIONS
from bot.exts.ui.embeds import question_embed, reveal_embed, standings_embed
from bot.game.clock import Clock, wall_time_of

logger = logging.getLogger(__name__)

# Discord's error codes for a thread that no longer takes messages: archived, locked.
CLOSED_THREAD_CODES = frozenset({50083, 160005})


def channel_closed(error: discord.HTTPException) -> bool:
    """The channel is deleted, closed to the bot, or an archived or locked thread."""
    if isinstance(error, discord.NotFound | discord.Forbidden):
        return True
    return error.code in CLOSED_THREAD_CODES


class DiscordRenderer:
    def __init__(
        self,
        channel: discord.abc.Messageable,
        clock: Clock,
        *,
        tag: str,
        mode: str,
        typed_in_channel: bool,
        on_lost: Callable[[], None],
    ) -> None:
        self._channel = channel
        self._clock = clock
        self._tag = tag
        self._mode = mode
        self._typed_in_channel = typed_in_channel
        self._on_lost = on_lost
        self.lost = False
        self._asked: QuestionAsked | None = None
        self._hints: tuple[str, ...] = ()
        self._message: discord.Message | None = None

    def mark_lost(self) -> None:
        """Stop sending at once (the channel is gone); the session is ended by the owner."""
        self.lost = True

    async def render(self, event: Event) -> None:
        if self.lost:
            return
        try:
            await self._render(event)
        except discord.HTTPException as error:
            if not channel_closed(error):
                raise
            logger.warning(
                "channel %s is gone or closed to the bot (%s); ending its quiz",
                getattr(self._channel, "id", "?"),
                error.text or error.status,
            )
            self.lost = True
            self._on_lost()

    async def _render(self, event: Event) -> None:
        if isinstance(event, QuestionAsked):
            await self._ask(event)
        elif isinstance(event, HintRevealed):
            self._hints = event.all_hints
            await self._edit_question(closed=False)
        elif isinstance(event, Reveal):
            await self._reveal(event)
        elif isinstance(event, SessionFinished):
            await self._send(embed=standings_embed(event))

    async def _ask(self, asked: QuestionAsked) -> None:
        self._asked, self._hints, self._message = asked, (), None
        kwargs: dict[str, Any] = {"embed": self._question_embed(closed=False)}
        if asked.choices:
            kwargs["view"] = pick_view(self._tag, asked.number, asked.choices)
        self._message = await self._send(**kwargs)

    async def _reveal(self, reveal: Reveal) -> None:
        asked = self._asked
        if asked is not None and asked.number == reveal.number and asked.choices:
            # Take the buttons away so nobody clicks a closed question.
            await self._edit_question(closed=True, view=None)
        next_at = None if reveal.next_at is None else wall_time_of(self._clock, reveal.next_at)
        await self._send(embed=reveal_embed(reveal, next_at=next_at))

    def _question_embed(self, *, closed: bool) -> discord.Embed:
        assert self._asked is not None
        return question_embed(
            self._asked,
            hints=self._hints,
            closes_at=wall_time_of(self._clock, self._asked.deadline),
            mode=self._mode,
            typed_in_channel=self._typed_in_channel,
            closed=closed,
        )

    async def _edit_question(self, *, closed: bool, **extra: Any) -> None:
        if self._message is None or self._asked is None:
            return
        try:
            await self._message.edit(embed=self._question_embed(closed=closed), **extra)
        except discord.NotFound:
            # Someone deleted the question message; the game goes on without it.
            logger.info("question message %s was deleted", self._message.id)
            self._message = None

    async def _send(self, **kwargs: Any) -> discord.Message:
        return await self._channel.send(allowed_mentions=NO_MENTIONS, **kwargs)
