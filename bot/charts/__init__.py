"""Pictures of a player's progress and of a leaderboard, as PNG bytes.

Shared by the terminal (`--chart FILE.png`) and Discord (attachments). Pure
drawing: the caller fetches the numbers and decides where the bytes go. Each
picture comes with an alt text that says the same thing in words.
"""

from bot.charts.podium import leaderboard_alt_text, render_leaderboard
from bot.charts.stats_card import StatsCard, render_stats_card, stats_alt_text

__all__ = [
    "StatsCard",
    "leaderboard_alt_text",
    "render_leaderboard",
    "render_stats_card",
    "stats_alt_text",
]
