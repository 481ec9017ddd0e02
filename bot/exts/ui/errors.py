"""Turning command errors into a short private message for the member.

Expected refusals (a `QuizError`, a failed check, a bad option) are explained;
a store that cannot be used gets one plain sentence (its own error, which names
the database, goes to the log only); anything else is a bug: the member gets a
generic apology and the caller logs the traceback. Nothing here ever raises, so
an error path cannot fail silently.
"""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.engine.errors import QuizError
from bot.engine.safetext import printable
from bot.exts.ui import NO_MENTIONS
from bot.store.records import StoreError

logger = logging.getLogger(__name__)

UNEXPECTED = "Something went wrong on the bot's side; it has been logged."
STORE_FAILED = (
    "The bot cannot use its score database right now, so that could not be done. "
    "Please try again later."
)
MAX_MESSAGE = 1900


def unwrap(error: BaseException) -> BaseException:
    """The exception a command actually raised, under discord.py's wrappers."""
    while True:
        if isinstance(
            error,
            commands.HybridCommandError
            | commands.CommandInvokeError
            | app_commands.CommandInvokeError,
        ):
            error = error.original
        else:
            return error


def user_message(error: BaseException) -> tuple[str, BaseException | None]:
    """(text for the member, the exception to log with a traceback or None)."""
    cause = unwrap(error)
    if isinstance(cause, StoreError):
        logger.warning("a command failed on the score store: %s", cause)
        return STORE_FAILED, None
    if isinstance(cause, QuizError):
        return str(cause)[:MAX_MESSAGE], None
    if isinstance(cause, commands.NoPrivateMessage | app_commands.NoPrivateMessage):
        return "Quizzes are played in servers, not in direct messages.", None
    if isinstance(cause, commands.MissingPermissions | app_commands.MissingPermissions):
        missing = ", ".join(p.replace("_", " ") for p in cause.missing_permissions)
        return f"You need the {missing} permission for that.", None
    if isinstance(cause, commands.CheckFailure | app_commands.CheckFailure):
        return "You are not allowed to do that.", None
    if isinstance(cause, commands.UserInputError):
        return str(cause)[:MAX_MESSAGE], None
    return UNEXPECTED, cause


async def reply_error(ctx: commands.Context[Any], message: str) -> None:
    message = printable(message)  # it may quote a file, a set name or what was typed
    if ctx.interaction is not None:
        await send_private(ctx.interaction, message)
        return
    try:
        await ctx.send(message, allowed_mentions=NO_MENTIONS)
    except discord.HTTPException as error:
        logger.warning("could not report an error to the member: %s", error)


async def send_private(interaction: discord.Interaction[Any], message: str) -> None:
    """An ephemeral message whether or not the interaction was already answered."""
    message = printable(message)  # it may quote a file, a set name or what was typed
    try:
        if interaction.response.is_done():
            await interaction.followup.send(message, ephemeral=True, allowed_mentions=NO_MENTIONS)
        else:
            await interaction.response.send_message(
                message, ephemeral=True, allowed_mentions=NO_MENTIONS
            )
    except discord.HTTPException as error:
        logger.warning("could not report an error to the member: %s", error)
