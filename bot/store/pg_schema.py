"""PostgreSQL schema migrations, numbered like SQLite's but on their own count.

Migration N lives in `pg_migrations/NNNN_*.sql`. Every process that opens the
database runs `migrate`: it takes a session advisory lock first, so when several
processes start together one migrates and the others wait, then find nothing to do.
"""

from __future__ import annotations

import logging

import asyncpg

from bot.store.migrate import Migration, load_migrations
from bot.store.pg_conn import Conn
from bot.store.records import StoreError

logger = logging.getLogger(__name__)

PG_MIGRATIONS: tuple[Migration, ...] = load_migrations("pg_migrations")
PG_LATEST_VERSION: int = len(PG_MIGRATIONS)

# Any fixed 64-bit number, the same in every quizbot process: "quizbot migrates".
_LOCK_KEY = 0x71756973_626F7431

_VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS quizbot_schema (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
)
"""


async def schema_version(conn: Conn) -> int:
    exists = await conn.fetchval("SELECT to_regclass('quizbot_schema') IS NOT NULL")
    if not exists:
        return 0
    return int(await conn.fetchval("SELECT COALESCE(MAX(version), 0) FROM quizbot_schema"))


async def check_current(conn: Conn) -> int:
    """For readers, which never migrate: the version, if this quizbot can read it."""
    version = await schema_version(conn)
    _refuse_newer(version)
    if version < PG_LATEST_VERSION:
        raise StoreError(
            f"the database is at schema version {version}, this quizbot needs"
            f" {PG_LATEST_VERSION}; run `quizbot db upgrade` first"
        )
    return version


async def migrate(conn: Conn, upto: int | None = None) -> int:
    """Bring the schema up to `upto` (default: newest) under the advisory lock."""
    target = PG_LATEST_VERSION if upto is None else upto
    await conn.execute("SELECT pg_advisory_lock($1)", _LOCK_KEY)
    try:
        await conn.execute(_VERSION_TABLE)
        current = await schema_version(conn)
        _refuse_newer(current)
        for migration in PG_MIGRATIONS[current:target]:
            logger.info("applying PostgreSQL schema migration %s", migration.name)
            try:
                async with conn.transaction():
                    await conn.execute(migration.sql)
                    await conn.execute(
                        "INSERT INTO quizbot_schema (version, name) VALUES ($1, $2)",
                        migration.version,
                        migration.name,
                    )
            except asyncpg.PostgresError as error:
                raise StoreError(f"schema migration {migration.name} failed: {error}") from error
        return await schema_version(conn)
    finally:
        await conn.execute("SELECT pg_advisory_unlock($1)", _LOCK_KEY)


def _refuse_newer(version: int) -> None:
    if version > PG_LATEST_VERSION:
        raise StoreError(
            f"database schema version {version} is newer than this quizbot "
            f"(it knows up to {PG_LATEST_VERSION}); upgrade quizbot"
        )
