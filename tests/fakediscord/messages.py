"""Turning a send or an edit into the message object Discord would store and dispatch."""

from __future__ import annotations

import re
from typing import Any

from .model import FakeChannel, FakeGuild, FakeMember, StoredAttachment, iso_now

JSON = dict[str, Any]

USER_MENTION = re.compile(r"<@!?(\d+)>")
ROLE_MENTION = re.compile(r"<@&(\d+)>")
EVERYONE = re.compile(r"@(everyone|here)\b")


def resolve_mentions(
    guild: FakeGuild, content: str, allowed: JSON | None
) -> tuple[bool, list[JSON], list[str]]:
    """Who a message really pings, given its allowed_mentions (None means Discord's default)."""
    parse = {"users", "roles", "everyone"} if allowed is None else set(allowed.get("parse", []))
    users_allowed = {int(u) for u in (allowed or {}).get("users", [])}
    roles_allowed = {int(r) for r in (allowed or {}).get("roles", [])}
    everyone = bool(EVERYONE.search(content)) and "everyone" in parse
    users: list[JSON] = []
    for raw in USER_MENTION.findall(content):
        uid = int(raw)
        if "users" in parse or uid in users_allowed:
            try:
                member = guild.member(uid)
            except KeyError:
                continue
            users.append(member.user.payload() | {"member": member.payload(with_user=False)})
    roles = [
        raw
        for raw in ROLE_MENTION.findall(content)
        if "roles" in parse or int(raw) in roles_allowed
    ]
    return everyone, users, roles


def message_payload(
    *,
    message_id: int,
    guild: FakeGuild,
    channel: FakeChannel,
    author: FakeMember,
    content: str,
    embeds: list[JSON] | None = None,
    components: list[JSON] | None = None,
    attachments: list[StoredAttachment] | None = None,
    flags: int = 0,
    allowed_mentions: JSON | None = None,
    message_type: int = 0,
    extra: JSON | None = None,
) -> JSON:
    everyone, mentions, role_mentions = resolve_mentions(guild, content, allowed_mentions)
    data: JSON = {
        "id": str(message_id),
        "channel_id": str(channel.id),
        "guild_id": str(guild.id),
        "author": author.user.payload(),
        "member": author.payload(with_user=False),
        "content": content,
        "timestamp": iso_now(),
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": everyone,
        "mentions": mentions,
        "mention_roles": role_mentions,
        "attachments": [a.payload() for a in attachments or []],
        "embeds": [normalise_embed(e) for e in embeds or []],
        "components": components or [],
        "pinned": False,
        "type": message_type,
        "flags": flags,
    }
    if extra:
        data.update(extra)
    return data


def normalise_embed(embed: JSON) -> JSON:
    return {"type": "rich"} | embed


def apply_edit(
    guild: FakeGuild,
    current: JSON,
    body: JSON,
    new_files: list[StoredAttachment],
    old_files: list[StoredAttachment],
) -> tuple[JSON, list[StoredAttachment]]:
    """The message after a PATCH: only the keys sent change, like on Discord."""
    data = dict(current)
    if "content" in body:
        data["content"] = body["content"] or ""
    if "embeds" in body:
        data["embeds"] = [normalise_embed(e) for e in body["embeds"] or []]
    if "components" in body:
        data["components"] = body["components"] or []
    if "flags" in body and body["flags"] is not None:
        # Only SUPPRESS_EMBEDS may be toggled on an existing message.
        data["flags"] = (int(data.get("flags") or 0) & ~(1 << 2)) | (body["flags"] & (1 << 2))
    files = old_files
    if "attachments" in body:
        kept_ids = {str(a.get("id")) for a in body["attachments"] or [] if "filename" not in a}
        files = [f for f in old_files if str(f.id) in kept_ids] + new_files
        data["attachments"] = [f.payload() for f in files]
    everyone, mentions, roles = resolve_mentions(
        guild, str(data.get("content") or ""), body.get("allowed_mentions")
    )
    data.update(mention_everyone=everyone, mentions=mentions, mention_roles=roles)
    data["edited_timestamp"] = iso_now()
    return data, files
