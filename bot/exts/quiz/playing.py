"""Answers arriving from Discord (typed messages, button picks) handed to the channel's game.

Shared by the cog's message listener and the pick buttons. It only translates:
the runner judges, `replies.feedback` words the outcome, and this module picks
the Discord gesture (a reaction, a brief reply, an ephemeral message).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import discord

from bot.exts.ui import NO_MENTIONS
from bot.exts.ui.replies import feedback, player_of
from bot.game.recorder import NotStoredError
from bot.game.registry import GameRegistry, Place

if TYPE_CHECKING:
    from bot.client import QuizBot
    from bot.exts.quiz.renderer import DiscordRenderer

logger = logging.getLogger(__name__)

RIGHT_REACTION = "\N{WHITE HEAVY CHECK MARK}"
LOCKED_REACTION = "\N{MEMO}"


async def handle_pick(
    games: GameRegistry[DiscordRenderer] | None,
    interaction: discord.Interaction[Any],
    tag: str,
    number: int,
    index: int,
) -> None:
    """A click on a choice or true/false button: one pick per player, acknowledged privately."""
    game = games.by_tag(tag) if games is not None else None
    if game is None or game.place.channel != str(interaction.channel_id):
        await interaction.response.send_message(
            "That quiz is over.", ephemeral=True, allowed_mentions=NO_MENTIONS
        )
        return
    player = player_of(interaction.user)
    try:
        events = await game.runner.pick(player, index, number=number)
    except NotStoredError as error:
        text = str(error)
    else:
        text = feedback(events, player.id, pick=index).text
    await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)


def is_command_text(bot: QuizBot, message: discord.Message) -> bool:
    prefix = bot.settings.discord.command_prefix
    me = bot.user
    mentioned = me is not None and message.content.startswith((f"<@{me.id}>", f"<@!{me.id}>"))
    return message.content.startswith(prefix) or mentioned


async def answer_from_message(
    bot: QuizBot, games: GameRegistry[DiscordRenderer], message: discord.Message
) -> None:
    """A member typed in a channel where a quiz runs: judge it, react if it was right."""
    if message.author.bot or message.guild is None or not message.content.strip():
        return
    game = games.get(Place(str(message.guild.id), str(message.channel.id)))
    if game is None or is_command_text(bot, message):
        return
    player = player_of(message.author)
    try:
        events = await game.runner.answer(player, message.content)
    except NotStoredError:
        return  # not saved, so not acknowledged; the game tells the channel why it stopped
    said = feedback(events, player.id)
    try:
        if said.outcome == "right":
            await message.add_reaction(RIGHT_REACTION)
        elif said.outcome == "close":
            await message.reply("Close!", mention_author=False, allowed_mentions=NO_MENTIONS)
        elif said.outcome == "locked":
            await message.add_reaction(LOCKED_REACTION)
    except discord.HTTPException as error:
        # The answer is already judged and stored; only the gesture was lost.
        logger.warning("could not acknowledge an answer in %s: %s", message.channel.id, error)
