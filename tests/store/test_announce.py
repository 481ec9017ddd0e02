"""Announcements reach every store on the same database, the announcer's included."""

from __future__ import annotations

import asyncio

import pytest

from bot.store.announce import Listener
from tests.store.backends import Backend, reopened


async def test_every_store_on_the_database_hears_an_announcement(backend: Backend) -> None:
    heard: dict[str, list[str]] = {"a": [], "b": []}
    arrived = asyncio.Event()

    def keeper(name: str) -> Listener:
        async def listener(message: str) -> None:
            heard[name].append(message)
            if all(heard.values()):
                arrived.set()

        return listener

    async with reopened(backend) as first, reopened(backend) as second:
        await first.listen("reload", keeper("a"))
        await second.listen("reload", keeper("b"))
        await second.listen("other", keeper("a"))
        await first.announce("reload", "shipped sets: 3")
        await asyncio.wait_for(arrived.wait(), 5)
        await asyncio.sleep(0.2)  # nothing else trickles in
    assert heard == {"a": ["shipped sets: 3"], "b": ["shipped sets: 3"]}


async def test_topics_and_sizes_are_checked(backend: Backend) -> None:
    async with reopened(backend) as store:
        with pytest.raises(ValueError, match="short lowercase word"):
            await store.announce("Drop Table", "x")
        with pytest.raises(ValueError, match="at most"):
            await store.announce("reload", "x" * 8000)
