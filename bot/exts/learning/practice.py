"""Private practice: a solo session for one member, shown only to them.

Everything the member sees is an ephemeral followup sent through an interaction
webhook. Such a token is honoured for 15 minutes only, so the renderer re-anchors
on every interaction of the member (a pick, a typed answer, a hint) and a session
left alone stops itself after `IDLE_LIMIT` unanswered questions; should the
anchor age past `ANCHOR_SAFE_SECONDS` anyway, the session ends quietly.

One practice per member per server: starting another replaces the old one
(`bot.game.registry` keeps them, in the learning cog).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Literal

import discord

from bot.engine.session import (
    Event,
    HintRevealed,
    QuestionAsked,
    QuestionTimedOut,
    Reveal,
    SessionFinished,
)
from bot.exts.learning import embeds
from bot.exts.learning.controls import controls_view
from bot.exts.ui import NO_MENTIONS
from bot.exts.ui.pictures import question_file
from bot.game.clock import Clock, wall_time_of

logger = logging.getLogger(__name__)

Kind = Literal["Practice", "Review"]
IDLE_LIMIT = 2
ANCHOR_SAFE_SECONDS = 14 * 60
DEFAULT_MAX_RUNNING = 200


class PracticeRenderer:
    """Shows a practice's events as ephemeral followups on the member's latest interaction."""

    def __init__(
        self,
        anchor: discord.Interaction[Any],
        clock: Clock,
        *,
        tag: str,
        player_id: str,
        kind: Kind,
        guesses: int,
        on_end: Callable[[], None],
    ) -> None:
        self._anchor = anchor
        self._clock = clock
        self._anchored_at = clock.monotonic()
        self.tag = tag
        self.player_id = player_id
        self.kind = kind
        self.guesses = guesses
        self._on_end = on_end
        self.lost = False
        self.idle_stop = False
        self._idle = 0
        self.asked: QuestionAsked | None = None

    def reanchor(self, interaction: discord.Interaction[Any]) -> None:
        """Send what follows through this (answered) interaction: its token is the freshest."""
        if interaction.response.is_done():
            self._anchor = interaction
            self._anchored_at = self._clock.monotonic()
            self._idle = 0

    def mark_lost(self) -> None:
        self.lost = True

    async def render(self, event: Event) -> None:
        if self.lost:
            return
        if self._clock.monotonic() - self._anchored_at > ANCHOR_SAFE_SECONDS:
            logger.info("practice %s: interaction token too old; ending it", self.tag)
            self._end()
            return
        try:
            await self._render(event)
        except (discord.NotFound, discord.Forbidden) as error:
            # An expired or unknown webhook token: nothing more can reach the member.
            logger.warning("practice %s cannot reach its player (%s)", self.tag, error.status)
            self._end()

    def _end(self) -> None:
        self.lost = True
        self._on_end()

    async def notice(self, text: str) -> None:
        """A plain private message (why the session stopped); never raises."""
        if self.lost:
            return
        try:
            await self._send(content=text)
        except discord.HTTPException as error:
            logger.warning("practice %s cannot reach its player (%s)", self.tag, error.status)

    async def _render(self, event: Event) -> None:
        if isinstance(event, QuestionAsked):
            self.asked = event
            closes_at = wall_time_of(self._clock, event.deadline)
            embed = embeds.question_embed(
                event, kind=self.kind, closes_at=closes_at, guesses=self.guesses
            )
            view = controls_view(self.tag, event.number, event.choices)
            picture = question_file(event.question)
            if picture is None:
                await self._send(embed=embed, view=view)
            else:
                await self._send(embed=embed, view=view, file=picture)
        elif isinstance(event, HintRevealed):
            if event.forced_by == self.player_id:
                return  # the Hint button's own reply showed it already
            await self._send(content=embeds.hint_text(event.number, event.hint_number, event.text))
        elif isinstance(event, Reveal):
            self._count_idle(event)
            await self._send(embed=embeds.reveal_embed(event, self.player_id))
        elif isinstance(event, SessionFinished):
            summary = embeds.summary_embed(
                event, self.player_id, kind=self.kind, idle=self.idle_stop
            )
            await self._send(embed=summary)

    def _count_idle(self, reveal: Reveal) -> None:
        untouched = (
            isinstance(reveal, QuestionTimedOut)
            and reveal.reason == "time"
            and not any(m.player.id == self.player_id for m in reveal.misses)
        )
        self._idle = self._idle + 1 if untouched else 0
        if self._idle >= IDLE_LIMIT and reveal.next_at is not None:
            self.idle_stop = True
            self._on_end()

    async def _send(self, **kwargs: Any) -> None:
        await self._anchor.followup.send(ephemeral=True, allowed_mentions=NO_MENTIONS, **kwargs)
