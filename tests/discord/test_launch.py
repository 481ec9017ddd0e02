"""`quizbot run` start-up failures: one clear line and exit status 2; and a token from .env."""

from __future__ import annotations

import pytest
import yaml

from tests.fakediscord import FakeDiscord

from .conftest import BotHome, BotProcess, bot_env

pytestmark = pytest.mark.e2e


async def test_missing_token_is_one_line_and_status_2(
    fake_discord: FakeDiscord, home: BotHome
) -> None:
    env = bot_env(fake_discord)
    del env["DISCORD_TOKEN"]
    bot = await BotProcess.start(home, env)
    assert await bot.wait() == 2
    assert len(bot.stderr_lines) == 1, bot.log
    assert "DISCORD_TOKEN" in bot.log and "no Discord token" in bot.log
    assert fake_discord.requests == []


async def test_rejected_token_is_one_line_and_never_shown(
    fake_discord: FakeDiscord, home: BotHome
) -> None:
    wrong = "not-the-real-token-1234567890"
    bot = await BotProcess.start(home, bot_env(fake_discord, DISCORD_TOKEN=wrong))
    assert await bot.wait() == 2
    assert len(bot.stderr_lines) == 1, bot.log
    assert "rejected the token" in bot.log and wrong not in bot.log
    assert ("GET", "/api/v10/users/@me") in fake_discord.requests


async def test_invalid_settings_name_the_line(fake_discord: FakeDiscord, home: BotHome) -> None:
    home.config.write_text("quiz:\n  time_limit: 2\n  colour: blue\n", encoding="utf-8")
    bot = await BotProcess.start(home, bot_env(fake_discord))
    assert await bot.wait() == 2
    assert len(bot.stderr_lines) == 2, bot.log
    time_limit, colour = bot.stderr_lines
    assert time_limit.startswith(f"{home.config}:2: ") and "time_limit" in time_limit
    assert colour.startswith(f"{home.config}:3: ") and "colour" in colour
    assert fake_discord.requests == []


async def test_token_from_a_dotenv_file_beside_bot_yaml(
    fake_discord: FakeDiscord, home: BotHome
) -> None:
    env = bot_env(fake_discord)
    token = env.pop("DISCORD_TOKEN")
    (home.folder / ".env").write_text(f"# secrets\nexport DISCORD_TOKEN='{token}'\n")
    bot = await BotProcess.start(home, env)
    try:
        await fake_discord.wait_until_connected(timeout=20)
        sets = await fake_discord.invoke_command("alice", "quiz", "quiz", "sets")
        assert "trivia" in (await sets.wait_reply()).text()
        # The prefix form of the same command, since the message content intent is on.
        asked = await fake_discord.send_message("general", "bob", "!quiz sets")
        listed = await fake_discord.wait_for_message("general", after=asked.id, timeout=5)
        assert "Test Trivia" in listed.text()
    finally:
        assert await bot.stop() == 0
    assert token not in bot.log


@pytest.mark.parametrize("where", ["a-folder", "not-a-folder/scores.db"])
async def test_an_unusable_database_is_one_line_and_status_2(
    fake_discord: FakeDiscord, home: BotHome, where: str
) -> None:
    (home.folder / "a-folder").mkdir()
    (home.folder / "not-a-folder").write_text("a plain file", encoding="utf-8")
    settings = yaml.safe_load(home.config.read_text(encoding="utf-8"))
    settings["database"] = str(home.folder / where)
    home.config.write_text(yaml.safe_dump(settings), encoding="utf-8")
    bot = await BotProcess.start(home, bot_env(fake_discord))
    assert await bot.wait() == 2
    assert len(bot.stderr_lines) == 1, bot.log
    assert bot.log.startswith(f"quizbot: {home.folder / where}") and "score database" in bot.log
