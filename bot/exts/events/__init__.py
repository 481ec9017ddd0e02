"""The events extension: scheduled quizzes, the question of the day, the weekly champion."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.exts.events.cog import EventsCog
from bot.exts.events.qotd import QotdButton

if TYPE_CHECKING:
    from bot.client import QuizBot


async def setup(bot: QuizBot) -> None:
    bot.add_dynamic_items(QotdButton)
    await bot.add_cog(EventsCog(bot))


async def teardown(bot: QuizBot) -> None:
    bot.remove_dynamic_items(QotdButton)
