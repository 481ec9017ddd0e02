"""Charts as Discord attachments: drawn on a worker thread, described for screen readers.

A picture only ever adds to a text embed; if drawing fails the embed goes alone.
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Sequence

import discord

from bot.charts import (
    StatsCard,
    leaderboard_alt_text,
    render_leaderboard,
    render_stats_card,
    stats_alt_text,
)
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
