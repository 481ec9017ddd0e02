"""Buttons and the answer modal of a private practice.

The buttons are `DynamicItem`s routed by custom id alone
(`practice:<action>:<tag>:<question number>[:<choice>]`), so nothing has to stay
in memory per message and a click on an old question is recognised as stale.
Every handler answers its interaction first and then re-anchors the practice on
it, because the freshest interaction token is the one that lives longest.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

import discord

from bot.engine.errors import QuizError
from bot.engine.session import AnswerJudged, HintRevealed
from bot.exts.learning import embeds
from bot.exts.ui.buttons import RoutedButton
from bot.exts.ui.embeds import button_labels, pick_label
from bot.exts.ui.errors import send_private
from bot.exts.ui.replies import player_of
from bot.game.recorder import NotStoredError

if TYPE_CHECKING:
    from bot.exts.learning.cog import LearningCog
    from bot.exts.learning.practice import PracticeRenderer
    from bot.game.registry import RunningGame

logger = logging.getLogger(__name__)

CONTROL_TEMPLATE = (
    r"practice:(?P<action>pick|type|hint|stop):(?P<tag>[0-9a-f]{1,16}):(?P<number>[0-9]{1,4})"
    r"(?::(?P<index>[0-9]{1,2}))?"
)
OVER = "This practice is over; `/quiz practice` or `/quiz review` starts another."
CLOSED = "That question is already closed."
BUTTONS_PER_ROW = 5
MAX_ANSWER_LENGTH = 200
MODAL_TIMEOUT = 660.0  # the longest time limit (600 s) and a margin


class ControlButton(RoutedButton, template=CONTROL_TEMPLATE):
    def __init__(
        self,
        action: str,
        tag: str,
        number: int,
        index: int | None = None,
        *,
        label: str = "",
        style: discord.ButtonStyle = discord.ButtonStyle.secondary,
        row: int | None = None,
    ) -> None:
        suffix = f":{index}" if index is not None else ""
        super().__init__(
            f"practice:{action}:{tag}:{number}{suffix}",
            label=label or action,
            style=style,
            row=row,
        )
        self.action, self.tag, self.number, self.index = action, tag, number, index

    @classmethod
    def rebuilt(cls, match: re.Match[str], label: str, style: discord.ButtonStyle) -> ControlButton:
        index = int(match["index"]) if match["index"] is not None else None
        number = int(match["number"])
        return cls(match["action"], match["tag"], number, index, label=label, style=style)

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        try:
            await on_control(interaction, self.action, self.tag, self.number, self.index)
        except Exception:
            logger.exception("practice control %s failed", self.action)
            await send_private(interaction, "Something went wrong on the bot's side; logged.")


def controls_view(tag: str, number: int, choices: Sequence[str]) -> discord.ui.View:
    """Choice buttons (or a "Type answer" button), then Hint and Stop."""
    view = discord.ui.View(timeout=None)
    primary = discord.ButtonStyle.primary
    for index, label in enumerate(button_labels(choices)):
        row = index // BUTTONS_PER_ROW
        view.add_item(
            ControlButton("pick", tag, number, index, label=label, style=primary, row=row)
        )
    last = (len(choices) - 1) // BUTTONS_PER_ROW + 1 if choices else 0
    if not choices:
        view.add_item(ControlButton("type", tag, number, label="Type answer", style=primary, row=0))
    view.add_item(ControlButton("hint", tag, number, label="Hint", row=last))
    view.add_item(
        ControlButton("stop", tag, number, label="Stop", style=discord.ButtonStyle.danger, row=last)
    )
    return view


class AnswerModal(discord.ui.Modal):
    def __init__(self, tag: str, number: int) -> None:
        super().__init__(
            title=f"Question {number}",
            timeout=MODAL_TIMEOUT,
            custom_id=f"practice:answer:{tag}:{number}",
        )
        self.tag, self.number = tag, number
        self.text: discord.ui.TextInput[AnswerModal] = discord.ui.TextInput(
            label="Your answer", custom_id="answer", max_length=MAX_ANSWER_LENGTH
        )
        self.add_item(self.text)

    async def on_submit(self, interaction: discord.Interaction[Any], /) -> None:
        await submit_answer(interaction, self.tag, self.number, self.text.value)

    async def on_error(  # type: ignore[override]  # Modal narrows BaseView.on_error
        self, interaction: discord.Interaction[Any], error: Exception, /
    ) -> None:
        logger.error("practice answer failed", exc_info=error)
        await send_private(interaction, "Something went wrong on the bot's side; logged.")


def own_practice(
    interaction: discord.Interaction[Any], tag: str
) -> RunningGame[PracticeRenderer] | None:
    cog = cast("LearningCog | None", interaction.client.get_cog("Learning"))
    practice = cog.practices.by_tag(tag) if cog is not None else None
    if practice is None or practice.renderer.player_id != str(interaction.user.id):
        return None
    return practice


async def on_control(
    interaction: discord.Interaction[Any], action: str, tag: str, number: int, index: int | None
) -> None:
    practice = own_practice(interaction, tag)
    if practice is None:
        await send_private(interaction, OVER)
        return
    if action == "type":
        if practice.open_number != number:
            await send_private(interaction, CLOSED)
            return
        # A modal is not a message: no followup may use this interaction, so no re-anchoring.
        await interaction.response.send_modal(AnswerModal(tag, number))
        return
    if action == "pick" and index is not None:
        await _pick(interaction, practice, number, index)
    elif action == "hint":
        await _hint(interaction, practice, number)
    elif action == "stop":
        practice.runner.stop(str(interaction.user.id))
        await interaction.response.edit_message(view=None)
    practice.renderer.reanchor(interaction)


async def _pick(
    interaction: discord.Interaction[Any],
    practice: RunningGame[PracticeRenderer],
    number: int,
    index: int,
) -> None:
    player = player_of(interaction.user)
    try:
        events = await practice.runner.pick(player, index, number=number)
    except NotStoredError as error:
        await send_private(interaction, str(error))
        return
    judged = next(
        (e for e in events if isinstance(e, AnswerJudged) and e.player.id == player.id), None
    )
    asked = practice.renderer.asked
    if judged is None or asked is None or asked.number != number:
        await send_private(interaction, embeds.answer_feedback(events, player.id))
        return
    embed = embeds.picked_embed(
        asked,
        kind=practice.renderer.kind,
        picked=pick_label(index, judged.text),
        correct=judged.correct,
    )
    await interaction.response.edit_message(embed=embed, view=None)


async def _hint(
    interaction: discord.Interaction[Any], practice: RunningGame[PracticeRenderer], number: int
) -> None:
    if practice.open_number != number:
        await send_private(interaction, CLOSED)
        return
    try:
        events = practice.runner.hint(str(interaction.user.id))
    except QuizError as error:
        text = str(error) or "no hint is available"
        await send_private(interaction, f"{text[0].upper()}{text[1:]}.")
        return
    shown = [e for e in events if isinstance(e, HintRevealed)]
    if not shown:
        await send_private(interaction, "No more hints for this question.")
        return
    # The renderer leaves hints the player asked for to this reply.
    last = shown[-1]
    await send_private(interaction, embeds.hint_text(last.number, last.hint_number, last.text))


async def submit_answer(
    interaction: discord.Interaction[Any], tag: str, number: int, text: str
) -> None:
    practice = own_practice(interaction, tag)
    if practice is None:
        await send_private(interaction, OVER)
        return
    player = player_of(interaction.user)
    try:
        events = await practice.runner.answer(player, text, number=number)
    except NotStoredError as error:
        await send_private(interaction, str(error))
        return
    await send_private(interaction, embeds.answer_feedback(events, player.id))
    practice.renderer.reanchor(interaction)
