"""The fake gateway: HELLO, IDENTIFY/READY, RESUME with replay, heartbeats and dispatch.

Sharded like Discord's: IDENTIFY carries `shard: [id, count]`; each shard's READY and
GUILD_CREATE hold only its servers (`(guild_id >> 22) % count`), each server's events
go out only on its shard's connection, and events without a server (DMs) on shard 0.
A shard id outside the count closes with 4010, too few shards with 4011.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

logger = logging.getLogger(__name__)

JSON = dict[str, Any]
MESSAGE_CONTENT_INTENT = 1 << 15
GUILD_MEMBERS_INTENT = 1 << 1


@dataclass
class GatewaySession:
    session_id: str
    intents: int
    shard: tuple[int, int] = (0, 1)
    seq: int = 0
    log: list[tuple[int, str, JSON]] = field(default_factory=list)

    def record(self, event: str, data: JSON) -> JSON:
        self.seq += 1
        self.log.append((self.seq, event, data))
        return {"op": 0, "s": self.seq, "t": event, "d": data}


@dataclass
class ShardLink:
    """One shard's session and its current socket."""

    session: GatewaySession
    socket: web.WebSocketResponse | None = None
    connected: asyncio.Event = field(default_factory=asyncio.Event)


def shard_of(guild_id: int, count: int) -> int:
    return (guild_id >> 22) % count


class Gateway:
    """One session per shard. `session`, `socket` and `connected` are those of the
    shard holding the main test server, so single-shard tests read them as before."""

    def __init__(
        self,
        *,
        token: str,
        heartbeat_ms: int,
        ready_payload: Callable[[str, tuple[int, int], list[int]], JSON],
        guild_create: Callable[[int, int], JSON],
        guild_ids: Callable[[], list[int]],
        violation: Callable[[str, str], None],
    ) -> None:
        self._token = token
        self._heartbeat_ms = heartbeat_ms
        self._ready_payload = ready_payload
        self._guild_create = guild_create
        self._guild_ids = guild_ids
        self._violation = violation
        self.links: dict[int, ShardLink] = {}
        self.required_shards = 1  # fewer than this in IDENTIFY closes with 4011
        self.recommended_shards = 1  # what GET /gateway/bot advises
        self.identifies = 0
        self.resumes = 0
        # Set by a test: a RESUME gets no answer and the socket is read no more (not even a
        # close frame), as from a gateway that stalls mid-resume; released when the fake stops.
        self.hold_resumes = False
        self.resumes_held = 0
        self._held = asyncio.Event()
        self.heartbeats = 0
        self.connected = asyncio.Event()
        self.ready = asyncio.Event()
        self._resumed_waiters: list[asyncio.Future[None]] = []

    def _main_link(self) -> ShardLink | None:
        main = self._guild_ids()[0]
        for link in self.links.values():
            if shard_of(main, link.session.shard[1]) == link.session.shard[0]:
                return link
        return None

    @property
    def session(self) -> GatewaySession | None:
        link = self._main_link()
        return None if link is None else link.session

    @property
    def socket(self) -> web.WebSocketResponse | None:
        link = self._main_link()
        return None if link is None else link.socket

    @property
    def intents(self) -> int:
        return 0 if self.session is None else self.session.intents

    def shards_connected(self) -> list[int]:
        return sorted(i for i, link in self.links.items() if link.connected.is_set())

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        query = request.query
        if query.get("v") != "10" or query.get("encoding") != "json":
            self._violation("GET /gateway", f"unexpected query {dict(query)}")
        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        await self._send(ws, {"op": 10, "d": {"heartbeat_interval": self._heartbeat_ms}})
        try:
            async for msg in ws:
                if msg.type is WSMsgType.TEXT:
                    await self._receive(ws, json.loads(msg.data))
                elif msg.type is WSMsgType.BINARY:
                    self._violation("gateway", "binary frame from the client")
        finally:
            for link in self.links.values():
                if link.socket is ws:
                    link.socket = None
                    link.connected.clear()
            if not any(link.connected.is_set() for link in self.links.values()):
                self.connected.clear()
        return ws

    async def _receive(self, ws: web.WebSocketResponse, msg: JSON) -> None:
        op, data = msg.get("op"), msg.get("d")
        if op == 1:
            self.heartbeats += 1
            await self._send(ws, {"op": 11, "d": None})
        elif op == 2:
            await self._identify(ws, data)
        elif op == 6:
            await self._resume(ws, data)
        elif op == 8:
            await self._request_members(ws, data)
        elif op in (3, 4):
            pass  # presence and voice state updates: nothing to simulate
        else:
            self._violation("gateway", f"unexpected op {op!r}")

    async def _identify(self, ws: web.WebSocketResponse, data: Any) -> None:
        if not isinstance(data, dict) or data.get("token") != self._token:
            await ws.close(code=4004, message=b"Authentication failed.")
            return
        shard = data.get("shard") or [0, 1]
        shard_id, count = int(shard[0]), int(shard[1])
        if count < 1 or not 0 <= shard_id < count:
            await ws.close(code=4010, message=b"Invalid shard.")
            return
        if count < self.required_shards:
            await ws.close(code=4011, message=b"Sharding required.")
            return
        intents = int(data.get("intents", 0))
        session = GatewaySession(secrets.token_hex(16), intents, (shard_id, count))
        link = ShardLink(session, ws)
        self.links[shard_id] = link
        self.identifies += 1
        mine = [g for g in self._guild_ids() if shard_of(g, count) == shard_id]
        ready = self._ready_payload(session.session_id, (shard_id, count), mine)
        await self._send(ws, session.record("READY", ready))
        for guild_id in mine:
            await self._send(
                ws, session.record("GUILD_CREATE", self._guild_create(guild_id, intents))
            )
        link.connected.set()
        self.connected.set()
        self.ready.set()

    async def _resume(self, ws: web.WebSocketResponse, data: Any) -> None:
        if self.hold_resumes:
            self.resumes_held += 1
            await self._held.wait()
            return
        link = next(
            (
                link
                for link in self.links.values()
                if isinstance(data, dict) and data.get("session_id") == link.session.session_id
            ),
            None,
        )
        if link is None or not isinstance(data, dict) or data.get("token") != self._token:
            await self._send(ws, {"op": 9, "d": False})
            return
        session = link.session
        link.socket = ws
        last = int(data.get("seq") or 0)
        self.resumes += 1
        for seq, event, payload in session.log:
            if seq > last:
                await self._send(ws, {"op": 0, "s": seq, "t": event, "d": payload})
        await self._send(ws, session.record("RESUMED", {}))
        link.connected.set()
        self.connected.set()
        for waiter in self._resumed_waiters:
            if not waiter.done():
                waiter.set_result(None)
        self._resumed_waiters.clear()

    async def _request_members(self, ws: web.WebSocketResponse, data: Any) -> None:
        if self.session is None or not isinstance(data, dict):
            return
        guild = self._guild_create(int(data.get("guild_id") or 0), GUILD_MEMBERS_INTENT)
        chunk = {
            "guild_id": guild["id"],
            "members": guild["members"],
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": [],
        }
        if data.get("nonce") is not None:
            chunk["nonce"] = data["nonce"]
        link = self._link_for(guild["id"])
        if link is not None:
            await self._send(ws, link.session.record("GUILD_MEMBERS_CHUNK", chunk))

    def _link_for(self, guild_id: Any) -> ShardLink | None:
        """The shard a server's events go to; shard 0 for events of no server (DMs)."""
        for link in self.links.values():
            shard_id, count = link.session.shard
            if guild_id is None and shard_id == 0:
                return link
            if guild_id is not None and shard_of(int(guild_id), count) == shard_id:
                return link
        return None

    async def dispatch(self, event: str, data: JSON) -> None:
        """Sends a DISPATCH on its shard now, or keeps it for the replay after a RESUME."""
        link = self._link_for(data.get("guild_id"))
        if link is None:
            logger.debug("dropping %s: no gateway session for it yet", event)
            return
        frame = link.session.record(event, data)
        ws = link.socket
        if ws is not None and not ws.closed and link.connected.is_set():
            try:
                await self._send(ws, frame)
            except ConnectionError:
                logger.debug("%s kept for replay: socket went away", event)

    def expect_resume(self) -> asyncio.Future[None]:
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._resumed_waiters.append(waiter)
        return waiter

    async def drop(self, code: int | None) -> None:
        """Closes the main server's shard's socket with a code, or aborts its TCP
        connection when code is None."""
        link = self._main_link()
        self.connected.clear()
        if link is None or link.socket is None:
            return
        ws = link.socket
        link.connected.clear()
        link.socket = None
        if code is None:
            transport = ws._req.transport if ws._req is not None else None
            if transport is not None:
                transport.abort()
        else:
            await ws.close(code=code, message=b"dropped by the test")

    async def close(self) -> None:
        self._held.set()
        for link in self.links.values():
            if link.socket is not None:
                await link.socket.close(code=1001)

    @staticmethod
    async def _send(ws: web.WebSocketResponse, frame: JSON) -> None:
        await ws.send_str(json.dumps(frame))
