"""FakeDiscord: the control API for what members do (messages, commands, clicks, modals)."""

from __future__ import annotations

import asyncio
import secrets
import time
from typing import Any

from .core import ChannelRef, FakeDiscordCore, UserRef
from .gateway import MESSAGE_CONTENT_INTENT
from .interactions import (
    APPLICATION_COMMAND,
    AUTOCOMPLETE,
    MESSAGE_COMPONENT,
    MODAL_SUBMIT,
    InteractionHandle,
    OptionValue,
    build_options,
    check_invocation,
    leaf_declaration,
    modal_submit_components,
    nest_options,
)
from .messages import message_payload
from .model import StoredAttachment, StoredMessage

JSON = dict[str, Any]


class FakeDiscord(FakeDiscordCore):
    """A Discord-compatible server on 127.0.0.1 for one bot application and one guild."""

    # ---- control API: things users do --------------------------------------------------------

    async def send_message(
        self, channel: ChannelRef, author: UserRef, content: str
    ) -> StoredMessage:
        """A member posts in a channel; the bot sees it as MESSAGE_CREATE."""
        self._require_session()
        chan, member = self.channel(channel), self.member(author)
        msg = StoredMessage(
            message_payload(
                message_id=self.ids.next(),
                guild=self.guild,
                channel=chan,
                author=member,
                content=content,
            ),
            allowed_mentions=None,
        )
        self.messages_by_id[msg.id] = msg
        self.channel_messages.setdefault(chan.id, []).append(msg)
        await self.gateway.dispatch("MESSAGE_CREATE", self._as_seen_by_bot(msg.payload))
        await self.changed()
        return msg

    def _as_seen_by_bot(self, payload: JSON) -> JSON:
        """Without the message content intent Discord blanks what the bot may not read."""
        if self.gateway.intents & MESSAGE_CONTENT_INTENT:
            return payload
        pinged = any(int(u["id"]) == self.bot_user.id for u in payload["mentions"])
        if pinged:
            return payload
        return payload | {"content": "", "embeds": [], "attachments": [], "components": []}

    async def react(self, user: UserRef, message: StoredMessage, emoji: str) -> None:
        self._require_session()
        member = self.member(user)
        message.reactions.append((member.user.id, emoji))
        await self.gateway.dispatch(
            "MESSAGE_REACTION_ADD",
            {
                "user_id": str(member.user.id),
                "channel_id": str(message.channel_id),
                "message_id": str(message.id),
                "guild_id": str(self.guild.id),
                "member": member.payload(),
                "emoji": {"id": None, "name": emoji},
                "message_author_id": str(message.author_id),
                "burst": False,
                "type": 0,
            },
        )
        await self.changed()

    def upload(
        self, filename: str, data: bytes, content_type: str = "text/plain; charset=utf-8"
    ) -> StoredAttachment:
        """An attachment a user picked for a command's attachment option."""
        return self.store_attachment(filename, data, content_type)

    async def invoke_command(
        self,
        user: UserRef,
        channel: ChannelRef,
        name: str,
        *subcommands: str,
        options: dict[str, OptionValue] | None = None,
    ) -> InteractionHandle:
        """A slash command, e.g. invoke_command("alice", "quiz", "quiz", "start", options={...})."""
        command, in_guild = self._synced(name)
        if command is not None:
            check_invocation(command, list(subcommands), options or {})
        resolved: JSON = {}
        declared = leaf_declaration(command, list(subcommands))
        leaves = build_options(self.guild, options or {}, declared, resolved, None)
        data: JSON = {
            "id": command["id"] if command else str(self.ids.next()),
            "name": name,
            "type": 1,
            "options": nest_options(list(subcommands), leaves, command),
        }
        if resolved:
            data["resolved"] = resolved
        if in_guild:
            data["guild_id"] = str(self.guild.id)
        return await self._interact(APPLICATION_COMMAND, user, channel, data)

    async def autocomplete(
        self,
        user: UserRef,
        channel: ChannelRef,
        name: str,
        *subcommands: str,
        options: dict[str, OptionValue],
        focused: str,
        timeout: float = 5.0,
    ) -> list[JSON]:
        """Types into the focused option; returns the bot's choices [{"name", "value"}]."""
        command, in_guild = self._synced(name)
        declared = leaf_declaration(command, list(subcommands))
        leaves = build_options(self.guild, options, declared, {}, focused)
        for leaf in leaves:  # Discord sends the partial text of every option as a string
            if leaf.get("focused"):
                leaf["value"] = str(leaf["value"])
        data: JSON = {
            "id": command["id"] if command else str(self.ids.next()),
            "name": name,
            "type": 1,
            "options": nest_options(list(subcommands), leaves, command),
        }
        if in_guild:
            data["guild_id"] = str(self.guild.id)
        handle = await self._interact(AUTOCOMPLETE, user, channel, data)
        await handle.wait(lambda h: h.choices is not None, timeout)
        return handle.choices or []

    async def click(
        self,
        user: UserRef,
        message: StoredMessage,
        custom_id: str,
        *,
        values: list[str] | None = None,
    ) -> InteractionHandle:
        """Presses a button (or picks select values) on a message the bot sent."""
        component = _find_component(message.components, custom_id)
        if component is None:
            raise KeyError(f"message {message.id} has no component {custom_id!r}")
        if component.get("disabled"):
            raise ValueError(f"component {custom_id!r} is disabled; Discord would not send a click")
        data: JSON = {"custom_id": custom_id, "component_type": int(component["type"])}
        if component["type"] != 2:
            data["values"] = values or []
        chan = self.channel(message.channel_id)
        return await self._interact(MESSAGE_COMPONENT, user, chan, data, source=message)

    async def submit_modal(
        self, user: UserRef, opened_by: InteractionHandle, values: dict[str, str]
    ) -> InteractionHandle:
        """Fills in and submits the modal the bot opened in answer to opened_by."""
        modal = opened_by.modal
        if modal is None:
            raise ValueError(f"interaction {opened_by.id} did not open a modal")
        await _after_filling_in(opened_by)
        data = {
            "custom_id": modal["custom_id"],
            "components": modal_submit_components(modal, values),
        }
        return await self._interact(
            MODAL_SUBMIT, user, opened_by.channel, data, source=opened_by.source_message
        )

    def _require_session(self) -> None:
        if self.gateway.session is None:
            raise RuntimeError("the bot never identified; await fake.wait_until_connected() first")

    def _synced(self, name: str) -> tuple[JSON | None, bool]:
        command, in_guild = self.find_command(name)
        if command is None:
            self.violation("TEST", f"/{name}", "invoked a command the bot never synced")
        return command, in_guild

    async def _interact(
        self,
        kind: int,
        user: UserRef,
        channel: ChannelRef,
        data: JSON,
        source: StoredMessage | None = None,
    ) -> InteractionHandle:
        self._require_session()
        chan, member = self.channel(channel), self.member(user)
        handle = InteractionHandle(
            self.ids.next(), secrets.token_urlsafe(24), kind, chan, member, source_message=source
        )
        self.interactions[handle.id] = handle
        payload = self._interaction_payload(handle, data)
        await self.gateway.dispatch("INTERACTION_CREATE", payload)
        return handle

    def _interaction_payload(self, handle: InteractionHandle, data: JSON) -> JSON:
        member = handle.user.payload()
        member["permissions"] = str(self.guild.permissions_of(handle.user))
        bot_perms = self.guild.permissions_of(self.member(self.bot_user.id))
        payload: JSON = {
            "id": str(handle.id),
            "application_id": str(self.application_id),
            "type": handle.type,
            "data": data,
            "guild_id": str(self.guild.id),
            "guild": {"id": str(self.guild.id), "locale": "en-US", "features": []},
            "channel_id": str(handle.channel.id),
            "channel": handle.channel.payload(self.guild.id),
            "member": member,
            "token": handle.token,
            "version": 1,
            "app_permissions": str(bot_perms),
            "locale": "en-US",
            "guild_locale": "en-US",
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(self.guild.id)},
            "context": 0,
            "attachment_size_limit": 10 * 1024 * 1024,
        }
        if handle.source_message is not None:
            payload["message"] = handle.source_message.payload
        return payload


def _find_component(components: list[JSON], custom_id: str) -> JSON | None:
    for component in components:
        if component.get("custom_id") == custom_id:
            return component
        inner = _find_component(list(component.get("components") or []), custom_id)
        if inner is not None:
            return inner
    return None


# discord.py starts listening for a modal's submit only once the request that opened
# it has returned; a member needs seconds to fill one in, so real Discord never sends
# the submit first. A test would, within the same millisecond: wait as a person would.
MODAL_FILL_SECONDS = 0.4


async def _after_filling_in(opened_by: InteractionHandle) -> None:
    opened = opened_by.answered_at or time.monotonic()
    await asyncio.sleep(max(0.0, opened + MODAL_FILL_SECONDS - time.monotonic()))
