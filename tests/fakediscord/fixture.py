"""Pytest glue: a running FakeDiscord per test, and pointing discord.py at it in-process."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import TYPE_CHECKING

import pytest_asyncio

from .server import FakeDiscord

if TYPE_CHECKING:
    import discord


@contextmanager
def discord_py_pointed_at(fake: FakeDiscord) -> Iterator[None]:
    """What the bot's entry point does with DISCORD_API_BASE / DISCORD_GATEWAY_URL, undone after."""
    import discord
    import yarl

    route, gateway = discord.http.Route, discord.gateway.DiscordWebSocket
    old_base, old_gateway = route.BASE, gateway.DEFAULT_GATEWAY
    route.BASE = fake.api_base
    gateway.DEFAULT_GATEWAY = yarl.URL(fake.gateway_url)  # with_query() needs a URL, not a str
    try:
        yield
    finally:
        route.BASE, gateway.DEFAULT_GATEWAY = old_base, old_gateway


@asynccontextmanager
async def connected(
    client: discord.Client, fake: FakeDiscord, *, ready_within: float = 10
) -> AsyncIterator[None]:
    """`client` logged in to `fake` and ready (inside `discord_py_pointed_at(fake)`);
    closed, and its connection task given time to end, afterwards."""
    await client.login(fake.token)
    task = asyncio.create_task(client.connect(reconnect=True))
    try:
        await asyncio.wait_for(client.wait_until_ready(), ready_within)
        yield
    finally:
        await client.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(task, 5)


@asynccontextmanager
async def started(fake: FakeDiscord) -> AsyncIterator[FakeDiscord]:
    """`fake` running; afterwards stopped, and the test fails if the bot broke any of
    Discord's rules."""
    await fake.start()
    try:
        yield fake
    finally:
        await fake.stop()
    fake.assert_no_violations()


@pytest_asyncio.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    """A started fake; the test fails afterwards if the bot broke any of Discord's rules."""
    async with started(FakeDiscord()) as fake:
        yield fake
