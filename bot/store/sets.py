"""Question sets servers upload, kept in the score database so every process serves them.

A set is stored exactly as uploaded (its bytes), under its server's scope and its
canonical name, with who uploaded it, when, and a version that grows by one each
time it is replaced. Pictures attached to it are stored beside it and go with it.
The per-server limit and the "may it be replaced" check run inside the write
transaction, so concurrent uploads (in one process or several) cannot pass them.
Checking a set's content is not the store's business: callers save checked sets.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, Protocol

from bot.engine.loader.images import MAX_IMAGE_BYTES
from bot.store.records import StoreError

# The store's own caps, above what any upload may be: a last line against a caller's bug.
MAX_SET_BYTES = 4 * 1024 * 1024
MAX_PICTURE_BYTES = MAX_IMAGE_BYTES
MAX_PICTURES = 20
MAX_NAME = 64

Refusal = Literal["exists", "full", "missing"]


class SetRefusedError(Exception):
    """A set write refused by the rules (not a storage failure): `kind` says which."""

    def __init__(self, kind: Refusal, scope: str, name: str, limit: int = 0) -> None:
        super().__init__(f"{kind}: set {name!r} in scope {scope}")
        self.kind: Refusal = kind
        self.scope = scope
        self.name = name
        self.limit = limit


@dataclass(frozen=True, slots=True)
class SetUpload:
    """A checked set to store; `pictures` (file name -> bytes) replace the stored ones."""

    scope: str
    name: str
    content: bytes
    uploader: str
    uploaded_at: datetime
    pictures: Mapping[str, bytes] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SetVersion:
    """Which version of a set is stored: enough to tell whether a loaded copy is current."""

    scope: str
    name: str
    version: int
    uploaded_at: datetime

    @property
    def stamp(self) -> tuple[int, datetime]:
        # A set removed and uploaded again starts at version 1 again; the time tells them apart.
        return self.version, self.uploaded_at


@dataclass(frozen=True, slots=True)
class StoredSet:
    scope: str
    name: str
    content: bytes  # byte for byte as uploaded
    uploader: str
    uploaded_at: datetime
    version: int
    pictures: dict[str, bytes] = field(default_factory=dict)

    @property
    def stamp(self) -> tuple[int, datetime]:
        return self.version, self.uploaded_at


def check_upload(upload: SetUpload) -> None:
    """Refuse what no caller should ever pass (a StoreError names what)."""
    if not upload.scope or not upload.name or len(upload.name) > MAX_NAME:
        raise StoreError(f"a stored set needs a scope and a name of at most {MAX_NAME} characters")
    if len(upload.content) > MAX_SET_BYTES:
        raise StoreError(f"set {upload.name!r} is over {MAX_SET_BYTES:,} bytes")
    if len(upload.pictures) > MAX_PICTURES:
        raise StoreError(f"set {upload.name!r} has more than {MAX_PICTURES} pictures")
    for file_name, data in upload.pictures.items():
        if (
            not file_name
            or len(file_name) > MAX_NAME
            or file_name.startswith(".")
            or any(c in file_name for c in "/\\\0")
        ):
            raise StoreError(f"set {upload.name!r}: bad picture name {file_name[:MAX_NAME]!r}")
        if len(data) > MAX_PICTURE_BYTES:
            raise StoreError(f"picture {file_name!r} is over {MAX_PICTURE_BYTES:,} bytes")


def digest(upload: SetUpload) -> str:
    """What a set holds, as one hash: an import from disk is recognised by it."""
    hashed = hashlib.sha256(upload.scope.encode() + b"\0" + upload.name.encode() + b"\0")
    hashed.update(hashlib.sha256(upload.content).digest())
    for file_name in sorted(upload.pictures):
        hashed.update(file_name.encode() + b"\0")
        hashed.update(hashlib.sha256(upload.pictures[file_name]).digest())
    return hashed.hexdigest()


class SetStore(Protocol):
    """The part of `Store` that keeps uploaded sets."""

    async def save_set(self, upload: SetUpload, *, replace: bool, max_sets: int) -> int:
        """Store the set in one transaction; returns its new version. SetRefusedError("exists")
        if it exists and not `replace`; SetRefusedError("full") if it is new and the scope
        already holds `max_sets`."""
        ...

    async def remove_set(self, scope: str, name: str) -> None:
        """Delete the set and its pictures; SetRefusedError("missing") if there is none."""
        ...

    async def set_versions(self, scope: str | None = None) -> list[SetVersion]:
        """The stored sets of `scope` (every scope when None), by scope then name."""
        ...

    async def get_set(self, scope: str, name: str) -> StoredSet | None:
        """One set with its pictures, or None."""
        ...

    async def import_sets(self, uploads: Sequence[SetUpload], now: datetime) -> int:
        """Sets found outside the database (an older version's folders), in one transaction:
        each is stored unless this very content was imported before or a set of that name
        is already stored (a newer upload wins). Returns how many were stored."""
        ...
