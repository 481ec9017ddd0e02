"""What a bot process stored about uploaded sets, read straight from its SQLite file."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path


def _rows(db: Path, query: str, *params: object) -> list[tuple[object, ...]]:
    if not db.exists():
        return []
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(query, params).fetchall()


def stored_sets(db: Path, guild_id: int) -> dict[str, bytes]:
    """The server's sets by name, their bytes as stored."""
    rows = _rows(db, "SELECT name, content FROM guild_sets WHERE scope = ?", str(guild_id))
    return {str(name): bytes(content) for name, content in rows}  # type: ignore[call-overload]


def stored_pictures(db: Path, guild_id: int, name: str) -> dict[str, bytes]:
    rows = _rows(
        db,
        "SELECT file_name, data FROM guild_set_pictures WHERE scope = ? AND set_name = ?",
        str(guild_id),
        name,
    )
    return {str(file_name): bytes(data) for file_name, data in rows}  # type: ignore[call-overload]
