"""`/quizadmin add`, `edit` and `delete-question`: a server's questions written in Discord.

The form (a modal: Discord allows five boxes) becomes a question mapping, the
whole set is written back as tidy YAML and validated exactly like an uploaded
file; only a set that loads is saved (in the store, by `ServerSets.save`, with the
pictures stored with it) and the guild's library is refreshed, so the question plays
at once. One change per server at a time in this process: two admins adding at once
both land, one after the other.
"""

from __future__ import annotations

import asyncio
import logging
import re
import tempfile
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path, PurePosixPath
from typing import Any

import discord

from bot.authoring.guildsets import SUFFIX, GuildSetError, validate_name
from bot.authoring.setimages import FOLDER_SUFFIX, image_name, lay_out
from bot.authoring.written import (
    FORM_LABELS,
    QuestionType,
    WrittenQuestion,
    extra_label,
    has_comments,
    new_id,
    question_data,
    set_data,
    set_yaml,
    with_options,
    written_from,
)
from bot.engine.errors import Problem, QuizError, QuizFileError
from bot.engine.loader import read_quiz_text
from bot.engine.loader.images import MAX_IMAGE_BYTES
from bot.engine.loader.redtrivia import title_from_name
from bot.exts.admin.sets_admin import SetsHost
from bot.exts.admin.uploads import read_attachment
from bot.exts.ui import NO_MENTIONS
from bot.exts.ui.embeds import MISSED_COLOUR, clip
from bot.game.wording import plural

logger = logging.getLogger(__name__)

Submitted = Callable[[discord.Interaction[Any], WrittenQuestion], Awaitable[None]]
MAX_ERRORS_SHOWN = 8
# Boxes each kind of question fills; the rest of an edited question is kept as it was.
_FORM_KEYS = {"ask", "answer", "accept", "hint", "explain", "choices"}


class QuestionForm(discord.ui.Modal):
    def __init__(
        self, kind: QuestionType, title: str, filled: WrittenQuestion | None, done: Submitted
    ) -> None:
        super().__init__(title=clip(title, 45), timeout=900)
        self._done = done
        given = filled or WrittenQuestion("", "")
        long = discord.TextStyle.paragraph
        self.ask = _box("ask", "Question", given.ask, style=long, max_length=2000)
        answer_label = "Answer parts, one a line" if kind == "all_of" else "Answer"
        if kind == "truefalse":
            answer_label = "Answer: true or false"
        answer_style = long if kind == "all_of" else None
        self.answer = _box("answer", answer_label, given.answer, style=answer_style)
        self.add_item(self.ask)
        self.add_item(self.answer)
        self.accepted: discord.ui.TextInput[QuestionForm] | None = None
        if kind == "text":
            self.accepted = _box(
                "accepted",
                "Other accepted answers, one a line",
                given.accepted,
                style=long,
                required=False,
            )
            self.add_item(self.accepted)
        self.extra = _box(
            "extra",
            f"{extra_label(kind)}s, one a line",
            given.extra,
            style=long,
            required=kind == "choice",
        )
        self.explain = _box("explain", "Explanation", given.explain, style=long, required=False)
        self.add_item(self.extra)
        self.add_item(self.explain)

    async def on_submit(self, interaction: discord.Interaction[Any], /) -> None:
        written = WrittenQuestion(
            ask=self.ask.value,
            answer=self.answer.value,
            accepted=self.accepted.value if self.accepted is not None else "",
            extra=self.extra.value,
            explain=self.explain.value,
        )
        await self._done(interaction, written)


def _box(
    key: str,
    label: str,
    default: str,
    *,
    style: discord.TextStyle | None = None,
    required: bool = True,
    max_length: int = 1000,
) -> discord.ui.TextInput[QuestionForm]:
    return discord.ui.TextInput(
        label=label,
        custom_id=f"written:{key}",
        default=default[:max_length] or None,
        style=style or discord.TextStyle.short,
        required=required,
        max_length=max_length,
    )


class QuestionWriter:
    """The command bodies; one lock per server keeps read-change-save in order."""

    def __init__(self, host: SetsHost) -> None:
        self._host = host
        self._locks: dict[int, asyncio.Lock] = {}

    async def add(
        self,
        interaction: discord.Interaction[Any],
        set_name: str,
        kind: QuestionType,
        options: Mapping[str, Any],
        picture: discord.Attachment | None = None,
    ) -> None:
        guild_id, name = _guild(interaction), validate_name(set_name)
        _check_picture(picture)  # before the form: nobody fills it in for nothing

        async def done(submitted: discord.Interaction[Any], written: WrittenQuestion) -> None:
            def change(data: dict[str, Any]) -> str:
                ids = [q.get("id") for q in data["questions"] if isinstance(q, dict)]
                qid = new_id(written.ask, [str(i) for i in ids])
                data["questions"].append(with_options(question_data(kind, written, qid), options))
                return qid

            await self._change(submitted, guild_id, name, change, verb="Added", picture=picture)

        await interaction.response.send_modal(
            QuestionForm(kind, f"New question: {name}", None, done)
        )

    async def edit(
        self,
        interaction: discord.Interaction[Any],
        set_name: str,
        question_id: str,
        picture: discord.Attachment | None = None,
    ) -> None:
        guild_id, name = _guild(interaction), validate_name(set_name)
        _check_picture(picture)
        data, pictures, _ = await self._read_stored(guild_id, name)
        index = _index_of(data, question_id)
        quiz = await asyncio.to_thread(_load, set_yaml(data), name, pictures)
        kind, filled = written_from(quiz.questions[index])

        async def done(submitted: discord.Interaction[Any], written: WrittenQuestion) -> None:
            def change(current: dict[str, Any]) -> str:
                at = _index_of(current, question_id)
                kept = {k: v for k, v in current["questions"][at].items() if k not in _FORM_KEYS}
                if kind == "choice" and "hint" in current["questions"][at]:
                    kept["hint"] = current["questions"][at]["hint"]  # not in a choice form
                current["questions"][at] = kept | question_data(kind, written, question_id)
                return question_id

            await self._change(submitted, guild_id, name, change, verb="Saved", picture=picture)

        title = f"Edit {question_id}"
        await interaction.response.send_modal(QuestionForm(kind, title, filled, done))

    async def delete(
        self, interaction: discord.Interaction[Any], set_name: str, question_id: str
    ) -> None:
        guild_id, name = _guild(interaction), validate_name(set_name)

        def change(data: dict[str, Any]) -> str:
            at = _index_of(data, question_id)
            if len(data["questions"]) == 1:
                raise QuizError(
                    f"`{question_id}` is the only question of `{name}`; "
                    "remove the whole set with `/quizadmin remove` instead."
                )
            del data["questions"][at]
            return question_id

        await interaction.response.defer(ephemeral=True, thinking=True)
        await self._change(interaction, guild_id, name, change, verb="Deleted", deferred=True)

    async def _change(
        self,
        interaction: discord.Interaction[Any],
        guild_id: int,
        name: str,
        change: Callable[[dict[str, Any]], str],
        *,
        verb: str,
        deferred: bool = False,
        picture: discord.Attachment | None = None,
    ) -> None:
        if not deferred:
            await interaction.response.defer(ephemeral=True, thinking=True)
        sets = self._host.guild_sets
        async with self._locks.setdefault(guild_id, asyncio.Lock()):
            try:
                data, pictures, commented = await self._read_stored(guild_id, name, verb == "Added")
                question_id = change(data)
                if picture is not None:
                    content = await read_attachment(picture, MAX_IMAGE_BYTES)
                    pictures = pictures | {_attach(data, name, question_id, picture): content}
                pictures = _still_shown(data, name, pictures)
                text = set_yaml(data).encode("utf-8")
                # The set's pictures (`<name>.images/...`) checked like an upload's.
                checked = await sets.check_change(text, guild_id, name, pictures)
            except QuizFileError as error:
                await interaction.followup.send(
                    embed=_refused(error.problems), ephemeral=True, allowed_mentions=NO_MENTIONS
                )
                return
            except QuizError as error:
                await interaction.followup.send(str(error), ephemeral=True)
                return
            await sets.save(checked, pictures, str(interaction.user.id), replace=True)
        await self._host.library.refresh_guild(str(guild_id))
        logger.info("guild %s: %s %s question %s of %s", guild_id, interaction.user.id,
                    verb.lower(), question_id, name)  # fmt: skip
        lost = (
            " The comments of the uploaded file were not kept: the set is stored as tidy"
            " YAML now (`/quizadmin export` sends it)."
            if commented
            else ""
        )
        await interaction.followup.send(
            f"{verb} question `{question_id}` in `{name}` "
            f"({plural(checked.question_count, 'question')}); it plays from the next question"
            f" asked.{lost}",
            ephemeral=True,
        )

    async def _read_stored(
        self, guild_id: int, name: str, missing_ok: bool = False
    ) -> tuple[dict[str, Any], dict[str, bytes], bool]:
        """The set as data, the pictures stored with it, and whether it has comments
        (an upload not yet rewritten)."""
        sets = self._host.guild_sets
        if missing_ok and not await sets.exists(guild_id, name):
            return {"title": title_from_name(name), "questions": []}, {}, False
        stored = await sets.read(guild_id, name)
        quiz = await asyncio.to_thread(_load, stored.content, name, stored.pictures)
        return set_data(quiz), stored.pictures, has_comments(stored.content)


def _load(raw: str | bytes, name: str, pictures: Mapping[str, bytes]) -> Any:
    """The stored set, read with the pictures stored with it (laid out where it names them)."""
    try:
        with tempfile.TemporaryDirectory(prefix="quizbot-read-") as private:
            folder = lay_out(Path(private), name, pictures) if pictures else None
            return read_quiz_text(raw, name, f"{name}{SUFFIX}", image_dir=folder).quiz
    except QuizFileError as error:
        raise QuizError(f"`{name}` does not load any more: {error.problems[0]}") from error


def _check_picture(picture: discord.Attachment | None) -> None:
    """Refuse a file that is no picture, or too big, by its name and announced size."""
    if picture is None:
        return
    shown = image_name(picture.filename)
    if picture.size > MAX_IMAGE_BYTES:
        raise GuildSetError(
            f"`{shown}` is {picture.size:,} bytes; "
            f"pictures are limited to {MAX_IMAGE_BYTES:,} bytes."
        )


def _attach(data: dict[str, Any], name: str, question_id: str, picture: discord.Attachment) -> str:
    """Point the question at its picture, stored under the question's id (so a new
    picture replaces its own, never another question's); returns the file name."""
    suffix = PurePosixPath(image_name(picture.filename)).suffix
    file_name = f"{question_id[:48]}{suffix}"
    data["questions"][_index_of(data, question_id)]["image"] = f"{name}{FOLDER_SUFFIX}/{file_name}"
    return file_name


def _still_shown(
    data: dict[str, Any], name: str, pictures: Mapping[str, bytes]
) -> dict[str, bytes]:
    """The stored pictures some question still names; a replaced or deleted one goes."""
    named = {str(q.get("image")) for q in data["questions"] if isinstance(q, dict)}
    return {f: b for f, b in pictures.items() if f"{name}{FOLDER_SUFFIX}/{f}" in named}


def _index_of(data: dict[str, Any], question_id: str) -> int:
    for index, question in enumerate(data["questions"]):
        if isinstance(question, dict) and question.get("id") == question_id:
            return index
    raise QuizError(f"There is no question `{clip(question_id, 64)}` in this set.")


def _guild(interaction: discord.Interaction[Any]) -> int:
    if interaction.guild_id is None:
        raise QuizError("Question sets belong to a server; use this command in one.")
    return interaction.guild_id


def _refused(problems: list[Problem]) -> discord.Embed:
    """Problems named by the form's box they came from."""
    shown = []
    for problem in problems[:MAX_ERRORS_SHOWN]:
        # "examples.reject[0]" -> the box or option "examples" came from.
        top = re.split(r"[.\[]", problem.field or "")[0]
        box = FORM_LABELS.get(top, problem.field or "the set")
        shown.append(f"**{box}**: {clip(problem.message, 300)}")
    more = len(problems) - len(shown)
    if more > 0:
        shown.append(f"…and {more} more")
    embed = discord.Embed(
        title="Not saved: fix the question and try again",
        description="\n".join(shown),
        colour=MISSED_COLOUR,
    )
    embed.set_footer(text="Nothing was changed.")
    return embed
