"""Numbered schema migrations, tracked in `PRAGMA user_version`.

Migration N lives in `migrations/NNNN_*.sql` and moves the schema from version
N-1 to N. Each one runs in its own transaction together with the version bump,
so a failure leaves the file at the last good version.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from importlib import resources

from bot.store.records import StoreError

logger = logging.getLogger(__name__)

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations(folder_name: str = "migrations") -> tuple[Migration, ...]:
    """The shipped migrations in one folder (one per dialect), checked to be
    numbered 1, 2, 3... without gaps."""
    folder = resources.files("bot.store").joinpath(folder_name)
    found: list[Migration] = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda migration: migration.version)
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise StoreError(f"migration {migration.name} is out of sequence; expected {expected}")
    return tuple(found)


MIGRATIONS: tuple[Migration, ...] = load_migrations()
LATEST_VERSION: int = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def apply_migrations(
    conn: sqlite3.Connection,
    migrations: tuple[Migration, ...] = MIGRATIONS,
    upto: int | None = None,
) -> int:
    """Bring the schema up to `upto` (default: the newest); returns the final version.

    The connection must be in autocommit mode (isolation_level=None) so the
    transactions here are the only ones.
    """
    target = len(migrations) if upto is None else upto
    current = schema_version(conn)
    if current > len(migrations):
        raise StoreError(
            f"database schema version {current} is newer than this quizbot "
            f"(it knows up to {len(migrations)}); upgrade quizbot"
        )
    for migration in migrations[current:target]:
        _apply_one(conn, migration)
    return schema_version(conn)


def _apply_one(conn: sqlite3.Connection, migration: Migration) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Several processes may open a fresh file at once; the write lock is
        # ours now, so look again whether another one already did this step.
        if schema_version(conn) >= migration.version:
            conn.execute("COMMIT")
            return
        logger.info("applying schema migration %s", migration.name)
        for statement in split_statements(migration.sql):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {migration.version}")
        conn.execute("COMMIT")
    except sqlite3.Error as error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise StoreError(f"schema migration {migration.name} failed: {error}") from error


def split_statements(sql: str) -> list[str]:
    """Cut a script into statements (executescript would commit on its own)."""
    statements: list[str] = []
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    leftover = [ln for ln in buffer.splitlines() if ln.strip() and not ln.strip().startswith("--")]
    if leftover:
        raise StoreError(f"migration ends with an unfinished statement: {leftover[0]!r}")
    return statements
