"""The learning extension: private practice and review sessions, and their buttons.

The `/quiz practice`, `/quiz review` and `/quiz stats` commands live in the quiz
cog's group and call `bot.exts.learning.starting`; the `/quizadmin` set commands
call `bot.exts.learning.sets_admin`. This extension registers the practice
buttons, which are routed by custom id.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from discord.ext import commands


async def setup(bot: commands.Bot) -> None:
    from bot.exts.learning.controls import ControlButton  # noqa: PLC0415

    bot.add_dynamic_items(ControlButton)


async def teardown(bot: commands.Bot) -> None:
    from bot.exts.learning.controls import ControlButton  # noqa: PLC0415

    bot.remove_dynamic_items(ControlButton)
