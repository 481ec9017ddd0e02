"""The admin extension: the `/quizadmin` group (Manage Server)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.exts.admin.cog import AdminCog

if TYPE_CHECKING:
    from bot.client import QuizBot


async def setup(bot: QuizBot) -> None:
    await bot.add_cog(AdminCog(bot))
