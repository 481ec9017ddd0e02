"""A strict fake Discord (REST + gateway) on 127.0.0.1 for end-to-end tests of the bot."""

from .fixture import connected, discord_py_pointed_at, fake_discord, started
from .interactions import InteractionHandle
from .model import FakeChannel, FakeGuild, FakeMember, FakeUser, StoredAttachment, StoredMessage
from .server import FakeDiscord
from .strict import Violation

__all__ = [
    "FakeChannel",
    "FakeDiscord",
    "FakeGuild",
    "FakeMember",
    "FakeUser",
    "InteractionHandle",
    "StoredAttachment",
    "StoredMessage",
    "Violation",
    "connected",
    "discord_py_pointed_at",
    "fake_discord",
    "started",
]
