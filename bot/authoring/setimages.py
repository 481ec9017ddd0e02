"""Image files attached to a server's set upload, checked with the set and kept with it.

An upload names its pictures by the attached files' names (`image: flag.png`); the
set is validated against a private temporary folder holding only those files, so
it can name nothing else on the machine (the loader also refuses any path that
climbs out of its folder). The saved set then refers to
``<set name>.images/<file>``, written as tidy YAML, and the pictures are stored
with it (`bot.store.sets`); whoever loads the set lays them out the same way
(`picture_folder`). Blocking disk work: call these through ``asyncio.to_thread``.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from bot.authoring.guildsets import (
    SUFFIX,
    Checked,
    GuildSetError,
    GuildSets,
    default_name,
    validate_name,
)
from bot.authoring.written import set_data, set_yaml
from bot.engine.loader.images import MAX_IMAGE_BYTES
from bot.engine.models import IMAGE_SUFFIXES, is_image_url

FOLDER_SUFFIX = ".images"
MAX_ATTACHED = 3
_NAME_JUNK = re.compile(r"[^a-z0-9._-]+")


def lay_out(folder: Path, name: str, pictures: Mapping[str, bytes]) -> Path:
    """Write a set's stored pictures where its YAML finds them (`<name>.images/<file>`
    under `folder`); returns `folder`, the image folder to load the set with."""
    images = folder / f"{validate_name(name)}{FOLDER_SUFFIX}"
    images.mkdir(parents=True, exist_ok=True)
    for file_name, data in pictures.items():
        target = images / file_name
        if target.parent != images:
            raise GuildSetError(f"A stored picture has a bad name: {file_name[:64]!r}.")
        target.write_bytes(data)
    return folder


def check_with_stored(
    sets: GuildSets, data: bytes, guild_id: int | str, name: str, pictures: Mapping[str, bytes]
) -> Checked:
    """Check a changed set (written in Discord) against the pictures stored with it."""
    with tempfile.TemporaryDirectory(prefix="quizbot-change-") as private:
        folder = lay_out(Path(private), name, pictures) if pictures else None
        return sets.check_upload(data, f"{name}{SUFFIX}", guild_id, name, folder)


def image_name(filename: str) -> str:
    """An attached file's name as the set names it: its last part, lowercase, tame."""
    base = re.split(r"[/\\]", filename.replace("\0", ""))[-1].strip().casefold()
    clean = _NAME_JUNK.sub("-", base).lstrip(".-")[:64]
    if not clean.endswith(IMAGE_SUFFIXES):
        raise GuildSetError(
            f"`{clean or filename[:64]}` is not a picture file: attach .png, .jpg, .gif or .webp."
        )
    return clean


def check_with_images(
    sets: GuildSets,
    data: bytes,
    filename: str,
    guild_id: int | str,
    name: str | None,
    *,
    attached: Mapping[str, bytes],
) -> tuple[Checked, dict[str, bytes]]:
    """Validate an upload and its attached pictures; returns the set to save (naming
    its stored pictures) and the pictures it uses, by file name."""
    if not attached:
        return sets.check_upload(data, filename, guild_id, name), {}
    if len(attached) > MAX_ATTACHED:
        raise GuildSetError(f"Attach at most {MAX_ATTACHED} pictures to one upload.")
    images: dict[str, bytes] = {}
    for given, content in attached.items():
        clean = image_name(given)
        if clean in images:
            raise GuildSetError(f"Two attached pictures are both called `{clean}`.")
        if len(content) > MAX_IMAGE_BYTES:
            raise GuildSetError(
                f"`{clean}` is {len(content):,} bytes; pictures are limited to "
                f"{MAX_IMAGE_BYTES:,} bytes."
            )
        images[clean] = content
    chosen = validate_name(name) if name and name.strip() else default_name(filename)
    with tempfile.TemporaryDirectory(prefix="quizbot-upload-") as private:
        folder = Path(private)
        for clean, content in images.items():
            (folder / clean).write_bytes(content)
        checked = sets.check_upload(data, filename, guild_id, chosen, image_dir=folder)
    used = {q.image for q in checked.quiz.questions if q.image and not is_image_url(q.image)}
    stored = set_data(checked.quiz)
    for question in stored["questions"]:
        if question.get("image") in used:
            question["image"] = f"{chosen}{FOLDER_SUFFIX}/{question['image']}"
    tidy = set_yaml(stored).encode("utf-8")
    return replace(checked, data=tidy), {n: images[n] for n in sorted(used) if n in images}
