"""`SetStore` on SQLite: uploaded sets and their pictures (see `bot.store.sets`).

Each write is one `BEGIN IMMEDIATE` transaction (the store's `_write`), which holds
the file's write lock from its first statement: the count against the per-server
limit and the insert cannot interleave with another upload, in this process or
another one on the same file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from bot.store.records import from_micros, to_micros
from bot.store.sets import (
    SetRefusedError,
    SetUpload,
    SetVersion,
    StoredSet,
    check_upload,
    digest,
)

T = TypeVar("T")

SET_COLUMNS = "scope, name, content, uploader, uploaded_us, version"
PICTURE_COLUMNS = "scope, set_name, file_name, data"
COUNT_SETS = "SELECT COUNT(*) FROM guild_sets WHERE scope = ?"
VERSION_OF = "SELECT version FROM guild_sets WHERE scope = ? AND name = ?"
UPSERT_SET = f"""
INSERT INTO guild_sets ({SET_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (scope, name) DO UPDATE SET content = excluded.content,
    uploader = excluded.uploader, uploaded_us = excluded.uploaded_us, version = excluded.version
"""
DELETE_PICTURES = "DELETE FROM guild_set_pictures WHERE scope = ? AND set_name = ?"
INSERT_PICTURE = f"INSERT INTO guild_set_pictures ({PICTURE_COLUMNS}) VALUES (?, ?, ?, ?)"
DELETE_SET = "DELETE FROM guild_sets WHERE scope = ? AND name = ?"
VERSIONS = "SELECT scope, name, version, uploaded_us FROM guild_sets"
GET_SET = f"SELECT {SET_COLUMNS} FROM guild_sets WHERE scope = ? AND name = ?"
GET_PICTURES = "SELECT file_name, data FROM guild_set_pictures WHERE scope = ? AND set_name = ?"
IMPORTED = "SELECT 1 FROM guild_set_imports WHERE scope = ? AND name = ? AND digest = ?"
MARK_IMPORTED = (
    "INSERT INTO guild_set_imports (scope, name, digest, imported_us) VALUES (?, ?, ?, ?)"
)
FORGET_UPLOADER = "UPDATE guild_sets SET uploader = '' WHERE uploader = ?"


def versions_query(scope: str | None) -> tuple[str, tuple[str, ...]]:
    if scope is None:
        return f"{VERSIONS} ORDER BY scope, name", ()
    return f"{VERSIONS} WHERE scope = ? ORDER BY name", (scope,)


def forget_uploader(scope: str | None) -> str:
    """The statement taking a forgotten player's id off the sets they uploaded (the sets
    stay: they belong to the server); its parameters are `sql.player_filter`'s."""
    return FORGET_UPLOADER if scope is None else f"{FORGET_UPLOADER} AND scope = ?"


def set_version(row: Sequence[Any]) -> SetVersion:
    scope, name, version, uploaded = row
    return SetVersion(str(scope), str(name), int(version), from_micros(int(uploaded)))


def stored_set(row: Sequence[Any], pictures: Sequence[Sequence[Any]]) -> StoredSet:
    scope, name, content, uploader, uploaded, version = row
    return StoredSet(
        str(scope),
        str(name),
        bytes(content),
        str(uploader),
        from_micros(int(uploaded)),
        int(version),
        {str(file_name): bytes(data) for file_name, data in pictures},
    )


def next_version(current: int | None, upload: SetUpload, replace: bool, room: int) -> int:
    """The version the upload gets, or SetRefusedError; `room` is how many more sets fit."""
    if current is not None:
        if not replace:
            raise SetRefusedError("exists", upload.scope, upload.name)
        return current + 1
    if room <= 0:
        raise SetRefusedError("full", upload.scope, upload.name, room)
    return 1


def set_row(upload: SetUpload, version: int) -> tuple[object, ...]:
    return (
        upload.scope,
        upload.name,
        upload.content,
        upload.uploader,
        to_micros(upload.uploaded_at),
        version,
    )


def picture_rows(upload: SetUpload) -> list[tuple[str, str, str, bytes]]:
    return [(upload.scope, upload.name, f, d) for f, d in sorted(upload.pictures.items())]


def _save(conn: sqlite3.Connection, upload: SetUpload, replace: bool, max_sets: int) -> int:
    found = conn.execute(VERSION_OF, (upload.scope, upload.name)).fetchone()
    count = 0 if found else int(conn.execute(COUNT_SETS, (upload.scope,)).fetchone()[0])
    current = None if found is None else int(found[0])
    version = next_version(current, upload, replace, max_sets - count)
    _write_set(conn, upload, version)
    return version


def _write_set(conn: sqlite3.Connection, upload: SetUpload, version: int) -> None:
    conn.execute(UPSERT_SET, set_row(upload, version))
    conn.execute(DELETE_PICTURES, (upload.scope, upload.name))
    conn.executemany(INSERT_PICTURE, picture_rows(upload))


def _remove(conn: sqlite3.Connection, scope: str, name: str) -> None:
    # The pictures go with the set (ON DELETE CASCADE).
    if conn.execute(DELETE_SET, (scope, name)).rowcount == 0:
        raise SetRefusedError("missing", scope, name)


def _get(conn: sqlite3.Connection, scope: str, name: str) -> StoredSet | None:
    row = conn.execute(GET_SET, (scope, name)).fetchone()
    if row is None:
        return None
    return stored_set(row, conn.execute(GET_PICTURES, (scope, name)).fetchall())


def _import(conn: sqlite3.Connection, uploads: Sequence[SetUpload], now_us: int) -> int:
    stored = 0
    for upload in uploads:
        key = (upload.scope, upload.name, digest(upload))
        if conn.execute(IMPORTED, key).fetchone():
            continue
        if conn.execute(VERSION_OF, (upload.scope, upload.name)).fetchone() is None:
            _write_set(conn, upload, 1)
            stored += 1
        conn.execute(MARK_IMPORTED, (*key, now_us))
    return stored


class SqliteSets:
    """The `SetStore` methods of `SqliteStore` (which provides `_write` and `_read`)."""

    if TYPE_CHECKING:

        async def _write(self, work: Callable[[sqlite3.Connection], T]) -> T: ...

        async def _read(self, work: Callable[[sqlite3.Connection], T]) -> T: ...

    async def save_set(self, upload: SetUpload, *, replace: bool, max_sets: int) -> int:
        check_upload(upload)
        return await self._write(lambda conn: _save(conn, upload, replace, max_sets))

    async def remove_set(self, scope: str, name: str) -> None:
        await self._write(lambda conn: _remove(conn, scope, name))

    async def set_versions(self, scope: str | None = None) -> list[SetVersion]:
        query, params = versions_query(scope)
        rows = await self._read(lambda conn: conn.execute(query, params).fetchall())
        return [set_version(row) for row in rows]

    async def get_set(self, scope: str, name: str) -> StoredSet | None:
        return await self._read(lambda conn: _get(conn, scope, name))

    async def import_sets(self, uploads: Sequence[SetUpload], now: datetime) -> int:
        for upload in uploads:
            check_upload(upload)
        now_us = to_micros(now)
        return await self._write(lambda conn: _import(conn, uploads, now_us))
