"""A yes/no confirmation for the member who asked (resetting scores, removing a set)."""

from __future__ import annotations

import asyncio
import secrets
from typing import Any

import discord


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


async def confirm_deletion(
    interaction: discord.Interaction[Any],
    question: str,
    *,
    allowed_mentions: discord.AllowedMentions = discord.utils.MISSING,
) -> bool:
    """Ask the member who ran the command, privately, before deleting anything. On Cancel or
    no answer they are told nothing was deleted and the result is False; on yes the caller
    deletes and sends the outcome as a follow-up."""
    view = ConfirmView(interaction.user.id)
    await interaction.response.send_message(
        question, view=view, ephemeral=True, allowed_mentions=allowed_mentions
    )
    decided = await view.result()
    if not decided:
        text = "Nothing was deleted." if decided is False else "No answer; nothing deleted."
        await interaction.followup.send(text, ephemeral=True, allowed_mentions=allowed_mentions)
    return bool(decided)
