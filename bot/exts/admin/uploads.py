"""What `/quizadmin upload`, `export`, `remove` and `draft` show: reports and files.

Pure builders (embeds, files, texts) plus the one place that reads an attachment,
checking its announced size before downloading a byte.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence

import discord
import yaml

from bot.authoring import draft_quiz
from bot.authoring.guildsets import Checked, GuildSetError
from bot.engine.errors import Problem
from bot.engine.safetext import printable
from bot.exts.ui.embeds import MISSED_COLOUR, RIGHT_COLOUR, clip, code_line
from bot.game.wording import plural

logger = logging.getLogger(__name__)

MAX_PROBLEMS_SHOWN = 10
EMBED_REPORT_CHARS = 3500
DRAFT_QUESTIONS = 40


async def read_attachment(attachment: discord.Attachment, max_bytes: int) -> bytes:
    """The attachment's bytes; refused before download when Discord says it is too big."""
    if attachment.size > max_bytes:
        raise GuildSetError(
            f"`{clip(attachment.filename, 100)}` is {attachment.size:,} bytes; "
            f"uploads are limited to {max_bytes:,} bytes."
        )
    try:
        data = await attachment.read()
    except discord.HTTPException as error:
        logger.warning("could not download attachment %s: %s", attachment.id, error)
        raise GuildSetError(
            f"Could not download `{clip(printable(attachment.filename), 100)}` from Discord; "
            "try again."
        ) from None
    if len(data) > max_bytes:  # the announced size may lie
        raise GuildSetError(f"The file is bigger than {max_bytes:,} bytes.")
    return data


def problem_lines(problems: Sequence[Problem]) -> list[str]:
    """Each problem in one line; they quote the uploaded file, which may hide characters."""
    return [printable(str(p)) for p in problems]


def problems_report(
    title: str, problems: Sequence[Problem], *, report_name: str
) -> tuple[discord.Embed, discord.File | None]:
    """The problems in an embed; all of them in an attached text file when they do not fit."""
    lines = problem_lines(problems)
    shown = [code_line(line) for line in lines[:MAX_PROBLEMS_SHOWN]]
    hidden = len(lines) - len(shown)
    body = "\n".join(shown)
    needs_file = hidden > 0 or len(body) > EMBED_REPORT_CHARS
    if needs_file:
        body = clip(body, EMBED_REPORT_CHARS)
        more = f" and {hidden} more" if hidden > 0 else ""
        body += f"\n\N{HORIZONTAL ELLIPSIS}{more}: the full report is attached."
    embed = discord.Embed(title=clip(printable(title), 256), description=body, colour=MISSED_COLOUR)
    report = None
    if needs_file:
        text = "\n".join(lines) + "\n"
        report = discord.File(io.BytesIO(text.encode("utf-8")), filename=report_name)
    return embed, report


def saved_embed(checked: Checked, *, replaced: bool) -> discord.Embed:
    verb = "replaced" if replaced else "saved"
    embed = discord.Embed(
        title=f"Set `{checked.name}` {verb}",
        description=(
            f"**{discord.utils.escape_markdown(clip(printable(checked.quiz.title), 200))}**: "
            f"{plural(checked.question_count, 'question')}. Play it now with "
            f"`/quiz start set:{checked.name}`."
        ),
        colour=RIGHT_COLOUR,
    )
    if checked.warnings:
        warnings = "\n".join(code_line(w) for w in problem_lines(checked.warnings)[:5])
        embed.add_field(name="Warnings", value=clip(warnings, 1024), inline=False)
    return embed


def set_file(name: str, data: bytes) -> discord.File:
    return discord.File(io.BytesIO(data), filename=f"{name}.yaml")


def draft_file(raw: bytes, filename: str) -> tuple[discord.File, int]:
    """The YAML draft built from an uploaded article, and its number of questions.

    Raises DraftError (a QuizError) with a readable reason when nothing can be drafted.
    Blocking CPU work: call it through `asyncio.to_thread`.
    """
    text = raw.decode("utf-8", errors="replace")
    stem = filename.rsplit("/", 1)[-1].rsplit("\\", 1)[-1].rsplit(".", 1)[0] or "article"
    yaml_text = draft_quiz(text, max_questions=DRAFT_QUESTIONS, source_name=clip(stem, 80))
    document = yaml.safe_load(yaml_text)
    count = len(document.get("questions", [])) if isinstance(document, dict) else 0
    safe = "".join(c if c.isascii() and (c.isalnum() or c in "-_") else "-" for c in stem)
    name = f"{safe[:40] or 'article'}-draft.yaml"
    return discord.File(io.BytesIO(yaml_text.encode("utf-8")), filename=name), count


__all__ = [
    "draft_file",
    "problems_report",
    "read_attachment",
    "saved_embed",
    "set_file",
]
