"""The answer buttons under choice and true/false questions.

Pick buttons are `DynamicItem`s: their custom id carries the session tag and the
question number, so a click is routed by id alone (no view object has to stay in
memory) and a click on an old question or an old session is recognised as stale.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

import discord

from bot.exts.quiz.playing import handle_pick
from bot.exts.ui.buttons import RoutedButton
from bot.exts.ui.embeds import button_labels

if TYPE_CHECKING:
    from bot.exts.quiz.cog import QuizCog


PICK_TEMPLATE = r"quiz:pick:(?P<tag>[0-9a-f]{1,16}):(?P<number>[0-9]{1,4}):(?P<index>[0-9]{1,2})"
BUTTONS_PER_ROW = 5


class PickButton(RoutedButton, template=PICK_TEMPLATE):
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
            f"quiz:pick:{tag}:{number}:{index}",
            label=label or str(index + 1),
            style=style,
            row=index // BUTTONS_PER_ROW,
        )
        self.tag, self.number, self.index = tag, number, index

    @classmethod
    def rebuilt(cls, match: re.Match[str], label: str, style: discord.ButtonStyle) -> PickButton:
        number, index = int(match["number"]), int(match["index"])
        return cls(match["tag"], number, index, label=label, style=style)

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        cog = cast("QuizCog | None", interaction.client.get_cog("Quiz"))
        games = cog.games if cog is not None else None
        await handle_pick(games, interaction, self.tag, self.number, self.index)


def pick_view(tag: str, number: int, labels: Sequence[str]) -> discord.ui.View:
    """The buttons under a choice or true/false question (at most 10 choices, two rows)."""
    view = discord.ui.View(timeout=None)
    for index, label in enumerate(button_labels(labels)):
        view.add_item(PickButton(tag, number, index, label=label))
    return view
