"""The learning extension: private practice and review, and a member's statistics."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.exts.learning.cog import LearningCog
from bot.exts.learning.controls import ControlButton

if TYPE_CHECKING:
    from bot.client import QuizBot


async def setup(bot: QuizBot) -> None:
    bot.add_dynamic_items(ControlButton)
    await bot.add_cog(LearningCog(bot))


async def teardown(bot: QuizBot) -> None:
    bot.remove_dynamic_items(ControlButton)
