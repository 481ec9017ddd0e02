"""SIGTERM ends the real bot process within 2 s whatever it is doing, with status 0.

Each phase is one where something could hold the process up: starting (imports,
the store, the question sets), a login the API keeps retrying or never answers
(tests/discord/test_login_failures.py), games running while Discord stops
answering sends, and a gateway resume that gets no answer. The answers judged
before the signal are in the database afterwards.
"""

from __future__ import annotations

import asyncio
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from tests.fakediscord import FakeDiscord

from .conftest import BotHome, BotProcess, bot_env, known, next_question

pytestmark = pytest.mark.e2e

BOUND = 2.0
CHECK = "\N{WHITE HEAVY CHECK MARK}"


async def stop_within_bound(bot: BotProcess) -> int:
    started = time.monotonic()
    code = await bot.stop(signal.SIGTERM, timeout=15)
    took = time.monotonic() - started
    assert took < BOUND, f"SIGTERM took {took:.1f} s\n{bot.log}"
    assert "Traceback" not in bot.log, bot.log
    return code


def catches_sigterm(pid: int) -> bool:
    """Whether the process has a SIGTERM handler yet (Linux: SigCgt in /proc/PID/status)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    caught = next(line for line in status.splitlines() if line.startswith("SigCgt:"))
    return bool(int(caught.split()[1], 16) & (1 << (signal.SIGTERM - 1)))


async def test_sigterm_at_once_ends_the_process_within_the_bound(
    fake_discord: FakeDiscord, home: BotHome
) -> None:
    """Before Python has even run the bot's code, the signal's default action ends it."""
    bot = await BotProcess.start(home, bot_env(fake_discord))
    try:
        code = await stop_within_bound(bot)
    finally:
        await bot.kill()
    assert code in (0, -signal.SIGTERM)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("later", [0.0, 0.1, 0.3])
async def test_sigterm_while_starting(
    fake_discord: FakeDiscord, home: BotHome, later: float
) -> None:
    """Once `quizbot run` runs (importing discord, reading settings, before login): status 0."""
    bot = await BotProcess.start(home, bot_env(fake_discord))
    try:
        for _ in range(400):
            if catches_sigterm(bot.proc.pid):
                break
            await asyncio.sleep(0.01)
        else:
            raise AssertionError("the bot never installed a SIGTERM handler")
        # Mostly before login; on a fast machine the last one may land just after: same rule.
        await asyncio.sleep(later)
        assert await stop_within_bound(bot) == 0
    finally:
        await bot.kill()


async def answer_one(fake: FakeDiscord, channel: str, player: str) -> None:
    """Start a quiz in `channel`, answer its first question right, wait for the tick."""
    start = await fake.invoke_command(player, channel, "quiz", "start", options={"set": "trivia"})
    begun = await start.wait_reply()
    question = await next_question(fake, channel, begun.id)
    item = known(question)
    if item.kind == "text":
        typed = await fake.send_message(channel, player, item.answer)
        await fake.wait_until(lambda: (fake.bot_user.id, CHECK) in typed.reactions, 5)
    else:
        ack = await fake.click(player, question, question.custom_ids()[item.index])
        await ack.wait_reply()


def stored_answers(home: BotHome) -> int:
    with sqlite3.connect(home.database) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return int(raw.execute("SELECT count(*) FROM answers").fetchone()[0])


async def test_sigterm_with_games_running_and_sends_unanswered(
    fake_discord: FakeDiscord, bot: BotProcess, home: BotHome
) -> None:
    """Two games run; Discord stops answering sends, so no standings can go out: the bot
    does not wait for them past the bound, and the answers already judged are stored."""
    await answer_one(fake_discord, "quiz", "alice")
    await answer_one(fake_discord, "quiz-thread", "bob")
    fake_discord.stall_sends()
    assert await stop_within_bound(bot) == 0
    assert "score store closed" in bot.log
    assert stored_answers(home) == 2


async def test_sigterm_with_games_running_posts_standings_in_time(
    fake_discord: FakeDiscord, bot: BotProcess
) -> None:
    """When Discord answers, the standings still go out before the process ends."""
    await answer_one(fake_discord, "quiz", "alice")
    assert await stop_within_bound(bot) == 0
    assert any("Quiz stopped" in m.text() for m in fake_discord.bot_messages("quiz"))


async def test_sigterm_while_a_resume_gets_no_answer(
    fake_discord: FakeDiscord, bot: BotProcess, home: BotHome
) -> None:
    await answer_one(fake_discord, "quiz", "alice")
    fake_discord.gateway.hold_resumes = True
    await fake_discord.drop_connection(4000, wait=False)
    await fake_discord.wait_until(lambda: fake_discord.gateway.resumes_held >= 1, timeout=15)
    assert await stop_within_bound(bot) == 0
    assert stored_answers(home) == 1


async def test_sigterm_while_the_gateway_is_gone(
    fake_discord: FakeDiscord, bot: BotProcess, home: BotHome
) -> None:
    """The connection dropped and the bot is between reconnect attempts."""
    await answer_one(fake_discord, "quiz", "alice")
    fake_discord.gateway.hold_resumes = True
    await fake_discord.drop_connection(None, wait=False)
    await asyncio.sleep(0.3)
    assert await stop_within_bound(bot) == 0
    assert stored_answers(home) == 1
