"""Private practice: a solo session for one member, shown only to them.

Everything the member sees is an ephemeral followup sent through an interaction
webhook. Such a token is honoured for 15 minutes only, so the renderer re-anchors
on every interaction of the member (a pick, a typed answer, a hint) and a session
left alone stops itself after `IDLE_LIMIT` unanswered questions; should the
anchor age past `ANCHOR_SAFE_SECONDS` anyway, the session ends quietly.

One practice per member per server: starting another replaces the old one.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

import discord

from bot.engine.errors import QuizError, SessionError
from bot.engine.session import (
    Event,
    HintRevealed,
    QuestionAsked,
    QuestionTimedOut,
    Reveal,
    Session,
    SessionFinished,
    Standing,
)
from bot.exts.learning import embeds
from bot.exts.learning.controls import controls_view
from bot.game.clock import Clock, wall_time_of
from bot.game.recorder import Recorder
from bot.game.runner import SessionRunner

logger = logging.getLogger(__name__)

Kind = Literal["Practice", "Review"]
NO_MENTIONS = discord.AllowedMentions.none()
IDLE_LIMIT = 2
ANCHOR_SAFE_SECONDS = 14 * 60
DEFAULT_MAX_RUNNING = 200
T = TypeVar("T")


class PracticeRefusedError(QuizError):
    """No room for another private session right now."""


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

    async def _render(self, event: Event) -> None:
        if isinstance(event, QuestionAsked):
            self.asked = event
            closes_at = wall_time_of(self._clock, event.deadline)
            embed = embeds.question_embed(
                event, kind=self.kind, closes_at=closes_at, guesses=self.guesses
            )
            await self._send(embed=embed, view=controls_view(self.tag, event.number, event.choices))
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


@dataclass(eq=False)
class Practice:
    guild_id: int
    user_id: int
    tag: str
    runner: SessionRunner
    renderer: PracticeRenderer
    task: asyncio.Task[tuple[Standing, ...]] | None = None

    @property
    def open_number(self) -> int | None:
        return self.runner.session.current_number


class PracticeSessions:
    """Every running private session, found by its tag (in button ids) or by its member."""

    def __init__(self, *, max_running: int = DEFAULT_MAX_RUNNING) -> None:
        self.max_running = max_running
        self._by_tag: dict[str, Practice] = {}
        # Set by stop_all: commands keep arriving while the bot waits for summaries to post.
        self._closing = False

    def __len__(self) -> int:
        return len(self._by_tag)

    def get(self, tag: str) -> Practice | None:
        return self._by_tag.get(tag)

    def of_member(self, guild_id: int, user_id: int) -> Practice | None:
        return next(
            (p for p in self._by_tag.values() if (p.guild_id, p.user_id) == (guild_id, user_id)),
            None,
        )

    def check_room(self) -> None:
        """Raise PracticeRefusedError when no new private session may start now."""
        if self._closing:
            raise PracticeRefusedError("The bot is shutting down; try again in a minute.")

    def launch(
        self,
        *,
        guild_id: int,
        user_id: int,
        anchor: discord.Interaction[Any],
        session: Session,
        clock: Clock,
        recorder: Recorder | None,
        kind: Kind,
    ) -> Practice:
        """Start the session; `anchor` must already have been answered."""
        self.check_room()
        old = self.of_member(guild_id, user_id)
        if old is not None:
            old.renderer.mark_lost()
            self._end(old)
            # Forget it at once: its buttons must answer "over" even before its task ends.
            self._by_tag.pop(old.tag, None)
        if len(self._by_tag) >= self.max_running:
            raise PracticeRefusedError(
                "Too many private sessions are running right now; try again in a minute."
            )
        tag = secrets.token_hex(4)
        renderer = PracticeRenderer(
            anchor,
            clock,
            tag=tag,
            player_id=str(user_id),
            kind=kind,
            guesses=session.options.guess_limit,
            on_end=lambda: self._end_soon(tag),
        )
        runner = SessionRunner(session, renderer, clock, recorder)
        practice = Practice(guild_id, user_id, tag, runner, renderer)
        self._by_tag[tag] = practice
        practice.task = asyncio.create_task(self._play(practice), name=f"practice-{tag}")
        return practice

    async def _play(self, practice: Practice) -> tuple[Standing, ...]:
        try:
            return await practice.runner.run()
        except Exception:
            logger.exception("practice %s failed", practice.tag)
            return ()
        finally:
            if self._by_tag.get(practice.tag) is practice:
                del self._by_tag[practice.tag]

    def _end_soon(self, tag: str) -> None:
        # Called from inside the renderer: let it return before the session is stopped.
        asyncio.get_running_loop().call_soon(self._end_by_tag, tag)

    def _end_by_tag(self, tag: str) -> None:
        practice = self._by_tag.get(tag)
        if practice is not None:
            self._end(practice)

    def _end(self, practice: Practice) -> None:
        if practice.runner.session.state == "created":
            if practice.task is not None:
                practice.task.cancel()
            self._by_tag.pop(practice.tag, None)
            return
        with contextlib.suppress(SessionError):
            practice.runner.stop(None)

    async def stop_all(self, timeout: float) -> None:
        """Shutdown: end every practice, letting each send its summary for up to `timeout` s."""
        self._closing = True
        running = list(self._by_tag.values())
        for practice in running:
            self._end(practice)
        tasks = [p.task for p in running if p.task is not None]
        if not tasks:
            return
        _, pending = await asyncio.wait(tasks, timeout=timeout)
        for task in pending:
            task.cancel()
