"""What only PostgreSQL does: migrating under a lock, refusing readers an old
schema, surviving a dropped connection, and never printing a password."""

from __future__ import annotations

import asyncio
import contextlib
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest

from bot.store import StoreError
from bot.store.pg_schema import PG_LATEST_VERSION
from bot.store.postgres import PostgresStore
from bot.store.url import parse_database_url
from tests.store.backends import fresh_postgres, require_server
from tests.store.helpers import T0, answer
from tests.store.tcp_proxy import Proxy


async def test_processes_starting_together_migrate_once() -> None:
    async with fresh_postgres() as url:
        database = parse_database_url(url)
        stores = await asyncio.gather(*(PostgresStore.open(database) for _ in range(4)))
        try:
            await asyncio.gather(*(s.record_answer(answer(f"p{n}")) for n, s in enumerate(stores)))
            board = await stores[0].leaderboard("guild-1", "all", T0)
            assert sorted(row.player_id for row in board) == ["p0", "p1", "p2", "p3"]
        finally:
            await asyncio.gather(*(s.close() for s in stores))
        conn = await asyncpg.connect(url)
        try:
            versions = [r[0] for r in await conn.fetch("SELECT version FROM quizbot_schema")]
        finally:
            await conn.close()
        assert versions == list(range(1, PG_LATEST_VERSION + 1))


async def test_a_reader_never_migrates_and_says_what_to_run() -> None:
    async with fresh_postgres() as url:
        with pytest.raises(StoreError, match=r"schema version 0.*quizbot db upgrade"):
            await PostgresStore.open(parse_database_url(url), migrate_schema=False)
        conn = await asyncpg.connect(url)
        try:
            assert await conn.fetchval("SELECT to_regclass('answers')") is None
        finally:
            await conn.close()


async def test_a_lost_server_is_a_store_error_and_it_reconnects_when_back() -> None:
    async with fresh_postgres() as url:
        parts = urlsplit(url)
        proxy = Proxy(parts.hostname or "127.0.0.1", parts.port or 5432)
        await proxy.start()
        through = urlunsplit(parts._replace(netloc=f"{parts.username}@127.0.0.1:{proxy.port}"))
        store = await PostgresStore.open(parse_database_url(through))
        try:
            await store.record_answer(answer("p1", question_id="q1"))
            await proxy.cut()  # the server goes away mid-game
            with pytest.raises(StoreError, match=r"write failed|cannot connect|closed"):
                await store.record_answer(answer("p1", question_id="q2"))
            with pytest.raises(StoreError):
                await store.leaderboard("guild-1", "all", T0)
            await proxy.start()  # and comes back on the same address
            await store.record_answer(answer("p1", question_id="q3"))
            stats = await store.player_stats("guild-1", "p1")
            # The write that failed was not stored; the ones either side were.
            assert (stats.answered, sorted(stats.per_set)) == (2, ["article"])
        finally:
            await store.close()
            await proxy.cut()


async def test_unreachable_server_is_one_line_without_the_password() -> None:
    await require_server()
    url = parse_database_url("postgresql://quiz:s3cret-pw@127.0.0.1:1/nothing")
    with pytest.raises(StoreError) as caught:
        await PostgresStore.open(url)
    message = str(caught.value)
    assert "s3cret-pw" not in message and "\n" not in message
    assert "127.0.0.1:1" in message and "cannot connect" in message


async def test_announcements_resume_when_the_server_comes_back() -> None:
    async with fresh_postgres() as url:
        parts = urlsplit(url)
        proxy = Proxy(parts.hostname or "127.0.0.1", parts.port or 5432)
        await proxy.start()
        through = urlunsplit(parts._replace(netloc=f"{parts.username}@127.0.0.1:{proxy.port}"))
        heard: asyncio.Queue[str] = asyncio.Queue()

        async def listener(message: str) -> None:
            await heard.put(message)

        listening = await PostgresStore.open(parse_database_url(through))
        speaking = await PostgresStore.open(parse_database_url(url))
        try:
            await listening.listen("reload", listener)
            await speaking.announce("reload", "one")
            assert await asyncio.wait_for(heard.get(), 5) == "one"
            await proxy.cut()  # the server goes away, then comes back
            await asyncio.sleep(0.5)
            await proxy.start()
            for _ in range(40):  # announce until the listener is back (it retries)
                await speaking.announce("reload", "two")
                with contextlib.suppress(TimeoutError):
                    assert await asyncio.wait_for(heard.get(), 0.25) == "two"
                    break
            else:
                raise AssertionError("the listener never came back")
        finally:
            await listening.close()
            await speaking.close()
            await proxy.cut()
