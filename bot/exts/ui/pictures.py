"""Pictures in Discord messages: charts drawn on a worker thread and described for
screen readers, and question images (uploaded files or URLs).

A picture only ever adds to a text embed; if it cannot be had the embed goes alone.
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Sequence
from pathlib import Path

import discord

from bot.charts import (
    StatsCard,
    leaderboard_alt_text,
    render_leaderboard,
    render_stats_card,
    stats_alt_text,
)
from bot.engine.models import QuestionBase
from bot.store.records import LeaderboardRow

logger = logging.getLogger(__name__)

STATS_FILE = "stats.png"
LEADERBOARD_FILE = "leaderboard.png"


async def stats_picture(card: StatsCard, embed: discord.Embed) -> discord.File | None:
    """The card as an attachment, shown as the embed's image."""
    try:
        png = await asyncio.to_thread(render_stats_card, card)
    except Exception:
        logger.exception("could not draw the stats card; sending the text alone")
        return None
    return _attach(png, STATS_FILE, stats_alt_text(card), embed)


async def leaderboard_picture(
    rows: Sequence[LeaderboardRow], title: str, embed: discord.Embed
) -> discord.File | None:
    try:
        png = await asyncio.to_thread(render_leaderboard, rows, title)
    except Exception:
        logger.exception("could not draw the leaderboard; sending the text alone")
        return None
    return _attach(png, LEADERBOARD_FILE, leaderboard_alt_text(rows, title), embed)


def _attach(png: bytes, filename: str, alt_text: str, embed: discord.Embed) -> discord.File:
    embed.set_image(url=f"attachment://{filename}")
    # The description is the attachment's alt text in Discord's clients.
    return discord.File(io.BytesIO(png), filename=filename, description=alt_text)


def add_question_picture(question: QuestionBase, embed: discord.Embed) -> None:
    """Show the question's picture in its embed (called on every rebuild of the embed).

    A file is shown from the attachment `question_file` makes; an https URL
    directly; Discord never shows http images inside an embed, so those are a link.
    """
    image = question.image
    if image is None:
        return
    if question.image_file is not None:
        embed.set_image(url=f"attachment://{_attachment_name(question.image_file)}")
    elif image.casefold().startswith("https://"):
        embed.set_image(url=image)
    else:
        embed.add_field(name="Picture", value=f"[Open the picture]({image})", inline=False)


def question_file(question: QuestionBase) -> discord.File | None:
    """The question's image file as an attachment, to send with its first message."""
    if question.image_file is None:
        return None
    try:
        return discord.File(
            question.image_file,
            filename=_attachment_name(question.image_file),
            description=f"Picture for the question: {question.ask}"[:1000],
        )
    except OSError as error:
        # Checked at load; deleted since. The question goes on without its picture.
        logger.warning("question %s: image file unreadable: %s", question.id, error)
        return None


def _attachment_name(image_file: str) -> str:
    # A fixed name: the author's file name may hold characters Discord rewrites.
    return "question" + Path(image_file).suffix.casefold()
