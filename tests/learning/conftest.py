"""The fake Discord fixture for the in-process learning tests."""

from tests.fakediscord.fixture import fake_discord

__all__ = ["fake_discord"]
