"""`open_store`: the one place that turns a configured database into a `Store`."""

from __future__ import annotations

from pathlib import Path

from bot.store.base import Store
from bot.store.sqlite import SqliteStore


async def open_store(database: str | Path) -> Store:
    """Open (creating and migrating if needed) the configured score database."""
    return await SqliteStore.open(database)
