"""The fake guild: users, roles, channels, stored messages and their Discord JSON shapes."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field
from typing import Any

JSON = dict[str, Any]

DISCORD_EPOCH_MS = 1420070400000

# Permission bits (see Discord's permission table).
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
EMBED_LINKS = 1 << 14
ATTACH_FILES = 1 << 15
READ_MESSAGE_HISTORY = 1 << 16
ADD_REACTIONS = 1 << 6
USE_APPLICATION_COMMANDS = 1 << 31
SEND_MESSAGES_IN_THREADS = 1 << 38
MANAGE_MESSAGES = 1 << 13
MANAGE_GUILD = 1 << 5
ADMINISTRATOR = 1 << 3

MEMBER_BASICS = (
    VIEW_CHANNEL
    | SEND_MESSAGES
    | READ_MESSAGE_HISTORY
    | ADD_REACTIONS
    | USE_APPLICATION_COMMANDS
    | SEND_MESSAGES_IN_THREADS
)
BOT_PERMISSIONS = MEMBER_BASICS | EMBED_LINKS | ATTACH_FILES

EPHEMERAL = 1 << 6
LOADING = 1 << 7


def iso_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


class Snowflakes:
    """Increasing snowflake ids whose timestamp part is the current time."""

    def __init__(self) -> None:
        self._counter = itertools.count(1)

    def next(self) -> int:
        now_ms = int(dt.datetime.now(dt.UTC).timestamp() * 1000)
        return ((now_ms - DISCORD_EPOCH_MS) << 22) | (next(self._counter) & 0x3FFFFF)


@dataclass
class FakeUser:
    id: int
    name: str
    bot: bool = False

    def payload(self) -> JSON:
        return {
            "id": str(self.id),
            "username": self.name,
            "discriminator": "0",
            "global_name": self.name.capitalize(),
            "avatar": None,
            "bot": self.bot,
            "public_flags": 0,
        }


@dataclass
class FakeRole:
    id: int
    name: str
    permissions: int
    position: int

    def payload(self) -> JSON:
        return {
            "id": str(self.id),
            "name": self.name,
            "color": 0,
            "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
            "hoist": False,
            "icon": None,
            "unicode_emoji": None,
            "position": self.position,
            "permissions": str(self.permissions),
            "managed": False,
            "mentionable": False,
            "flags": 0,
        }


@dataclass
class FakeChannel:
    id: int
    name: str
    type: int = 0  # 0 text, 11 public thread
    parent_id: int | None = None
    position: int = 0
    owner_id: int | None = None

    @property
    def is_thread(self) -> bool:
        return self.type in (10, 11, 12)

    def payload(self, guild_id: int) -> JSON:
        data: JSON = {
            "id": str(self.id),
            "type": self.type,
            "guild_id": str(guild_id),
            "name": self.name,
            "parent_id": None if self.parent_id is None else str(self.parent_id),
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "nsfw": False,
            "flags": 0,
        }
        if self.is_thread:
            data["owner_id"] = str(self.owner_id)
            data["message_count"] = 0
            data["member_count"] = 1
            data["total_message_sent"] = 0
            data["thread_metadata"] = {
                "archived": False,
                "auto_archive_duration": 1440,
                "archive_timestamp": iso_now(),
                "locked": False,
                "invitable": True,
            }
        else:
            data["position"] = self.position
            data["topic"] = None
            data["permission_overwrites"] = []
        return data


@dataclass
class FakeMember:
    user: FakeUser
    role_ids: list[int]
    joined_at: str = field(default_factory=iso_now)

    def payload(self, *, with_user: bool = True) -> JSON:
        data: JSON = {
            "roles": [str(r) for r in self.role_ids],
            "joined_at": self.joined_at,
            "nick": None,
            "avatar": None,
            "banner": None,
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "pending": False,
            "flags": 0,
            "communication_disabled_until": None,
        }
        if with_user:
            data["user"] = self.user.payload()
        return data


@dataclass
class StoredAttachment:
    id: int
    filename: str
    data: bytes
    content_type: str
    url: str
    description: str | None = None  # alt text, as the uploader described it

    def payload(self) -> JSON:
        described = {} if self.description is None else {"description": self.description}
        return {
            "id": str(self.id),
            "filename": self.filename,
            "size": len(self.data),
            "url": self.url,
            "proxy_url": self.url,
            "content_type": self.content_type,
        } | described


@dataclass
class StoredMessage:
    """A message as the fake holds it: the latest payload plus what happened to it."""

    payload: JSON
    allowed_mentions: JSON | None
    files: list[StoredAttachment] = field(default_factory=list)
    edits: list[JSON] = field(default_factory=list)  # every PATCH body, in order
    history: list[JSON] = field(default_factory=list)  # payload snapshots before each edit
    reactions: list[tuple[int, str]] = field(default_factory=list)  # (user id, emoji)
    deleted: bool = False
    interaction_id: int | None = None

    @property
    def id(self) -> int:
        return int(self.payload["id"])

    @property
    def channel_id(self) -> int:
        return int(self.payload["channel_id"])

    @property
    def author_id(self) -> int:
        return int(self.payload["author"]["id"])

    @property
    def content(self) -> str:
        return str(self.payload.get("content") or "")

    @property
    def embeds(self) -> list[JSON]:
        return list(self.payload.get("embeds") or [])

    @property
    def components(self) -> list[JSON]:
        return list(self.payload.get("components") or [])

    @property
    def flags(self) -> int:
        return int(self.payload.get("flags") or 0)

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & EPHEMERAL)

    @property
    def pings_everyone(self) -> bool:
        """Whether Discord would notify @everyone/@here (content and allowed_mentions agree)."""
        return bool(self.payload.get("mention_everyone"))

    @property
    def pinged_user_ids(self) -> list[int]:
        return [int(u["id"]) for u in self.payload.get("mentions") or []]

    @property
    def pinged_role_ids(self) -> list[int]:
        return [int(r) for r in self.payload.get("mention_roles") or []]

    def custom_ids(self) -> list[str]:
        """Every component custom_id on the message, depth first."""
        found: list[str] = []

        def walk(items: list[JSON]) -> None:
            for item in items:
                if "custom_id" in item:
                    found.append(str(item["custom_id"]))
                walk(list(item.get("components") or []))
                if isinstance(item.get("component"), dict):
                    walk([item["component"]])

        walk(self.components)
        return found

    def text(self) -> str:
        """Content plus every embed's visible text, for easy assertions."""
        parts = [self.content]
        for embed in self.embeds:
            parts += [str(embed.get(k, "")) for k in ("title", "description")]
            for fld in embed.get("fields") or []:
                parts += [str(fld.get("name", "")), str(fld.get("value", ""))]
            parts.append(str((embed.get("footer") or {}).get("text", "")))
        return "\n".join(p for p in parts if p)


@dataclass
class FakeGuild:
    id: int
    name: str
    roles: dict[str, FakeRole]
    channels: dict[str, FakeChannel]
    members: dict[str, FakeMember]
    owner_id: int

    def channel(self, key: str | int | FakeChannel) -> FakeChannel:
        if isinstance(key, FakeChannel):
            return key
        if isinstance(key, int):
            for chan in self.channels.values():
                if chan.id == key:
                    return chan
            raise KeyError(f"no channel with id {key}")
        return self.channels[key]

    def member(self, key: str | int | FakeUser | FakeMember) -> FakeMember:
        if isinstance(key, FakeMember):
            return key
        if isinstance(key, FakeUser):
            key = key.id
        if isinstance(key, int):
            for mem in self.members.values():
                if mem.user.id == key:
                    return mem
            raise KeyError(f"no member with id {key}")
        return self.members[key]

    def everyone(self) -> FakeRole:
        return self.roles["@everyone"]

    def permissions_of(self, member: FakeMember) -> int:
        if member.user.id == self.owner_id:
            return (1 << 50) - 1
        perms = self.everyone().permissions
        for role in self.roles.values():
            if role.id in member.role_ids:
                perms |= role.permissions
        if perms & ADMINISTRATOR:
            return (1 << 50) - 1
        return perms

    def guild_create(self, *, with_members: bool = True, bot_id: int | None = None) -> JSON:
        """GUILD_CREATE; without the members intent Discord only lists the bot itself."""
        members = [
            m.payload() for m in self.members.values() if with_members or m.user.id == bot_id
        ]
        channels = [c.payload(self.id) for c in self.channels.values() if not c.is_thread]
        threads = [c.payload(self.id) for c in self.channels.values() if c.is_thread]
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "owner_id": str(self.owner_id),
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "premium_progress_bar_enabled": False,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "preferred_locale": "en-US",
            "features": [],
            "emojis": [],
            "stickers": [],
            "roles": [r.payload() for r in self.roles.values()],
            "channels": channels,
            "threads": threads,
            "members": members,
            "member_count": len(self.members),
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "large": False,
            "unavailable": False,
            "lazy": True,
            "joined_at": iso_now(),
            "max_members": 500000,
            "max_video_channel_users": 25,
            "application_id": None,
            "vanity_url_code": None,
        }


def default_guild(
    ids: Snowflakes, bot_user: FakeUser, *, guild_id: int | None = None, name: str = ""
) -> FakeGuild:
    """A small server: #general, #quiz, #quiz-2, a thread under #quiz, and five people."""
    guild_id = guild_id or ids.next()
    roles = {
        "@everyone": FakeRole(guild_id, "@everyone", MEMBER_BASICS, 0),
        "Moderator": FakeRole(ids.next(), "Moderator", MANAGE_MESSAGES, 1),
        "Admin": FakeRole(ids.next(), "Admin", MANAGE_GUILD | MANAGE_MESSAGES, 2),
        "QuizBot": FakeRole(ids.next(), "QuizBot", BOT_PERMISSIONS, 3),
    }
    general = FakeChannel(ids.next(), "general", position=0)
    quiz = FakeChannel(ids.next(), "quiz", position=1)
    quiz2 = FakeChannel(ids.next(), "quiz-2", position=2)
    owner = FakeUser(ids.next(), "owner")
    thread = FakeChannel(ids.next(), "quiz-thread", type=11, parent_id=quiz.id, owner_id=owner.id)
    people = {
        name: FakeUser(ids.next(), name) for name in ("alice", "bob", "carol", "mod", "admin")
    }
    members = {name: FakeMember(user, []) for name, user in people.items()}
    members["mod"].role_ids.append(roles["Moderator"].id)
    members["admin"].role_ids.append(roles["Admin"].id)
    members["owner"] = FakeMember(owner, [])
    members["bot"] = FakeMember(bot_user, [roles["QuizBot"].id])
    channels = {c.name: c for c in (general, quiz, quiz2, thread)}
    return FakeGuild(guild_id, name or "Quiz Test Server", roles, channels, members, owner.id)


def neighbour_guilds(main: FakeGuild, ids: Snowflakes, bot_user: FakeUser) -> list[FakeGuild]:
    """Three more servers the bot is in, their ids one millisecond apart from the main
    one's, so with up to four shards every shard has a server of its own."""
    base = main.id >> 22
    return [
        default_guild(ids, bot_user, guild_id=((base + n) << 22) | n, name=f"Neighbour {n}")
        for n in (1, 2, 3)
    ]
