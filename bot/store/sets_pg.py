"""`SetStore` on PostgreSQL: the same promises as `sets_sqlite`, whose statements and
row readers it shares.

A save takes a transaction-scoped advisory lock on the server's scope first, so
two processes uploading to one server at once take turns: the second one counts
the first one's set against the limit, or sees the name it took.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractAsyncContextManager
from datetime import datetime
from typing import TYPE_CHECKING

from bot.store import sets_sqlite as lite
from bot.store.pg_conn import Conn
from bot.store.records import to_micros
from bot.store.sets import SetRefusedError, SetUpload, SetVersion, StoredSet, check_upload, digest
from bot.store.sql import numbered

_LOCK_SCOPE = "SELECT pg_advisory_xact_lock(hashtext('guild_sets:' || $1))"


async def _write_set(conn: Conn, upload: SetUpload, version: int) -> None:
    await conn.execute(numbered(lite.UPSERT_SET), *lite.set_row(upload, version))
    await conn.execute(numbered(lite.DELETE_PICTURES), upload.scope, upload.name)
    await conn.executemany(numbered(lite.INSERT_PICTURE), lite.picture_rows(upload))


async def _save(conn: Conn, upload: SetUpload, replace: bool, max_sets: int) -> int:
    await conn.execute(_LOCK_SCOPE, upload.scope)
    current = await conn.fetchval(numbered(lite.VERSION_OF), upload.scope, upload.name)
    count = 0
    if current is None:
        count = int(await conn.fetchval(numbered(lite.COUNT_SETS), upload.scope))
    version = lite.next_version(current, upload, replace, max_sets - count)
    await _write_set(conn, upload, version)
    return version


async def _import(conn: Conn, uploads: Sequence[SetUpload], now_us: int) -> int:
    stored = 0
    for upload in uploads:
        await conn.execute(_LOCK_SCOPE, upload.scope)
        key = (upload.scope, upload.name, digest(upload))
        if await conn.fetchval(numbered(lite.IMPORTED), *key):
            continue
        if await conn.fetchval(numbered(lite.VERSION_OF), upload.scope, upload.name) is None:
            await _write_set(conn, upload, 1)
            stored += 1
        await conn.execute(numbered(lite.MARK_IMPORTED), *key, now_us)
    return stored


class PgSets:
    """The `SetStore` methods of `PostgresStore` (which provides `_transaction`)."""

    if TYPE_CHECKING:

        def _transaction(
            self, doing: str, *, read_only: bool = False
        ) -> AbstractAsyncContextManager[Conn]: ...

    async def save_set(self, upload: SetUpload, *, replace: bool, max_sets: int) -> int:
        check_upload(upload)
        async with self._transaction("write failed") as conn:
            return await _save(conn, upload, replace, max_sets)

    async def remove_set(self, scope: str, name: str) -> None:
        async with self._transaction("write failed") as conn:
            removed = await conn.execute(numbered(lite.DELETE_SET), scope, name)
            if removed.endswith(" 0"):
                raise SetRefusedError("missing", scope, name)

    async def set_versions(self, scope: str | None = None) -> list[SetVersion]:
        query, params = lite.versions_query(scope)
        async with self._transaction("query failed", read_only=True) as conn:
            rows = await conn.fetch(numbered(query), *params)
        return [lite.set_version(tuple(row)) for row in rows]

    async def get_set(self, scope: str, name: str) -> StoredSet | None:
        async with self._transaction("query failed", read_only=True) as conn:
            row = await conn.fetchrow(numbered(lite.GET_SET), scope, name)
            if row is None:
                return None
            pictures = await conn.fetch(numbered(lite.GET_PICTURES), scope, name)
        return lite.stored_set(tuple(row), [tuple(p) for p in pictures])

    async def import_sets(self, uploads: Sequence[SetUpload], now: datetime) -> int:
        for upload in uploads:
            check_upload(upload)
        async with self._transaction("write failed") as conn:
            return await _import(conn, uploads, to_micros(now))
