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
    AnswerJudged,
    Event,
    HintRevealed,
    QuestionAsked,
    Reveal,
    SessionFinished,
)
from bot.engine.teams import TeamRoster, team_standings
from bot.exts.quiz.views import pick_view
from bot.exts.ui import NO_MENTIONS
from bot.exts.ui.embeds import question_embed, reveal_embed, standings_embed
from bot.exts.ui.pictures import question_file
from bot.exts.ui.teams import team_standings_text, team_totals_text, winners_colour
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
        roster: TeamRoster | None = None,
    ) -> None:
        self._roster = roster
        self._team_points: dict[str, int] = {}
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

    async def notice(self, text: str) -> None:
        """A plain message in the channel (why the game stopped); never raises."""
        if self.lost:
            return
        try:
            await self._channel.send(text, allowed_mentions=NO_MENTIONS)
        except discord.HTTPException as error:
            where = getattr(self._channel, "id", "?")
            logger.warning("could not post to channel %s: %s", where, error)

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
        elif isinstance(event, AnswerJudged) and event.team is not None:
            self._team_points[event.team] = self._team_points.get(event.team, 0) + event.points
        elif isinstance(event, Reveal):
            await self._reveal(event)
        elif isinstance(event, SessionFinished):
            embed = standings_embed(event)
            if self._roster is not None:
                rows = team_standings(event.standings, self._roster)
                embed.add_field(
                    name="Team standings", value=team_standings_text(rows), inline=False
                )
                colour = winners_colour(rows)
                if colour is not None:
                    embed.colour = colour
            await self._send(embed=embed)

    async def _ask(self, asked: QuestionAsked) -> None:
        self._asked, self._hints, self._message = asked, (), None
        kwargs: dict[str, Any] = {"embed": self._question_embed(closed=False)}
        if asked.choices:
            kwargs["view"] = pick_view(self._tag, asked.number, asked.choices)
        picture = question_file(asked.question)
        if picture is not None:
            kwargs["file"] = picture
        self._message = await self._send(**kwargs)

    async def _reveal(self, reveal: Reveal) -> None:
        asked = self._asked
        if asked is not None and asked.number == reveal.number and asked.choices:
            # Take the buttons away so nobody clicks a closed question.
            await self._edit_question(closed=True, view=None)
        next_at = None if reveal.next_at is None else wall_time_of(self._clock, reveal.next_at)
        embed = reveal_embed(reveal, next_at=next_at)
        if self._roster is not None:
            names = {team.key: team.name for team in self._roster.teams}
            embed.add_field(
                name="Team totals", value=team_totals_text(names, self._team_points), inline=False
            )
        await self._send(embed=embed)

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
