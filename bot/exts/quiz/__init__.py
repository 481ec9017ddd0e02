"""The quiz extension: games in channels (`/quiz start`, `stop`, ...) and their pick buttons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.exts.quiz.cog import QuizCog
from bot.exts.quiz.lobby import LobbyButton
from bot.exts.quiz.views import PickButton

if TYPE_CHECKING:
    from bot.client import QuizBot


async def setup(bot: QuizBot) -> None:
    bot.add_dynamic_items(PickButton, LobbyButton)
    await bot.add_cog(QuizCog(bot))


async def teardown(bot: QuizBot) -> None:
    bot.remove_dynamic_items(PickButton, LobbyButton)
