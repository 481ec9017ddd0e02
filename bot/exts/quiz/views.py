"""Buttons: answer picks for choice and true/false questions, and a yes/no confirmation.

Pick buttons are `DynamicItem`s: their custom id carries the session tag and the
question number, so a click is routed by id alone (no view object has to stay in
memory) and a click on an old question or an old session is recognised as stale.
"""

from __future__ import annotations

import asyncio
import logging
import re
import secrets
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

import discord

from bot.exts.quiz.embeds import BUTTON_LABEL_LIMIT, button_labels, clip
from bot.exts.quiz.playing import handle_pick

if TYPE_CHECKING:
    from bot.client import QuizBot

logger = logging.getLogger(__name__)

PICK_TEMPLATE = r"quiz:pick:(?P<tag>[0-9a-f]{1,16}):(?P<number>[0-9]{1,4}):(?P<index>[0-9]{1,2})"
BUTTONS_PER_ROW = 5


class PickButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
    template=PICK_TEMPLATE,
):
    def __init__(
        self,
        tag: str,
        number: int,
        index: int,
        *,
        label: str = "",
        style: discord.ButtonStyle = discord.ButtonStyle.primary,
    ) -> None:
        super().__init__(
            discord.ui.Button(
                label=clip(label, BUTTON_LABEL_LIMIT) or str(index + 1),
                style=style,
                custom_id=f"quiz:pick:{tag}:{number}:{index}",
                row=index // BUTTONS_PER_ROW,
            )
        )
        self.tag, self.number, self.index = tag, number, index

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> PickButton:
        button = cast("discord.ui.Button[discord.ui.View]", item)
        return cls(
            match["tag"],
            int(match["number"]),
            int(match["index"]),
            label=button.label or "",
            style=button.style,
        )

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        bot = cast("QuizBot", interaction.client)
        await handle_pick(bot, interaction, self.tag, self.number, self.index)


def pick_view(tag: str, number: int, labels: Sequence[str]) -> discord.ui.View:
    """The buttons under a choice or true/false question (at most 10 choices, two rows)."""
    view = discord.ui.View(timeout=None)
    for index, label in enumerate(button_labels(labels)):
        view.add_item(PickButton(tag, number, index, label=label))
    return view


class ConfirmView(discord.ui.View):
    """Two buttons for the member who asked; `result` is True, False, or None on time-out."""

    def __init__(self, owner_id: int, *, timeout: float = 60.0) -> None:
        super().__init__(timeout=timeout)
        self.owner_id = owner_id
        self.decided: asyncio.Future[bool | None] = asyncio.get_running_loop().create_future()
        # Unique ids per prompt, so two confirmations open at once never cross.
        token = secrets.token_hex(4)
        self.yes.custom_id = f"confirm:{token}:yes"
        self.no.custom_id = f"confirm:{token}:no"

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(
            "Only the member who asked can answer this.", ephemeral=True
        )
        return False

    @discord.ui.button(label="Yes, do it", style=discord.ButtonStyle.danger)
    async def yes(
        self, interaction: discord.Interaction[Any], _: discord.ui.Button[ConfirmView]
    ) -> None:
        await self._decide(interaction, True)

    @discord.ui.button(label="Cancel", style=discord.ButtonStyle.secondary)
    async def no(
        self, interaction: discord.Interaction[Any], _: discord.ui.Button[ConfirmView]
    ) -> None:
        await self._decide(interaction, False)

    async def _decide(self, interaction: discord.Interaction[Any], answer: bool) -> None:
        for child in self.children:
            if isinstance(child, discord.ui.Button):
                child.disabled = True
        await interaction.response.edit_message(view=self)
        if not self.decided.done():
            self.decided.set_result(answer)
        self.stop()

    async def on_timeout(self) -> None:
        if not self.decided.done():
            self.decided.set_result(None)

    async def result(self) -> bool | None:
        return await self.decided
