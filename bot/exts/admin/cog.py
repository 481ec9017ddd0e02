"""`/quizadmin`: reload the question sets, per-guild settings, reset the scores, forget a
member, and the
server's own question sets (upload, export, remove, draft; see `bot.exts.admin.sets_admin`).

Discord hides the group from members without Manage Server (`default_permissions`),
but a server can change that and a self-hosted server may not enforce it, so every
command also checks the invoker's permissions at run time.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Literal

import discord
from discord import app_commands

from bot.authoring.written import option_fields
from bot.engine.errors import Problem
from bot.engine.limits import QUESTIONS, TIME_LIMIT
from bot.engine.session import Mode
from bot.engine.teams import MAX_TEAMS, TeamError, clean_team_name, make_teams
from bot.exts.admin import sets_admin
from bot.exts.admin.writing import QuestionWriter
from bot.exts.ui import NO_MENTIONS
from bot.exts.ui.confirm import confirm_deletion
from bot.exts.ui.embeds import (
    INFO_COLOUR,
    MISSED_COLOUR,
    RIGHT_COLOUR,
    clip,
    code_line,
    player_name,
)
from bot.exts.ui.groups import IN_ADMIN, GroupedCog
from bot.game.wording import forgotten_text
from bot.settings import GuildOverrides, QuizSettings, effective

if TYPE_CHECKING:
    from bot.client import QuizBot

logger = logging.getLogger(__name__)

MAX_PROBLEMS_SHOWN = 10


class AdminCog(GroupedCog, name="Admin"):
    def __init__(self, bot: QuizBot) -> None:
        super().__init__(bot)
        self.bot = bot
        self.writer = QuestionWriter(bot)

    @app_commands.command(name="reload", description="Re-read the quizzes folder", extras=IN_ADMIN)
    async def reload(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        result = await self.bot.library.reload()
        if result.applied:
            await self.bot.announce_reload()
            embed = discord.Embed(
                title="Quiz sets reloaded",
                description=f"{result.set_count} sets, {result.question_count} questions.",
                colour=RIGHT_COLOUR,
            )
        else:
            embed = discord.Embed(
                title="Reload refused: the sets in use are kept",
                description=problems_text(result.errors),
                colour=MISSED_COLOUR,
            )
        if result.warnings:
            embed.add_field(
                name="Warnings", value=clip(problems_text(result.warnings), 1024), inline=False
            )
        await interaction.followup.send(embed=embed, ephemeral=True)

    @app_commands.command(
        name="settings", description="This server's quiz defaults", extras=IN_ADMIN
    )
    @app_commands.describe(
        time_limit=f"Seconds per question ({TIME_LIMIT})",
        questions=f"Questions per quiz ({QUESTIONS})",
        hints="Give hints during questions",
        mode="Default mode: race, poll or solo",
        log_channel="Where the bot reports problems with this server's schedules",
        team_names="Team names for team games, separated by commas (up to 6)",
        team_colours="Team colours in the same order, e.g. #e74c3c, #3498db (up to 6)",
        reset="Forget this server's settings and use the bot's defaults",
    )
    async def settings(  # noqa: PLR0917 (discord.py reads options from the parameters)
        self,
        interaction: discord.Interaction,
        time_limit: app_commands.Range[float, TIME_LIMIT.low, TIME_LIMIT.high] | None = None,
        questions: app_commands.Range[int, QUESTIONS.low, QUESTIONS.high] | None = None,
        hints: bool | None = None,
        mode: Mode | None = None,
        log_channel: discord.TextChannel | None = None,
        team_names: str | None = None,
        team_colours: str | None = None,
        reset: bool = False,
    ) -> None:
        assert interaction.guild is not None
        scope = str(interaction.guild.id)
        store = self.bot.store
        current = (
            GuildOverrides()
            if reset
            else GuildOverrides.from_stored(await store.get_guild_settings(scope))
        )
        updated = current.merged(
            time_limit=time_limit,
            questions=questions,
            hints=hints,
            mode=mode,
            log_channel=str(log_channel.id) if log_channel else None,
            team_names=parse_team_names(team_names),
            team_colours=parse_team_colours(team_colours),
        )
        changed = reset or updated != current
        if changed:
            await store.set_guild_settings(scope, updated.to_stored())
        embed = settings_embed(effective(self.bot.settings.quiz, updated), updated)
        embed.title = "Settings saved" if changed else "Current settings"
        await interaction.response.send_message(embed=embed, ephemeral=True)

    @app_commands.command(
        name="reset-scores", description="Delete every score in this server", extras=IN_ADMIN
    )
    async def reset_scores(self, interaction: discord.Interaction) -> None:
        assert interaction.guild is not None
        if not await confirm_deletion(
            interaction,
            "Delete **every** answer and score recorded in this server? This cannot be undone.",
        ):
            return
        deleted = await self.bot.store.reset_scores(str(interaction.guild.id))
        logger.info("scores reset in guild %s by %s", interaction.guild.id, interaction.user.id)
        await interaction.followup.send(
            f"Scores reset: {deleted} recorded answers deleted.", ephemeral=True
        )

    @app_commands.command(
        name="forget",
        description="Delete everything stored about one member in this server",
        extras=IN_ADMIN,
    )
    @app_commands.describe(member="Whose answers, scores and review cards to delete")
    async def forget(self, interaction: discord.Interaction, member: discord.User) -> None:
        """A User, not a Member: members who left the server can be forgotten too."""
        assert interaction.guild is not None
        if not await confirm_deletion(
            interaction,
            f"Delete every answer, score and review card of {member.mention} in this server?"
            " This cannot be undone.",
            allowed_mentions=NO_MENTIONS,
        ):
            return
        gone = await self.bot.store.forget_player(str(member.id), str(interaction.guild.id))
        logger.info("guild %s forgot member %s", interaction.guild.id, member.id)
        await interaction.followup.send(
            f"Forgot {member.mention}. {forgotten_text(gone.answers, gone.review_cards)}",
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    @app_commands.command(
        name="upload", description="Add or replace a question set from a file", extras=IN_ADMIN
    )
    @app_commands.describe(
        file="A question file (YAML) or a Red-DiscordBot trivia list",
        name="The set's name: lowercase letters, digits, dashes (default: from the file name)",
        image="A picture the file names in `image:` (PNG, JPEG, GIF or WebP)",
        image2="Another picture the file names",
        image3="Another picture the file names",
    )
    async def upload(  # noqa: PLR0917 (discord.py reads options from the parameters)
        self,
        interaction: discord.Interaction,
        file: discord.Attachment,
        name: str | None = None,
        image: discord.Attachment | None = None,
        image2: discord.Attachment | None = None,
        image3: discord.Attachment | None = None,
    ) -> None:
        pictures = [p for p in (image, image2, image3) if p is not None]
        await sets_admin.upload(self.bot, interaction, file, name, pictures)

    @app_commands.command(
        name="export", description="Send back a set uploaded to this server", extras=IN_ADMIN
    )
    @app_commands.rename(set_name="set")
    @app_commands.describe(set_name="The uploaded set")
    async def export(self, interaction: discord.Interaction, set_name: str) -> None:
        await sets_admin.export(self.bot, interaction, set_name)

    @app_commands.command(
        name="remove", description="Delete a set uploaded to this server", extras=IN_ADMIN
    )
    @app_commands.rename(set_name="set")
    @app_commands.describe(set_name="The uploaded set")
    async def remove(self, interaction: discord.Interaction, set_name: str) -> None:
        await sets_admin.remove(self.bot, interaction, set_name)

    @app_commands.command(
        name="add",
        description="Write a new question into one of this server's sets",
        extras=IN_ADMIN,
    )
    @app_commands.rename(set_name="set", kind="type")
    @app_commands.describe(
        set_name="The server's set (a new name starts a new set)",
        kind="The kind of question",
        tags="Topic tags, separated by commas",
        difficulty="easy, medium or hard",
        hint="A hint (for choice questions, whose form has no hint box)",
        should_accept="Answers the judge must accept, separated by ;",
        should_refuse="Answers the judge must refuse, separated by ;",
        image="A picture shown with the question (PNG, JPEG, GIF or WebP)",
    )
    async def add(  # noqa: PLR0917 (discord.py reads options from the parameters)
        self,
        interaction: discord.Interaction,
        set_name: str,
        kind: Literal["text", "number", "year", "choice", "truefalse", "all_of"] = "text",
        tags: str | None = None,
        difficulty: Literal["easy", "medium", "hard"] | None = None,
        hint: str | None = None,
        should_accept: str | None = None,
        should_refuse: str | None = None,
        image: discord.Attachment | None = None,
    ) -> None:
        options = option_fields(
            tags=tags,
            difficulty=difficulty,
            hint=hint,
            should_accept=should_accept,
            should_refuse=should_refuse,
        )
        await self.writer.add(interaction, set_name, kind, options, image)

    @app_commands.command(
        name="edit", description="Change a question of this server's sets", extras=IN_ADMIN
    )
    @app_commands.rename(set_name="set", question_id="id")
    @app_commands.describe(
        set_name="The uploaded set",
        question_id="The question's id",
        image="A new picture for the question (PNG, JPEG, GIF or WebP)",
    )
    async def edit(
        self,
        interaction: discord.Interaction,
        set_name: str,
        question_id: str,
        image: discord.Attachment | None = None,
    ) -> None:
        await self.writer.edit(interaction, set_name, question_id, image)

    @app_commands.command(
        name="delete-question",
        description="Delete one question of this server's sets",
        extras=IN_ADMIN,
    )
    @app_commands.rename(set_name="set", question_id="id")
    @app_commands.describe(set_name="The uploaded set", question_id="The question's id")
    async def delete_question(
        self, interaction: discord.Interaction, set_name: str, question_id: str
    ) -> None:
        await self.writer.delete(interaction, set_name, question_id)

    @export.autocomplete("set_name")
    @remove.autocomplete("set_name")
    @add.autocomplete("set_name")
    @edit.autocomplete("set_name")
    @delete_question.autocomplete("set_name")
    async def _own_sets(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        names = sets_admin.set_choices(self.bot, interaction.guild_id, current)
        return [app_commands.Choice(name=n, value=n) for n in names]

    @app_commands.command(
        name="draft", description="Draft a question file from an article", extras=IN_ADMIN
    )
    @app_commands.describe(file="The article, as a plain-text file")
    async def draft(self, interaction: discord.Interaction, file: discord.Attachment) -> None:
        await sets_admin.draft(self.bot, interaction, file)


def parse_team_names(text: str | None) -> tuple[str, ...] | None:
    """Names from one option; each is checked (and cleaned) the way a team game will use it."""
    if text is None:
        return None
    names = tuple(clean_team_name(part) for part in text.split(",") if part.strip())
    if len(names) > MAX_TEAMS:
        raise TeamError(f"at most {MAX_TEAMS} team names, not {len(names)}")
    make_teams(MAX_TEAMS, names)  # refuses the same name twice
    return names or None


def parse_team_colours(text: str | None) -> tuple[int, ...] | None:
    """Colours from one option: `#rrggbb`, `0xrrggbb` or `rgb(r, g, b)`, comma-separated."""
    if text is None:
        return None
    parts = [part.strip() for part in re.split(r",(?![^(]*\))", text) if part.strip()]
    if len(parts) > MAX_TEAMS:
        raise TeamError(f"at most {MAX_TEAMS} team colours, not {len(parts)}")
    colours = []
    for part in parts:
        try:
            colours.append(discord.Colour.from_str(part).value)
        except ValueError:
            shown = discord.utils.escape_markdown(part[:32])
            raise TeamError(
                f"team colour `{shown}` is not a colour; write it like #e74c3c"
            ) from None
    return tuple(colours) or None


def problems_text(problems: tuple[Problem, ...]) -> str:
    lines = [code_line(str(p)) for p in problems[:MAX_PROBLEMS_SHOWN]]
    if len(problems) > MAX_PROBLEMS_SHOWN:
        lines.append(f"\N{HORIZONTAL ELLIPSIS} and {len(problems) - MAX_PROBLEMS_SHOWN} more")
    return clip("\n".join(lines), 4000)


def settings_embed(quiz: QuizSettings, overrides: GuildOverrides) -> discord.Embed:
    own = overrides.to_stored()

    def mark(name: str) -> str:
        return " (this server)" if name in own else ""

    hints = "on" if quiz.hint_schedule else "off"
    lines = [
        f"Time limit: {quiz.time_limit:g} s{mark('time_limit')}",
        f"Questions: {quiz.questions}{mark('questions')}",
        f"Hints: {hints}{mark('hints')}",
        f"Mode: {quiz.mode}{mark('mode')}",
    ]
    if overrides.log_channel:
        lines.append(f"Log channel: <#{overrides.log_channel}>")
    if overrides.team_names:
        names = ", ".join(player_name(n) for n in overrides.team_names)
        lines.append(f"Team names: {names}")
    if overrides.team_colours:
        lines.append("Team colours: " + ", ".join(f"#{c:06x}" for c in overrides.team_colours))
    return discord.Embed(description="\n".join(lines), colour=INFO_COLOUR)
