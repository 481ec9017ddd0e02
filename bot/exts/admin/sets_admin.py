"""The bodies of `/quizadmin upload`, `export`, `remove` and `draft`.

The admin cog checks Manage Server and calls these. Sets are checked and stored
through `ServerSets` (checks on a thread, sets in the store); the replies are all
private. Refusals raise `QuizError` subclasses, which the command tree turns into a private message.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any, Protocol

import discord

from bot.authoring import DraftError
from bot.authoring.guildsets import validate_name
from bot.engine.errors import QuizError, QuizFileError
from bot.engine.loader.images import MAX_IMAGE_BYTES
from bot.engine.safetext import printable
from bot.exts.admin.uploads import (
    draft_file,
    problems_report,
    read_attachment,
    saved_embed,
    set_file,
)
from bot.exts.ui import NO_MENTIONS
from bot.exts.ui.confirm import ConfirmView
from bot.exts.ui.embeds import clip
from bot.game.serversets import ServerSets
from bot.game.wording import plural

logger = logging.getLogger(__name__)


class GuildLibrary(Protocol):
    async def refresh_guild(self, scope: str) -> None: ...

    def guild_set_names(self, scope: str) -> list[str]: ...


class SetsHost(Protocol):
    @property
    def guild_sets(self) -> ServerSets: ...

    @property
    def library(self) -> GuildLibrary: ...


def _guild_id(interaction: discord.Interaction[Any]) -> int:
    if interaction.guild_id is None:
        raise QuizError("Question sets belong to a server; use this command in one.")
    return interaction.guild_id


def _shown(filename: str) -> str:
    return discord.utils.escape_markdown(clip(printable(filename), 100))


async def upload(
    host: SetsHost,
    interaction: discord.Interaction[Any],
    attachment: discord.Attachment,
    name: str | None,
    pictures: Sequence[discord.Attachment] = (),
) -> None:
    guild_id = _guild_id(interaction)
    sets = host.guild_sets
    await interaction.response.defer(ephemeral=True, thinking=True)
    data = await read_attachment(attachment, sets.max_bytes)
    attached = {p.filename: await read_attachment(p, MAX_IMAGE_BYTES) for p in pictures}
    try:
        checked, images = await sets.check(data, attachment.filename, guild_id, name, attached)
    except QuizFileError as error:
        embed, report = problems_report(
            f"{clip(attachment.filename, 100)} was not saved: "
            f"{plural(len(error.problems), 'problem')} to fix",
            error.problems,
            report_name="problems.txt",
        )
        if report is None:
            await interaction.followup.send(embed=embed, ephemeral=True)
        else:
            await interaction.followup.send(embed=embed, file=report, ephemeral=True)
        return
    replacing = await sets.exists(guild_id, checked.name)
    if replacing and not await _confirm_replace(interaction, checked.name):
        return
    # Saved only as confirmed: an upload of the same name since the check is not replaced.
    await sets.save(checked, images, str(interaction.user.id), replace=replacing)
    await host.library.refresh_guild(str(guild_id))
    logger.info("guild %s: %s uploaded set %s", guild_id, interaction.user.id, checked.name)
    await interaction.followup.send(embed=saved_embed(checked, replaced=replacing), ephemeral=True)


async def _confirm_replace(interaction: discord.Interaction[Any], name: str) -> bool:
    view = ConfirmView(interaction.user.id)
    await interaction.followup.send(
        f"A set named `{name}` already exists here. Replace it with this file?",
        view=view,
        ephemeral=True,
    )
    decided = await view.result()
    if decided:
        return True
    reason = "Cancelled" if decided is False else "No answer"
    await interaction.followup.send(f"{reason}: the old `{name}` is kept.", ephemeral=True)
    return False


async def export(host: SetsHost, interaction: discord.Interaction[Any], name: str) -> None:
    guild_id = _guild_id(interaction)
    clean = validate_name(name)
    stored = await host.guild_sets.read(guild_id, clean)
    await interaction.response.send_message(
        f"`{clean}`, exactly as uploaded.", file=set_file(clean, stored.content), ephemeral=True
    )


async def remove(host: SetsHost, interaction: discord.Interaction[Any], name: str) -> None:
    guild_id = _guild_id(interaction)
    clean = validate_name(name)
    # The store and the guild's sets may take a moment: answer Discord first.
    await interaction.response.defer(ephemeral=True, thinking=True)
    await host.guild_sets.remove(guild_id, clean)
    await host.library.refresh_guild(str(guild_id))
    logger.info("guild %s: %s removed set %s", guild_id, interaction.user.id, clean)
    await interaction.followup.send(
        f"Set `{clean}` removed; quizzes already running with it play on.", ephemeral=True
    )


async def draft(
    host: SetsHost, interaction: discord.Interaction[Any], attachment: discord.Attachment
) -> None:
    _guild_id(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    data = await read_attachment(attachment, host.guild_sets.max_bytes)
    try:
        file, count = await asyncio.to_thread(draft_file, data, attachment.filename)
    except DraftError as error:
        await interaction.followup.send(
            f"Could not draft a quiz from {_shown(attachment.filename)}: {error}.",
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )
        return
    await interaction.followup.send(
        f"A draft of {plural(count, 'question')} from {_shown(attachment.filename)}. "
        "Check every question and explanation, then `/quizadmin upload` it.",
        file=file,
        ephemeral=True,
        allowed_mentions=NO_MENTIONS,
    )


def set_choices(host: SetsHost, guild_id: int | None, current: str) -> list[str]:
    """Uploaded set names for autocomplete."""
    if guild_id is None:
        return []
    typed = current.strip().casefold()
    return [n for n in host.library.guild_set_names(str(guild_id)) if typed in n][:25]
