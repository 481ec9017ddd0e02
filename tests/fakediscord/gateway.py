"""The fake gateway: HELLO, IDENTIFY/READY, RESUME with replay, heartbeats and dispatch."""

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
    seq: int = 0
    log: list[tuple[int, str, JSON]] = field(default_factory=list)

    def record(self, event: str, data: JSON) -> JSON:
        self.seq += 1
        self.log.append((self.seq, event, data))
        return {"op": 0, "s": self.seq, "t": event, "d": data}


class Gateway:
    """One bot session at a time, like a single-shard bot would have."""

    def __init__(
        self,
        *,
        token: str,
        heartbeat_ms: int,
        ready_payload: Callable[[str], JSON],
        guild_create: Callable[[int], JSON],
        violation: Callable[[str, str], None],
    ) -> None:
        self._token = token
        self._heartbeat_ms = heartbeat_ms
        self._ready_payload = ready_payload
        self._guild_create = guild_create
        self._violation = violation
        self.session: GatewaySession | None = None
        self.socket: web.WebSocketResponse | None = None
        self.identifies = 0
        self.resumes = 0
        self.heartbeats = 0
        self.connected = asyncio.Event()
        self.ready = asyncio.Event()
        self._resumed_waiters: list[asyncio.Future[None]] = []

    @property
    def intents(self) -> int:
        return 0 if self.session is None else self.session.intents

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        query = request.query
        if query.get("v") != "10" or query.get("encoding") != "json":
            self._violation("GET /gateway", f"unexpected query {dict(query)}")
        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        self.socket = ws
        await self._send(ws, {"op": 10, "d": {"heartbeat_interval": self._heartbeat_ms}})
        try:
            async for msg in ws:
                if msg.type is WSMsgType.TEXT:
                    await self._receive(ws, json.loads(msg.data))
                elif msg.type is WSMsgType.BINARY:
                    self._violation("gateway", "binary frame from the client")
        finally:
            if self.socket is ws:
                self.socket = None
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
        intents = int(data.get("intents", 0))
        self.session = GatewaySession(secrets.token_hex(16), intents)
        self.identifies += 1
        await self._send(
            ws, self.session.record("READY", self._ready_payload(self.session.session_id))
        )
        await self._send(ws, self.session.record("GUILD_CREATE", self._guild_create(intents)))
        self.connected.set()
        self.ready.set()

    async def _resume(self, ws: web.WebSocketResponse, data: Any) -> None:
        session = self.session
        if (
            not isinstance(data, dict)
            or session is None
            or data.get("session_id") != session.session_id
            or data.get("token") != self._token
        ):
            await self._send(ws, {"op": 9, "d": False})
            return
        last = int(data.get("seq") or 0)
        self.resumes += 1
        for seq, event, payload in session.log:
            if seq > last:
                await self._send(ws, {"op": 0, "s": seq, "t": event, "d": payload})
        await self._send(ws, session.record("RESUMED", {}))
        self.connected.set()
        for waiter in self._resumed_waiters:
            if not waiter.done():
                waiter.set_result(None)
        self._resumed_waiters.clear()

    async def _request_members(self, ws: web.WebSocketResponse, data: Any) -> None:
        if self.session is None or not isinstance(data, dict):
            return
        guild = self._guild_create(GUILD_MEMBERS_INTENT)
        chunk = {
            "guild_id": guild["id"],
            "members": guild["members"],
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": [],
        }
        if data.get("nonce") is not None:
            chunk["nonce"] = data["nonce"]
        await self._send(ws, self.session.record("GUILD_MEMBERS_CHUNK", chunk))

    async def dispatch(self, event: str, data: JSON) -> None:
        """Sends a DISPATCH now, or keeps it for the replay after a RESUME."""
        if self.session is None:
            logger.debug("dropping %s: no gateway session yet", event)
            return
        frame = self.session.record(event, data)
        ws = self.socket
        if ws is not None and not ws.closed and self.connected.is_set():
            try:
                await self._send(ws, frame)
            except ConnectionError:
                logger.debug("%s kept for replay: socket went away", event)

    def expect_resume(self) -> asyncio.Future[None]:
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._resumed_waiters.append(waiter)
        return waiter

    async def drop(self, code: int | None) -> None:
        """Closes the socket with a code, or aborts the TCP connection when code is None."""
        ws = self.socket
        self.connected.clear()
        if ws is None:
            return
        self.socket = None
        if code is None:
            transport = ws._req.transport if ws._req is not None else None
            if transport is not None:
                transport.abort()
        else:
            await ws.close(code=code, message=b"dropped by the test")

    async def close(self) -> None:
        ws = self.socket
        if ws is not None:
            await ws.close(code=1001)

    @staticmethod
    async def _send(ws: web.WebSocketResponse, frame: JSON) -> None:
        await ws.send_str(json.dumps(frame))
