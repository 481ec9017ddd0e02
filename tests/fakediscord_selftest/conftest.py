from tests.fakediscord.fixture import fake_discord

__all__ = ["fake_discord"]
