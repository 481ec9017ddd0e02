"""What every Discord extension shares: embeds, replies, errors, checks, views, the groups.

Not an extension itself: extensions import from here and never from one another,
so each can be loaded, unloaded and reloaded alone.
"""

import discord

# The bot's default too (`QuizBot(allowed_mentions=...)`); messages also pass it explicitly so
# that a renderer or reply used outside the bot can never ping on a player's behalf.
NO_MENTIONS = discord.AllowedMentions.none()
