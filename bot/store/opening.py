"""`open_store`: the one place that turns a configured database into a `Store`."""

from __future__ import annotations

from pathlib import Path

from bot.store.base import Store
from bot.store.sqlite import SqliteStore
from bot.store.url import DatabaseUrl, parse_database_url


async def open_store(database: str | Path | DatabaseUrl, *, migrate: bool = True) -> Store:
    """Open the configured score database. Writers migrate its schema first;
    readers (`migrate=False`) never change it and need it current."""
    url = database if isinstance(database, DatabaseUrl) else parse_database_url(database)
    if url.backend == "postgresql":
        from bot.store.postgres import PostgresStore  # noqa: PLC0415 - asyncpg only when used

        return await PostgresStore.open(url, migrate_schema=migrate)
    assert url.path is not None
    return await SqliteStore.open(url.path, migrate=migrate)
