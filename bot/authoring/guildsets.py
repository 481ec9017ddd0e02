"""Question sets a server uploads from Discord: the names and checks every upload passes.

The sets themselves live in the score store (`bot.store.sets`), so every bot
process serves every server's sets; `bot.game.serversets` joins these checks to
the store. Older versions kept them on disk, one folder per guild
(`bot.authoring.oldfolders` reads those once, to import them).

A user never chooses a path or a key: the guild id must be an integer and a set
name matches ``[a-z0-9-]`` (1 to 40 characters, no dash at either end).

A set name is made canonical once (`validate_name`: trimmed, lowercased, runs
of dashes folded as the loader folds them), and that one name is used for the
reserved-name check, the stored set, the loaded set, the replace prompt, export
and remove, so `quiz--one` is `quiz-one` everywhere and can never shadow it.

Names of shipped sets are refused for uploads, so a member who starts a quiz by
name always knows which set plays. Should a shipped set with the same name
appear later (an admin adds a file and reloads), the shipped one wins and the
guild's copy stays stored, exportable and removable, but is not played.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path

from bot.engine.errors import Problem, QuizError
from bot.engine.loader import Limits, read_quiz_text, set_name
from bot.engine.loader.yamlsource import DEFAULT_LIMITS
from bot.engine.models import QuizSet

NAME_MAX = 40
SET_NAME = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?")
GUILD_ID = re.compile(r"[0-9]{1,20}")
SUFFIX = ".yaml"
UPLOAD_SUFFIXES = (".yaml", ".yml", ".txt")
DEFAULT_MAX_SETS = 100
_GUILD_ID_MAX = 2**64 - 1


class GuildSetError(QuizError):
    """A guild-set request refused: bad name, too big, unknown set, too many sets..."""


@dataclass(frozen=True, slots=True)
class Checked:
    """An upload that passed every check; only this can be saved."""

    guild_id: int
    name: str
    data: bytes
    quiz: QuizSet
    warnings: tuple[Problem, ...] = field(default_factory=tuple)

    @property
    def question_count(self) -> int:
        return len(self.quiz.questions)


def validate_name(name: str) -> str:
    """A set name given by a member, checked and made canonical (trimmed, lowercased,
    dashes folded as the loader folds a file name) or refused."""
    cleaned = name.strip().casefold()
    if not cleaned:
        raise GuildSetError("A set name cannot be empty.")
    if len(cleaned) > NAME_MAX:
        raise GuildSetError(f"A set name has at most {NAME_MAX} characters.")
    if not SET_NAME.fullmatch(cleaned):
        shown = cleaned.encode("ascii", "backslashreplace").decode("ascii")[:NAME_MAX]
        raise GuildSetError(
            f"`{shown}` is not a valid set name: use lowercase letters, digits and dashes, "
            "not starting or ending with a dash."
        )
    # The loader names a set after its file this way: the file must be named the same.
    return set_name(cleaned)


def default_name(filename: str) -> str:
    """A set name made from an uploaded file's name: its last part, without suffix, slugged.

    The filename is only ever read as text; `../x.yaml`, `C:\\x.yaml` or `/etc/x` all
    come out as `x`. A filename with nothing usable is refused.
    """
    base = re.split(r"[/\\]", filename.replace("\0", ""))[-1].strip()
    lowered = base.casefold()
    for suffix in UPLOAD_SUFFIXES:
        if lowered.endswith(suffix):
            base = base[: -len(suffix)]
            break
    slug = set_name(base)[:NAME_MAX].strip("-")
    if not slug:
        raise GuildSetError(
            "The file name gives no usable set name; pass a `name` "
            "(lowercase letters, digits and dashes)."
        )
    return validate_name(slug)


def guild_key(guild_id: int | str) -> int:
    """A guild id as an integer; anything else (a path, a negative number...) is refused."""
    if isinstance(guild_id, bool):
        raise GuildSetError("A guild id must be a whole number.")
    if isinstance(guild_id, str):
        if not GUILD_ID.fullmatch(guild_id):
            raise GuildSetError("A guild id must be a whole number.")
        guild_id = int(guild_id)
    if not isinstance(guild_id, int) or not 0 < guild_id <= _GUILD_ID_MAX:
        raise GuildSetError("A guild id must be a positive whole number.")
    return guild_id


class GuildSets:
    """The rules an upload must pass before it is stored (the store keeps the sets).

    `shipped` returns the names of the sets shipped with the bot (called on each
    check, so a reload is taken into account); those names are refused.
    """

    def __init__(
        self,
        max_bytes: int,
        *,
        shipped: Callable[[], Collection[str]] = frozenset,
        max_sets: int = DEFAULT_MAX_SETS,
    ) -> None:
        if max_bytes < 1:
            raise ValueError("max_bytes must be positive")
        self.max_bytes = max_bytes
        self.max_sets = max_sets
        self._shipped = shipped
        # The loader's own cap must never refuse a file that was accepted as an upload.
        self.limits = Limits(max_bytes=max(max_bytes, DEFAULT_LIMITS.max_bytes))

    def check_upload(
        self,
        data: bytes,
        filename: str,
        guild_id: int | str,
        name: str | None = None,
        image_dir: Path | None = None,
    ) -> Checked:
        """Validate an upload without saving it. `image_dir` holds the image files the
        set may name (see `bot.authoring.setimages`); without it, URLs only.

        Raises GuildSetError for a refused name or size, and QuizFileError (the CLI's
        own validator, with `line:col` problems) for a file that does not load.
        """
        guild = guild_key(guild_id)
        if len(data) > self.max_bytes:
            raise GuildSetError(
                f"The file is {len(data):,} bytes; uploads are limited to {self.max_bytes:,} bytes."
            )
        chosen = validate_name(name) if name is not None and name.strip() else None
        chosen = chosen or default_name(filename)
        if chosen in self._shipped():
            raise GuildSetError(
                f"`{chosen}` is the name of a set shipped with the bot; pick another `name`."
            )
        result = read_quiz_text(data, chosen, f"{chosen}{SUFFIX}", self.limits, image_dir)
        return Checked(guild, chosen, bytes(data), result.quiz, tuple(result.warnings))


__all__ = [
    "NAME_MAX",
    "Checked",
    "GuildSetError",
    "GuildSets",
    "default_name",
    "guild_key",
    "validate_name",
]
