"""The two store backends as test fixtures see them: a fresh, empty database each.

PostgreSQL tests get their own database on the server named by
QUIZBOT_TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/test),
dropped afterwards. When `CI` is set an unreachable server fails the run;
elsewhere those tests skip with one reason.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest

from bot.store import Store
from bot.store.opening import open_store
from bot.store.sql import numbered
from bot.store.url import DatabaseUrl, parse_database_url

DEFAULT_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/test"
BACKENDS = ("sqlite", "postgresql")


def server_url() -> str:
    return os.environ.get("QUIZBOT_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL)


def with_database(url: str, name: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


_reachable: str | None = None  # None: not tried yet; "": reachable; else why not


async def require_server() -> None:
    """Skip (or, under CI, fail) when the PostgreSQL server cannot be reached."""
    global _reachable  # noqa: PLW0603 - one probe per test session
    if _reachable is None:
        try:
            conn = await asyncpg.connect(server_url(), timeout=5)
            await conn.close()
            _reachable = ""
        except (OSError, asyncpg.PostgresError, TimeoutError) as error:
            _reachable = f"{type(error).__name__}: {error}"
    if _reachable:
        message = f"PostgreSQL at {server_url()} unreachable ({_reachable})"
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but {message}", pytrace=False)
        pytest.skip(f"{message}; set QUIZBOT_TEST_POSTGRES_URL to run these")


@dataclass
class Backend:
    name: str
    url: DatabaseUrl

    async def open(self, *, migrate: bool = True) -> Store:
        return await open_store(self.url, migrate=migrate)

    async def rows(self, query: str, *params: Any) -> list[tuple[Any, ...]]:
        """Run raw SQL (`?` placeholders) straight on the database, past the store."""
        if self.url.path is not None:
            with sqlite3.connect(self.url.path) as lite:
                return lite.execute(query, params).fetchall()
        conn = await asyncpg.connect(self.url.text)
        try:
            return [tuple(row) for row in await conn.fetch(numbered(query), *params)]
        finally:
            await conn.close()


@asynccontextmanager
async def fresh_backend(name: str, tmp_path: Path) -> AsyncIterator[Backend]:
    if name == "sqlite":
        yield Backend(name, parse_database_url(tmp_path / "data" / "scores.db"))
        return
    async with fresh_postgres() as url:
        yield Backend(name, parse_database_url(url))


@asynccontextmanager
async def fresh_postgres() -> AsyncIterator[str]:
    """An empty database of its own on the test server, dropped afterwards."""
    await require_server()
    database = f"quizbot_test_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(server_url())
    try:
        await admin.execute(f'CREATE DATABASE "{database}"')
        try:
            yield with_database(server_url(), database)
        finally:
            await admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    finally:
        await admin.close()


@asynccontextmanager
async def reopened(backend: Backend) -> AsyncIterator[Store]:
    """The backend's database opened by a new store, as a restarted process would."""
    store = await backend.open()
    try:
        yield store
    finally:
        await store.close()


# The fixtures every suite that tests against both stores uses; a conftest imports them.
@pytest.fixture(params=BACKENDS)
async def backend(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Backend]:
    async with fresh_backend(request.param, tmp_path) as made:
        yield made


@pytest.fixture
async def store(backend: Backend) -> AsyncIterator[Store]:
    opened = await backend.open()
    try:
        yield opened
    finally:
        await opened.close()
