"""The fake's state: lifecycle, lookups, change notification and injected trouble."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

from aiohttp import web

from .gateway import GUILD_MEMBERS_INTENT, Gateway
from .interactions import (
    InteractionHandle,
)
from .model import (
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeUser,
    Snowflakes,
    StoredAttachment,
    StoredMessage,
    default_guild,
    neighbour_guilds,
)
from .ratelimit import FailureInjector
from .strict import Violation

logger = logging.getLogger(__name__)

JSON = dict[str, Any]
ChannelRef = str | int | FakeChannel
UserRef = str | int | FakeUser | FakeMember


class FakeDiscordCore:
    """State, lifecycle, waiting and network trouble; FakeDiscord adds what users do."""

    def __init__(
        self,
        *,
        token: str = "fake-bot-token",
        heartbeat_ms: int = 41250,
        interaction_deadline: float = 3.0,
    ) -> None:
        self.token = token
        self.ids = Snowflakes()
        self.application_id = self.ids.next()
        self.bot_user = FakeUser(self.application_id, "quizbot", bot=True)
        self.guild: FakeGuild = default_guild(self.ids, self.bot_user)
        # More servers the bot is in, spread over shards; tests act in `guild`.
        self.other_guilds = neighbour_guilds(self.guild, self.ids, self.bot_user)
        self.interaction_deadline = interaction_deadline
        self.violations: list[Violation] = []
        self.failures = FailureInjector()
        self.global_commands: list[JSON] = []
        self.guild_commands: dict[int, list[JSON]] = {}
        self.attachments: dict[int, StoredAttachment] = {}
        self.messages_by_id: dict[int, StoredMessage] = {}
        self.channel_messages: dict[int, list[StoredMessage]] = {}
        self.interactions: dict[int, InteractionHandle] = {}
        self.typing: list[int] = []  # channel ids, one entry per typing trigger
        self.requests: list[tuple[str, str]] = []  # (method, path) of every REST call
        self.deleted_channels: set[int] = set()
        self.muted_channels: set[int] = set()  # the bot lost Send Messages there
        # How login (GET /users/@me) is answered instead of normally: an HTTP status, or
        # "hang" for a server that never answers. See trouble_login.
        self.login_trouble: int | str | None = None
        # Cleared by stall_sends: sends wait, unanswered, as behind a hung API.
        self._sends_flowing = asyncio.Event()
        self._sends_flowing.set()
        self.port = 0
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.gateway = Gateway(
            token=token,
            heartbeat_ms=heartbeat_ms,
            ready_payload=self._ready_payload,
            guild_create=self._guild_create,
            guild_ids=lambda: [g.id for g in (self.guild, *self.other_guilds)],
            violation=lambda where, problem: self.violation("WS", where, problem),
        )

    # ---- lifecycle -------------------------------------------------------------------------

    async def start(self, port: int = 0) -> tuple[str, str]:
        """Starts listening; returns (api_base, gateway_url) with the real port filled in."""
        from .rest import build_app  # the routes need a FakeDiscord, so import late

        self._runner = web.AppRunner(build_app(self), handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", port)
        await site.start()
        server = site._server
        assert server is not None
        self.port = int(server.sockets[0].getsockname()[1])  # type: ignore[attr-defined]
        return self.api_base, self.gateway_url

    async def stop(self) -> None:
        self._sends_flowing.set()  # a stalled send must not hold up the server's shutdown
        await self.gateway.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_base(self) -> str:
        return f"{self.base_url}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    def env(self) -> dict[str, str]:
        """Environment variables for a bot subprocess pointed at this server."""
        return {
            "DISCORD_TOKEN": self.token,
            "DISCORD_API_BASE": self.api_base,
            "DISCORD_GATEWAY_URL": self.gateway_url,
        }

    async def wait_until_connected(self, timeout: float = 20.0) -> None:
        """Waits for the bot's IDENTIFY (by then a bot syncing in setup_hook has synced)."""
        await asyncio.wait_for(self.gateway.ready.wait(), timeout)

    # ---- lookups -----------------------------------------------------------------------------

    def channel(self, ref: ChannelRef) -> FakeChannel:
        return self.guild.channel(ref)

    def member(self, ref: UserRef) -> FakeMember:
        return self.guild.member(ref)

    def user(self, ref: UserRef) -> FakeUser:
        return self.guild.member(ref).user

    def messages(
        self, channel: ChannelRef, *, include_deleted: bool = False
    ) -> list[StoredMessage]:
        """Every non-ephemeral message in a channel, oldest first."""
        chan = self.channel(channel)
        return [
            m for m in self.channel_messages.get(chan.id, []) if include_deleted or not m.deleted
        ]

    def bot_messages(self, channel: ChannelRef) -> list[StoredMessage]:
        return [m for m in self.messages(channel) if m.author_id == self.bot_user.id]

    def message(self, message_id: int) -> StoredMessage:
        return self.messages_by_id[message_id]

    def find_command(self, name: str) -> tuple[JSON | None, bool]:
        """(command, is_guild_command) as the bot synced it."""
        for command in self.guild_commands.get(self.guild.id, []):
            if command["name"] == name and command.get("type", 1) == 1:
                return command, True
        for command in self.global_commands:
            if command["name"] == name and command.get("type", 1) == 1:
                return command, False
        return None, False

    # ---- strictness ----------------------------------------------------------------------------

    def violation(self, method: str, path: str, problem: str) -> None:
        found = Violation(method, path, problem)
        logger.warning("fake discord violation: %s", found)
        self.violations.append(found)

    def assert_no_violations(self) -> None:
        assert not self.violations, "\n".join(map(str, self.violations))

    # ---- change notification -----------------------------------------------------------------

    async def changed(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def wait_until(self, condition: Callable[[], Any], timeout: float = 5.0) -> Any:
        """Waits until condition() is truthy (re-checked on every change) and returns it."""
        deadline = time.monotonic() + timeout
        async with self._changed:
            while not (result := condition()):
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"condition not met within {timeout}s")
                try:
                    await asyncio.wait_for(self._changed.wait(), min(left, 0.25))
                except TimeoutError:
                    continue
            return result

    async def wait_for_message(
        self,
        channel: ChannelRef,
        predicate: Callable[[StoredMessage], bool] = lambda m: True,
        timeout: float = 5.0,
        *,
        after: int = 0,
        from_bot: bool = True,
    ) -> StoredMessage:
        """The first message in channel (with id > after; by the bot unless from_bot=False)."""

        def find() -> StoredMessage | None:
            for msg in self.messages(channel):
                mine = msg.author_id == self.bot_user.id
                if msg.id > after and (mine or not from_bot) and predicate(msg):
                    return msg
            return None

        found: StoredMessage = await self.wait_until(find, timeout)
        return found

    # ---- storing what the bot sends ------------------------------------------------------------

    async def publish(self, msg: StoredMessage, *, visible: bool = True) -> None:
        self.messages_by_id[msg.id] = msg
        if visible:
            self.channel_messages.setdefault(msg.channel_id, []).append(msg)
            await self.gateway.dispatch("MESSAGE_CREATE", msg.payload)
        await self.changed()

    async def dispatch_update(self, msg: StoredMessage) -> None:
        if not msg.ephemeral:
            await self.gateway.dispatch("MESSAGE_UPDATE", msg.payload)
        await self.changed()

    def store_attachment(self, filename: str, data: bytes, content_type: str) -> StoredAttachment:
        att_id = self.ids.next()
        url = f"{self.base_url}/attachments/{att_id}/{filename}"
        attachment = StoredAttachment(att_id, filename, data, content_type, url)
        self.attachments[att_id] = attachment
        return attachment

    # ---- control API: network trouble ---------------------------------------------------------

    async def drop_connection(
        self, code: int | None = 4000, *, wait: bool = True, timeout: float = 10.0
    ) -> asyncio.Future[None]:
        """Closes the gateway (code None = abrupt TCP abort); by default waits for the RESUME.

        With wait=False it returns at once with a future that completes on the RESUME, so a
        test can inject events meanwhile (they are replayed on resume, as Discord does).
        """
        resumed = self.gateway.expect_resume()
        await self.gateway.drop(code)
        if wait:
            await asyncio.wait_for(asyncio.shield(resumed), timeout)
        return resumed

    def trouble_login(self, answer: int | str | None) -> None:
        """Answer every login with this HTTP status and an error page that reflects the
        request's Authorization header (as a badly configured proxy does), or "hang" to
        never answer; None restores normal logins."""
        self.login_trouble = answer

    def fail_next_sends(self, n: int = 1, status: int = 429, retry_after: float = 0.05) -> None:
        """Answers the next n sends with an error (429 by default, Discord-shaped).

        Sends are: channel message create/edit, interaction followups and webhook edits,
        and the bot's own reactions. Interaction callbacks are never failed (Discord does not
        rate-limit them and they have a 3-second deadline).
        """
        self.failures.fail_next(n, status, retry_after)

    def stall_sends(self, stalled: bool = True) -> None:
        """From now on sends (as in fail_next_sends) get no answer until stall_sends(False)."""
        if stalled:
            self._sends_flowing.clear()
        else:
            self._sends_flowing.set()

    async def send_gate(self) -> None:
        """Where a send waits while sends are stalled."""
        await self._sends_flowing.wait()

    def rate_limit_fraction(
        self, fraction: float, *, seed: int = 1, retry_after: float = 0.05
    ) -> None:
        """Answers about this fraction of sends with 429 (seeded; never 4 in a row).

        discord.py gives up on a request after 5 tries, so at most 3 consecutive sends fail.
        fraction=0 turns it off.
        """
        self.failures.set_fraction(fraction, seed, retry_after)

    async def delete_channel(self, channel: ChannelRef) -> None:
        chan = self.channel(channel)
        self.deleted_channels.add(chan.id)
        await self.gateway.dispatch("CHANNEL_DELETE", chan.payload(self.guild.id))

    def deny_sends(self, channel: ChannelRef) -> None:
        """From now on, creating a message in this channel answers 403 Missing Permissions."""
        self.muted_channels.add(self.channel(channel).id)

    def _guild_create(self, guild_id: int, intents: int) -> JSON:
        with_members = bool(intents & GUILD_MEMBERS_INTENT)
        guild = next((g for g in self.other_guilds if g.id == guild_id), self.guild)
        return guild.guild_create(with_members=with_members, bot_id=self.bot_user.id)

    def _ready_payload(self, session_id: str, shard: tuple[int, int], guilds: list[int]) -> JSON:
        return {
            "v": 10,
            "user": self.bot_user.payload() | {"verified": True, "mfa_enabled": False, "flags": 0},
            "guilds": [{"id": str(guild_id), "unavailable": True} for guild_id in guilds],
            "session_id": session_id,
            "session_type": "normal",
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(self.application_id), "flags": 0},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "geo_ordered_rtc_regions": [],
            "guild_join_requests": [],
            "shard": list(shard),
        }
