"""Pytest glue: a running FakeDiscord per test, and pointing discord.py at it in-process."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager

import pytest_asyncio

from .server import FakeDiscord


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


@pytest_asyncio.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    """A started fake; the test fails afterwards if the bot broke any of Discord's rules."""
    fake = FakeDiscord()
    await fake.start()
    try:
        yield fake
    finally:
        await fake.stop()
    fake.assert_no_violations()
