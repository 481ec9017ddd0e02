"""Buttons routed by their custom id alone (discord.py `DynamicItem`s).

The id says everything a click needs (which game, which question, which action), so no
view has to stay in memory, a click still works after a restart, and a click on an old
message is recognised as stale. Each kind of button names its own `template` and says
how it is rebuilt from the template's match.
"""

from __future__ import annotations

import re
from typing import Any, Self, cast

import discord

from bot.exts.ui.embeds import BUTTON_LABEL_LIMIT, clip

# discord.py wants a template on every subclass; this base is never registered, so its own
# template matches no id at all.
_MATCHES_NOTHING = r"(?!)"


class RoutedButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]], template=_MATCHES_NOTHING
):
    def __init__(
        self,
        custom_id: str,
        *,
        label: str,
        style: discord.ButtonStyle,
        row: int | None = None,
    ) -> None:
        super().__init__(
            discord.ui.Button(
                label=clip(label, BUTTON_LABEL_LIMIT),
                style=style,
                custom_id=custom_id,
                row=row,
            )
        )

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> Self:
        button = cast("discord.ui.Button[discord.ui.View]", item)
        return cls.rebuilt(match, button.label or "", button.style)

    @classmethod
    def rebuilt(cls, match: re.Match[str], label: str, style: discord.ButtonStyle) -> Self:
        """The button a click came from, out of its id's match (and its label and style)."""
        raise NotImplementedError
