"""The real bot when its score database goes away mid-game.

The database file is removed while a quiz runs: the next answer cannot be
stored, so it gets no ✅, the channel is told once why the quiz stopped, no
standings are posted, a new quiz is refused with a clear reply, and the bot
stays up for everything that does not write. A PostgreSQL server that goes
away is the same storage failure, and the bot reconnects when it is back.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from bot.exts.ui.errors import STORE_FAILED
from tests.fakediscord import FakeDiscord
from tests.store.backends import fresh_postgres
from tests.store.tcp_proxy import Proxy

from .conftest import BotHome, BotProcess, bot_env, known, make_home, next_question

pytestmark = pytest.mark.e2e

CHECK = "\N{WHITE HEAVY CHECK MARK}"


async def test_a_removed_database_stops_the_quiz_with_one_message(
    fake_discord: FakeDiscord, bot: BotProcess, home: BotHome
) -> None:
    fake = fake_discord
    started = await fake.invoke_command("alice", "quiz", "quiz", "start", options={"set": "short"})
    await started.wait_reply()
    question = await next_question(fake, "quiz", 0)
    for leftover in home.database.parent.glob(f"{home.database.name}*"):
        leftover.unlink()

    answer = await fake.send_message("quiz", "bob", known(question).answer)
    stopped = await fake.wait_for_message(
        "quiz", lambda m: "cannot save answers" in m.text(), 10, after=question.id
    )
    assert "quiz has stopped" in stopped.text()
    assert (fake.bot_user.id, CHECK) not in fake.message(answer.id).reactions
    later = [m for m in fake.bot_messages("quiz") if m.id > question.id]
    assert later == [stopped], "one message, and no reveal or standings built on lost answers"

    again = await fake.invoke_command("alice", "quiz", "quiz", "start", options={"set": "short"})
    refused = await again.wait_reply()
    assert "No quiz can start right now" in refused.text()
    sets = await fake.invoke_command("carol", "quiz", "quiz", "sets")
    assert "short" in (await sets.wait_reply()).text()
    assert "removed or replaced" in bot.log  # the operator learns why, in the log
    assert "Traceback" not in bot.log


async def test_a_lost_postgres_server_stops_the_quiz_and_new_quizzes_work_once_back(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    """The same over PostgreSQL, through a proxy the test cuts (the shared server
    keeps running); when the proxy is back, a new quiz starts and scores without
    restarting the bot."""
    fake = fake_discord
    async with fresh_postgres() as url:
        parts = urlsplit(url)
        proxy = Proxy(parts.hostname or "127.0.0.1", parts.port or 5432)
        await proxy.start()
        through = urlunsplit(parts._replace(netloc=f"{parts.username}@127.0.0.1:{proxy.port}"))
        home = make_home(tmp_path, fake.guild.id)
        bot = await BotProcess.start(home, bot_env(fake, QUIZBOT_DATABASE_URL=through))
        try:
            await fake.wait_until_connected(timeout=20)
            started = await fake.invoke_command(
                "alice", "quiz", "quiz", "start", options={"set": "short"}
            )
            question = await next_question(fake, "quiz", (await started.wait_reply()).id)
            await proxy.cut()

            answer = await fake.send_message("quiz", "bob", known(question).answer)
            stopped = await fake.wait_for_message(
                "quiz", lambda m: "cannot save answers" in m.text(), 15, after=question.id
            )
            assert "quiz has stopped" in stopped.text()
            assert (fake.bot_user.id, CHECK) not in fake.message(answer.id).reactions
            later = [m for m in fake.bot_messages("quiz") if m.id > question.id]
            assert later == [stopped], "one message, and nothing built on the lost answer"
            again = await fake.invoke_command(
                "alice", "quiz", "quiz", "start", options={"set": "short"}
            )
            assert (await again.wait_reply()).text() == STORE_FAILED  # no URL, no internals

            await proxy.start()  # the server is back on the same address
            restarted = await fake.invoke_command(
                "alice", "quiz", "quiz", "start", options={"set": "short"}
            )
            reply = await restarted.wait_reply()
            assert "No quiz can start" not in reply.text()
            fresh = await next_question(fake, "quiz", reply.id)
            scored = await fake.send_message("quiz", "bob", known(fresh).answer)
            await fake.wait_until(
                lambda: (fake.bot_user.id, CHECK) in fake.message(scored.id).reactions, 15
            )
            assert "cannot be reached" in bot.log  # the operator learns why, in the log
            assert "Traceback" not in bot.log, bot.log
        finally:
            await bot.kill()
            await proxy.cut()
