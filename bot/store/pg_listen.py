"""LISTEN on a PostgreSQL connection of its own, outside the pool. When the server
drops it, connect again (every few seconds until it answers) and listen again to
every channel, so announcements resume by themselves like the pool's writes do."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

import asyncpg

logger = logging.getLogger(__name__)

Heard = Callable[[str], None]  # called with each payload, on the event loop
RETRY_SECONDS = 2.0
_LOST = (OSError, asyncpg.InterfaceError, asyncpg.PostgresError, TimeoutError)


class PgListener:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn
        self._conn: asyncpg.Connection[asyncpg.Record] | None = None
        self._channels: dict[str, list[Heard]] = {}
        self._reconnecting: asyncio.Task[None] | None = None
        self._closed = False

    async def add(self, channel: str, heard: Heard) -> None:
        """Listen (connecting first if needed); raises what connecting raises."""
        self._channels.setdefault(channel, []).append(heard)
        if self._reconnecting is not None:
            return  # the reconnection listens to every channel, this one included
        if self._conn is None:
            await self._connect()
        else:
            await self._listen(self._conn, channel)

    async def _connect(self) -> None:
        conn = await asyncpg.connect(self._dsn, timeout=10)
        conn.add_termination_listener(self._lost)
        for channel in self._channels:
            await self._listen(conn, channel)
        self._conn = conn

    async def _listen(self, conn: asyncpg.Connection[asyncpg.Record], channel: str) -> None:
        def payload(_conn: object, _pid: int, _channel: str, message: object) -> None:
            for heard in list(self._channels.get(channel, [])):
                heard(str(message))

        await conn.add_listener(channel, payload)

    def _lost(self, _conn: object) -> None:
        self._conn = None
        if self._closed or self._reconnecting is not None:
            return
        logger.warning("lost the PostgreSQL connection for announcements; reconnecting")
        self._reconnecting = asyncio.get_running_loop().create_task(self._reconnect())

    async def _reconnect(self) -> None:
        try:
            while not self._closed:
                try:
                    await self._connect()
                    logger.info("listening for announcements again")
                    return
                except _LOST:
                    await asyncio.sleep(RETRY_SECONDS)
        finally:
            self._reconnecting = None

    async def close(self) -> None:
        self._closed = True
        if self._reconnecting is not None:
            self._reconnecting.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reconnecting
        if self._conn is not None:
            with contextlib.suppress(*_LOST):
                await self._conn.close()
            self._conn = None
