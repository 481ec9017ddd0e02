"""Question sets a server uploads from Discord, kept on disk one folder per guild.

Layout: ``<root>/<guild id>/<set name>.yaml``. A user never chooses a path: the
guild id must be an integer and a set name matches ``[a-z0-9-]`` (1 to 40
characters, no dash at either end), so no upload can reach another guild's
folder, the shipped ``quizzes/`` folder, or anything else on the host.

A set name is made canonical once (`validate_name`: trimmed, lowercased, runs
of dashes folded as the loader folds them), and that one name is used for the
reserved-name check, the file, the loaded set, the replace prompt, export and
remove, so `quiz--one` is `quiz-one` everywhere and can never shadow it.

Names of shipped sets are refused for uploads, so a member who starts a quiz by
name always knows which set plays. Should a shipped set with the same name
appear later (an admin adds a file and reloads), the shipped one wins and the
guild's copy stays on disk, exportable and removable, but is not played.

Saving is atomic: the bytes go to a hidden temporary file in the same folder,
are flushed and fsynced, then renamed over the target and the folder is
fsynced, so a crash leaves either the old file or the new one, never half.
Saving and removing hold the guild's lock (an flock on `.locks/<guild>`, so it
holds across threads and processes): the per-server limit and the "does it
exist, may it be replaced" check cannot be raced by a concurrent upload.
Every method here blocks on the disk: from the event loop, call them through
``asyncio.to_thread``.
"""

from __future__ import annotations

import fcntl
import logging
import re
import threading
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from bot.authoring.atomic import fsync_folder, write_atomically
from bot.engine.errors import Problem, QuizError
from bot.engine.loader import Bank, Limits, load_bank, read_quiz_text, set_name
from bot.engine.loader.yamlsource import DEFAULT_LIMITS
from bot.engine.models import QuizSet

logger = logging.getLogger(__name__)

NAME_MAX = 40
SET_NAME = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?")
GUILD_ID = re.compile(r"[0-9]{1,20}")
SUFFIX = ".yaml"
LOCKS = ".locks"  # beside the guild folders, never inside one
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
    """The guild-owned sets under `root`.

    `shipped` returns the names of the sets shipped with the bot (called on each
    check, so a reload is taken into account); those names are refused.
    """

    def __init__(
        self,
        root: Path,
        max_bytes: int,
        *,
        shipped: Callable[[], Collection[str]] = frozenset,
        max_sets: int = DEFAULT_MAX_SETS,
    ) -> None:
        if max_bytes < 1:
            raise ValueError("max_bytes must be positive")
        self.root = root
        self.max_bytes = max_bytes
        self.max_sets = max_sets
        self._shipped = shipped
        # The loader's own cap must never refuse a file that was accepted as an upload.
        self._held = threading.local()  # the guilds whose lock this thread holds
        self.limits = Limits(max_bytes=max(max_bytes, DEFAULT_LIMITS.max_bytes))

    # -- paths ------------------------------------------------------------------------

    def folder(self, guild_id: int | str) -> Path:
        return self.root / str(guild_key(guild_id))

    def path(self, guild_id: int | str, name: str) -> Path:
        folder = self.folder(guild_id)
        target = folder / f"{validate_name(name)}{SUFFIX}"
        # Belt and braces: the name check already makes this impossible.
        if target.parent != folder:
            raise GuildSetError("That set name would leave the guild's folder.")
        return target

    # -- checking ---------------------------------------------------------------------

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

    # -- reading ----------------------------------------------------------------------

    def exists(self, guild_id: int | str, name: str) -> bool:
        return self.path(guild_id, name).is_file()

    def names(self, guild_id: int | str) -> list[str]:
        """The guild's set names, sorted; an unreadable or missing folder lists none."""
        folder = self.folder(guild_id)
        try:
            entries = list(folder.iterdir())
        except FileNotFoundError:
            return []
        except OSError as error:
            logger.warning("cannot list %s: %s", folder, error)
            return []
        names = [
            entry.name[: -len(SUFFIX)]
            for entry in entries
            if entry.name.endswith(SUFFIX)
            and SET_NAME.fullmatch(entry.name[: -len(SUFFIX)])
            and set_name(entry.name[: -len(SUFFIX)]) == entry.name[: -len(SUFFIX)]
            and entry.is_file()
        ]
        return sorted(names)

    def read(self, guild_id: int | str, name: str) -> bytes:
        """The file exactly as uploaded."""
        target = self.path(guild_id, name)
        try:
            return target.read_bytes()
        except FileNotFoundError:
            raise GuildSetError(f"This server has no uploaded set named `{target.stem}`.") from None
        except OSError as error:
            raise GuildSetError(f"Cannot read the set `{target.stem}`: {error.strerror}") from None

    def load_bank(self, guild_id: int | str) -> Bank:
        """Every set of the guild, loaded; a file that no longer loads is in `problems`."""
        folder = self.folder(guild_id)
        if not folder.is_dir():
            return Bank()
        return load_bank(folder, limits=self.limits)

    def guild_ids(self) -> list[int]:
        """Guilds that have a folder here (for loading every guild's sets at start-up)."""
        try:
            entries = list(self.root.iterdir())
        except OSError:
            return []
        return sorted(int(e.name) for e in entries if GUILD_ID.fullmatch(e.name) and e.is_dir())

    # -- writing ----------------------------------------------------------------------

    def save(self, checked: Checked, *, replace: bool = True) -> Path:
        """Write a checked upload atomically. An existing set of the same name is replaced
        only with `replace` (the member confirmed it); the check and the write are one step."""
        target = self.path(checked.guild_id, checked.name)
        with self.locked(checked.guild_id):
            self.check_room(checked, replace=replace)
            write_atomically(target, checked.data)
        logger.info(
            "guild %s saved set %s (%d bytes)", checked.guild_id, checked.name, len(checked.data)
        )
        return target

    def check_room(self, checked: Checked, *, replace: bool) -> None:
        """Refuse a save that would pass the server's limit, or replace a set unasked.
        Only meaningful while holding `locked(guild)`, as `save` does."""
        if self.path(checked.guild_id, checked.name).exists():
            if not replace:
                raise GuildSetError(
                    f"A set named `{checked.name}` was saved here meanwhile; "
                    "upload again to replace it."
                )
        elif len(self.names(checked.guild_id)) >= self.max_sets:
            raise GuildSetError(
                f"This server already has {self.max_sets} uploaded sets; remove one first."
            )

    def remove(self, guild_id: int | str, name: str) -> None:
        target = self.path(guild_id, name)
        with self.locked(guild_id):
            try:
                target.unlink()
            except FileNotFoundError:
                message = f"This server has no uploaded set named `{target.stem}`."
                raise GuildSetError(message) from None
            fsync_folder(target.parent)
        logger.info("guild %s removed set %s", guild_key(guild_id), target.stem)

    @contextmanager
    def locked(self, guild_id: int | str) -> Iterator[None]:
        """The guild's lock, across threads and processes (one open file each: flock).
        Re-entrant within a thread, so a caller may hold it around `save`."""
        guild = guild_key(guild_id)
        held: set[int] = vars(self._held).setdefault("guilds", set())
        if guild in held:
            yield
            return
        self.folder(guild).mkdir(parents=True, exist_ok=True)
        locks = self.root / LOCKS
        locks.mkdir(exist_ok=True)
        with (locks / str(guild_key(guild_id))).open("a+b") as handle:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            held.add(guild)
            try:
                yield
            finally:
                held.discard(guild)
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


__all__ = [
    "NAME_MAX",
    "Checked",
    "GuildSetError",
    "GuildSets",
    "default_name",
    "guild_key",
    "validate_name",
]
