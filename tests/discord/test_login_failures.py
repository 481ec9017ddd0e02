"""`quizbot run` when login goes wrong: the token never shows, one line, a bounded exit.

The fake Discord answers the login with an error page that reflects the
Authorization header (as a badly configured proxy would), or never answers.
Whatever happens, the token appears in no output and no log line, the failure
is one line with a documented status, and SIGTERM ends the bot within 2 s.
"""

from __future__ import annotations

import asyncio
import signal
import time

import pytest

from tests.fakediscord import FakeDiscord

from .conftest import BotHome, BotProcess, bot_env

pytestmark = pytest.mark.e2e

EXIT_FAILED = 1
RETRIED = (500, 502)  # discord.py tries these five times, sleeping 1, 3, 5 and 7 s between


def assert_no_token(bot: BotProcess, fake: FakeDiscord) -> None:
    assert fake.token not in bot.log
    assert fake.token[:12] not in bot.log  # not even a part of it
    assert "Traceback" not in bot.log


@pytest.mark.parametrize("status", [400, 403, 404, 429, 500, 502, 503])
async def test_a_failed_login_is_one_line_without_the_token(
    fake_discord: FakeDiscord, home: BotHome, status: int
) -> None:
    fake_discord.trouble_login(status)
    bot = await BotProcess.start(home, bot_env(fake_discord))
    try:
        # 5xx answers are retried by discord.py; SIGTERM must not wait for the retries.
        if status in RETRIED:
            await fake_discord.wait_until(
                lambda: ("GET", "/api/v10/users/@me") in fake_discord.requests, timeout=20
            )
            started = time.monotonic()
            code = await bot.stop(signal.SIGTERM, timeout=10)
            assert time.monotonic() - started < 2.0
            assert code == 0
        else:
            code = await bot.wait(timeout=20)
            assert code == EXIT_FAILED
            assert len(bot.stderr_lines) == 1, bot.log
            assert f"HTTP {status}" in bot.log
    finally:
        await bot.kill()
    assert_no_token(bot, fake_discord)


async def test_retried_5xx_logins_end_in_one_line(fake_discord: FakeDiscord, home: BotHome) -> None:
    fake_discord.trouble_login(500)
    bot = await BotProcess.start(home, bot_env(fake_discord))
    try:
        code = await bot.wait(timeout=60)
    finally:
        await bot.kill()
    assert code == EXIT_FAILED
    assert len(bot.stderr_lines) == 1, bot.log
    assert "HTTP 500" in bot.log
    assert_no_token(bot, fake_discord)


async def test_sigterm_during_a_login_that_never_answers_ends_within_2_seconds(
    fake_discord: FakeDiscord, home: BotHome
) -> None:
    fake_discord.trouble_login("hang")
    bot = await BotProcess.start(home, bot_env(fake_discord))
    try:
        await fake_discord.wait_until(
            lambda: ("GET", "/api/v10/users/@me") in fake_discord.requests, timeout=20
        )
        await asyncio.sleep(0.2)
        started = time.monotonic()
        code = await bot.stop(signal.SIGTERM, timeout=10)
        assert time.monotonic() - started < 2.0
    finally:
        await bot.kill()
    assert code == 0
    assert_no_token(bot, fake_discord)
