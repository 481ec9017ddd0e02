"""The folders older versions kept uploaded sets in, read once so they can be imported
into the store.

Layout: ``<root>/<guild id>/<set name>.yaml``, with the set's pictures in
``<root>/<guild id>/<set name>.images/<file>``. Only what that layout allows is
read: guild folders named by a number, canonical set names, regular files inside
their folder (a link leading out is skipped, as the loader skips it), pictures
within the size cap. Nothing here is changed or removed: the files stay as they
were, a backup of what was imported. Blocking disk work: call through a thread.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from bot.authoring.guildsets import GUILD_ID, SET_NAME, SUFFIX, GuildSetError, guild_key
from bot.engine.loader import set_name
from bot.engine.loader.images import MAX_IMAGE_BYTES

logger = logging.getLogger(__name__)

PICTURES_SUFFIX = ".images"
MAX_SET_BYTES = 2 * 1024 * 1024  # the largest upload cap ever allowed


@dataclass(frozen=True, slots=True)
class FolderSet:
    guild_id: int
    name: str
    data: bytes
    modified: datetime
    pictures: dict[str, bytes] = field(default_factory=dict)


def sets_in_folders(root: Path) -> list[FolderSet]:
    """Every set kept under `root`, by guild then name; a missing root holds none."""
    found: list[FolderSet] = []
    for guild in _entries(root):
        if GUILD_ID.fullmatch(guild.name) and _inside(guild, root) and guild.is_dir():
            try:
                guild_id = guild_key(guild.name)
            except GuildSetError:
                continue
            found.extend(_guild_sets(guild_id, guild))
    return found


def _guild_sets(guild_id: int, folder: Path) -> list[FolderSet]:
    found = []
    for entry in _entries(folder):
        name = entry.name[: -len(SUFFIX)]
        if not entry.name.endswith(SUFFIX) or not SET_NAME.fullmatch(name):
            continue
        if set_name(name) != name or not _regular(entry, folder):
            continue
        try:
            data = entry.read_bytes()
            modified = datetime.fromtimestamp(entry.stat().st_mtime, UTC)
        except OSError as error:
            logger.warning("cannot read %s, not imported: %s", entry, error)
            continue
        if len(data) > MAX_SET_BYTES:
            logger.warning("%s is over %d bytes, not imported", entry, MAX_SET_BYTES)
            continue
        pictures = _pictures(folder / f"{name}{PICTURES_SUFFIX}")
        found.append(FolderSet(guild_id, name, data, modified, pictures))
    return found


def _pictures(folder: Path) -> dict[str, bytes]:
    pictures: dict[str, bytes] = {}
    if not folder.is_dir() or folder.is_symlink():
        return pictures
    for entry in _entries(folder):
        if entry.name.startswith(".") or not _regular(entry, folder):
            continue
        try:
            if entry.stat().st_size > MAX_IMAGE_BYTES:
                logger.warning("%s is over %d bytes, not imported", entry, MAX_IMAGE_BYTES)
                continue
            pictures[entry.name] = entry.read_bytes()
        except OSError as error:
            logger.warning("cannot read %s, not imported: %s", entry, error)
    return pictures


def _entries(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir())
    except FileNotFoundError:
        return []
    except OSError as error:
        logger.warning("cannot list %s: %s", folder, error)
        return []


def _inside(entry: Path, folder: Path) -> bool:
    try:
        return entry.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


def _regular(entry: Path, folder: Path) -> bool:
    return _inside(entry, folder) and entry.is_file()
