"""The `/quiz` and `/quizadmin` groups, shared by every cog that adds a subcommand.

A cog declares its subcommands as usual, marked with `extras=IN_QUIZ` (a hybrid
command: `/quiz name` and `!quiz name`) or `extras=IN_ADMIN` (slash only, Manage
Server), and derives from `GroupedCog`: loading the cog hangs them under the group (made
on first use), unloading takes them off again (and the group, once empty). So
no cog owns a group, no cog imports another, and each reloads alone.
"""

from __future__ import annotations

from typing import Any, Literal, cast

import discord
from discord import app_commands
from discord.ext import commands

from bot.exts.ui.checks import is_manager

Context = commands.Context[Any]
GroupName = Literal["quiz", "quizadmin"]
QUIZ: GroupName = "quiz"
ADMIN: GroupName = "quizadmin"
_GROUP_KEY = "group"


# Mark a command with these extras to hang it under a group:
# `@commands.hybrid_command(name=..., extras=IN_QUIZ)` for `/quiz name` and `!quiz name`,
# `@app_commands.command(name=..., description=..., extras=IN_ADMIN)` for `/quizadmin name`.
IN_QUIZ: dict[Any, Any] = {_GROUP_KEY: QUIZ}
IN_ADMIN: dict[Any, Any] = {_GROUP_KEY: ADMIN}


class AdminGroup(app_commands.Group):
    """Discord hides the group from members without Manage Server (`default_permissions`),
    but a server can change that and a self-hosted server may not enforce it, so every
    command also checks the invoker's permissions at run time."""

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        if interaction.guild is None:
            raise app_commands.NoPrivateMessage()
        if not is_manager(interaction.permissions):
            raise app_commands.MissingPermissions(["manage_guild"])
        return True


def _new_quiz_group() -> commands.HybridGroup[Any, ..., Any]:
    @commands.hybrid_group(name=QUIZ)
    @commands.guild_only()
    async def quiz(ctx: Context) -> None:
        """Play quizzes in this channel."""
        if ctx.invoked_subcommand is None:
            await ctx.send("Try `/quiz start`, `/quiz sets` or `/quiz leaderboard`.")

    return cast("commands.HybridGroup[Any, ..., Any]", quiz)


def quiz_group(bot: commands.Bot | commands.AutoShardedBot) -> commands.HybridGroup[Any, ..., Any]:
    found = bot.get_command(QUIZ)
    if isinstance(found, commands.HybridGroup):
        return found
    group = _new_quiz_group()
    bot.add_command(group)
    return group


def admin_group(bot: commands.Bot | commands.AutoShardedBot) -> app_commands.Group:
    found = bot.tree.get_command(ADMIN)
    if isinstance(found, app_commands.Group):
        return found
    group = AdminGroup(
        name=ADMIN,
        description="Quiz administration",
        guild_only=True,
        default_permissions=discord.Permissions(manage_guild=True),
    )
    bot.tree.add_command(group)
    return group


class GroupedCog(commands.Cog):
    """A cog whose `quiz_command`s and `admin_command`s hang under the shared groups.

    Subclasses that define `cog_load` or `cog_unload` call these through `super()`.
    """

    def __init__(self, bot: commands.Bot | commands.AutoShardedBot) -> None:
        self._host = bot

    async def cog_load(self) -> None:
        for command in self.__cog_commands__:
            if command.extras.get(_GROUP_KEY) == QUIZ:
                hybrid = cast("commands.HybridCommand[Any, ..., Any]", command)
                quiz_group(self._host).add_command(hybrid)
        own = self.__cog_app_commands__
        for app_command in own:
            if app_command.extras.get(_GROUP_KEY) == ADMIN:
                admin_group(self._host).add_command(app_command)
        # Attached commands are the group's now: discord.py must not add them to the tree.
        self.__cog_app_commands__ = [c for c in own if c.parent is None]

    async def cog_unload(self) -> None:
        quiz = self._host.get_command(QUIZ)
        if isinstance(quiz, commands.HybridGroup):
            for command in self.__cog_commands__:
                if command.parent is quiz:
                    quiz.remove_command(command.name)
            if not quiz.commands:
                self._host.remove_command(QUIZ)
        admin = self._host.tree.get_command(ADMIN)
        if isinstance(admin, app_commands.Group):
            for app_command in list(admin.commands):
                if getattr(app_command, "binding", None) is self:
                    admin.remove_command(app_command.name)
            if not admin.commands:
                self._host.tree.remove_command(ADMIN)
