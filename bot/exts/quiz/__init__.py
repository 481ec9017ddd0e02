"""The quiz extension: `/quiz` commands, channel games and the pick buttons."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.client import QuizBot


# The cog is imported when the extension is loaded, not with the package: modules such as
# embeds and replies are shared with bot.exts.learning, which the cog itself imports.
async def setup(bot: QuizBot) -> None:
    from bot.exts.quiz.cog import QuizCog  # noqa: PLC0415
    from bot.exts.quiz.views import PickButton  # noqa: PLC0415

    bot.add_dynamic_items(PickButton)
    await bot.add_cog(QuizCog(bot))


async def teardown(bot: QuizBot) -> None:
    from bot.exts.quiz.views import PickButton  # noqa: PLC0415

    bot.remove_dynamic_items(PickButton)
