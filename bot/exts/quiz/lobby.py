"""The lobby of a team game: join buttons, an early start, and the time limit.

The rules are the engine's (`TeamLobby`); this module shows the lobby, turns clicks
into joins, and hands the roster to the quiz cog when the game starts. A lobby
holds its channel like a game does, so nothing else starts there meanwhile.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import discord

from bot.engine.errors import QuizError
from bot.engine.teams import LobbyCancelled, LobbyStarted, TeamLobby, TeamRoster
from bot.exts.ui import NO_MENTIONS
from bot.exts.ui.buttons import RoutedButton
from bot.exts.ui.checks import is_moderator
from bot.exts.ui.errors import send_private
from bot.exts.ui.replies import player_of
from bot.exts.ui.teams import lobby_embeds, team_name
from bot.game.clock import Clock, wall_time_of
from bot.game.registry import Place

logger = logging.getLogger(__name__)

StartGame = Callable[[TeamRoster], Awaitable[None]]


@dataclass(eq=False)
class OpenLobby:
    place: Place
    lobby: TeamLobby
    clock: Clock
    begin: StartGame
    tag: str = field(default_factory=lambda: secrets.token_hex(4))
    message: discord.Message | None = None
    timer: asyncio.Task[None] | None = None
    view: LobbyControl | None = None

    def embeds(self, note: str = "") -> list[discord.Embed]:
        closes = wall_time_of(self.clock, self.lobby.deadline)
        return lobby_embeds(self.lobby, closes, note)


LOBBY_TEMPLATE = (
    r"quiz:team:(?P<tag>[0-9a-f]{1,16}):(?P<action>join|auto|leave|start):(?P<index>[0-9])"
)


class LobbyButton(RoutedButton, template=LOBBY_TEMPLATE):
    """A lobby button, routed by its custom id alone (like the pick buttons), so a click
    that arrives a moment after the lobby is posted still finds it."""

    def __init__(
        self,
        tag: str,
        action: str,
        index: int = 0,
        *,
        label: str = "",
        style: discord.ButtonStyle = discord.ButtonStyle.secondary,
        row: int | None = None,
    ) -> None:
        super().__init__(
            f"quiz:team:{tag}:{action}:{index}",
            label=label or action.title(),
            style=style,
            row=row,
        )
        self.tag, self.action, self.index = tag, action, index

    @classmethod
    def rebuilt(cls, match: re.Match[str], label: str, style: discord.ButtonStyle) -> LobbyButton:
        return cls(match["tag"], match["action"], int(match["index"]), label=label, style=style)

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        cog = interaction.client.get_cog("Quiz")
        rooms: dict[Any, OpenLobby] = getattr(cog, "lobbies", {})
        room = next((r for r in rooms.values() if r.tag == self.tag), None)
        if room is None or room.view is None:
            await send_private(interaction, "That lobby is closed.")
            return
        view = room.view
        if self.action == "join" and self.index < len(room.lobby.teams):
            await view.join(interaction, room.lobby.teams[self.index].key)
        elif self.action == "auto":
            await view.join(interaction, None)
        elif self.action == "leave":
            await view.leave(interaction)
        elif self.action == "start":
            await view.start(interaction)


def lobby_buttons(room: OpenLobby) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    for index, team in enumerate(room.lobby.teams):
        view.add_item(
            LobbyButton(
                room.tag,
                "join",
                index,
                label=f"Join {team.name}",
                style=discord.ButtonStyle.primary,
                row=index // 3,
            )
        )
    for action, style in (
        ("auto", discord.ButtonStyle.secondary),
        ("leave", discord.ButtonStyle.secondary),
        ("start", discord.ButtonStyle.success),
    ):
        view.add_item(LobbyButton(room.tag, action, label=action.title(), style=style, row=2))
    return view


class LobbyControl:
    """What the lobby's buttons do; one per open lobby."""

    def __init__(self, room: OpenLobby, on_closed: Callable[[OpenLobby], None]) -> None:
        self.room = room
        self._on_closed = on_closed

    async def join(self, interaction: discord.Interaction[Any], key: str | None) -> None:
        room = self.room
        player = player_of(interaction.user)
        try:
            room.lobby.join(player, key, room.clock.monotonic())
        except QuizError as error:
            await send_private(interaction, str(error))
            return
        await interaction.response.edit_message(embeds=room.embeds(), allowed_mentions=NO_MENTIONS)

    async def leave(self, interaction: discord.Interaction[Any]) -> None:
        room = self.room
        try:
            left = room.lobby.leave(str(interaction.user.id), room.clock.monotonic())
        except QuizError as error:
            await send_private(interaction, str(error))
            return
        if not left:
            await send_private(interaction, "You are not in this lobby.")
            return
        await interaction.response.edit_message(embeds=room.embeds(), allowed_mentions=NO_MENTIONS)

    async def start(self, interaction: discord.Interaction[Any]) -> None:
        room = self.room
        moderator = is_moderator(interaction.permissions)
        try:
            started = room.lobby.start(
                str(interaction.user.id), room.clock.monotonic(), is_moderator=moderator
            )
        except QuizError as error:
            await send_private(interaction, str(error))
            return
        await interaction.response.edit_message(
            embeds=room.embeds(note=_started_note(started)), view=None, allowed_mentions=NO_MENTIONS
        )
        await self.finish(started)

    async def expire(self) -> None:
        """At the time limit: start if the lobby can, else say why it was called off."""
        room = self.room
        outcome = room.lobby.expire(room.clock.monotonic())
        if outcome is None:
            return
        note = (
            _started_note(outcome)
            if isinstance(outcome, LobbyStarted)
            else f"**Called off:** {discord.utils.escape_markdown(outcome.reason)}."
        )
        if room.message is not None:
            with contextlib.suppress(discord.HTTPException):
                await room.message.edit(embeds=room.embeds(note), view=None)
        await self.finish(outcome)

    async def shut(self) -> None:
        """The bot is stopping: a lobby lives only in this process, so say it is called
        off (and take its buttons away) rather than leave it looking open."""
        room = self.room
        if room.timer is not None:
            room.timer.cancel()
        self._on_closed(room)
        if room.message is not None:
            note = (
                "**Called off:** the bot is restarting. Open a new lobby with "
                "`/quiz start mode:teams` once it is back."
            )
            with contextlib.suppress(discord.HTTPException):
                await room.message.edit(embeds=room.embeds(note), view=None)

    async def finish(self, outcome: LobbyStarted | LobbyCancelled) -> None:
        room = self.room
        if room.timer is not None and room.timer is not asyncio.current_task():
            room.timer.cancel()
        self._on_closed(room)
        if isinstance(outcome, LobbyStarted):
            try:
                await room.begin(outcome.roster)
            except QuizError as error:
                if room.message is not None:
                    with contextlib.suppress(discord.HTTPException):
                        await room.message.reply(str(error), allowed_mentions=NO_MENTIONS)


def _started_note(started: LobbyStarted) -> str:
    sizes = ", ".join(
        f"{team_name(t.name)} {len(started.roster.players_of(t.key))}" for t in started.roster.teams
    )
    return f"**Starting!** Players per team: {sizes}."


async def run_timer(view: LobbyControl, seconds: float) -> None:
    await asyncio.sleep(max(0.0, seconds))
    try:
        await view.expire()
    except Exception:
        logger.exception("the team lobby %s could not close", view.room.tag)
