"""Two bot processes, each with one shard of two, against the sharded fake."""

from __future__ import annotations

import asyncio
import signal
import time
from pathlib import Path

import pytest

from bot.sharding import shard_of
from tests.fakediscord import FakeDiscord
from tests.store.backends import fresh_postgres

from .conftest import BotProcess, bot_env, known, make_home, next_question, standings
from .quizzes import RIVERS

pytestmark = pytest.mark.e2e


async def test_each_process_gets_only_its_shards_servers_and_events(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    fake = fake_discord
    home = make_home(tmp_path, fake.guild.id)
    processes = [
        await BotProcess.start(home, bot_env(fake), "--shard-count", "2", "--shard-ids", str(i))
        for i in (0, 1)
    ]
    try:
        await fake.wait_until(lambda: fake.gateway.shards_connected() == [0, 1], 30)
        every_guild = {fake.guild.id, *(g.id for g in fake.other_guilds)}
        seen: set[int] = set()
        for shard, link in fake.gateway.links.items():
            _, event, ready = link.session.log[0]
            assert event == "READY" and ready["shard"] == [shard, 2]
            mine = {int(g["id"]) for g in ready["guilds"]}
            assert mine and all(shard_of(g, 2) == shard for g in mine)
            created = {int(d["id"]) for _, e, d in link.session.log if e == "GUILD_CREATE"}
            assert created == mine
            seen |= mine
        assert seen == every_guild  # every server on exactly one shard

        # A game in the test server runs in the process holding its shard; the other
        # never sees the command (two replies would break the interaction).
        start = await fake.invoke_command(
            "alice", "quiz", "quiz", "start", options={"set": "trivia", "questions": 1}
        )
        started = await start.wait_reply()
        assert "1 question" in started.content
        await next_question(fake, "quiz", started.id)

        began = time.monotonic()
        codes = await asyncio.gather(*(p.stop(signal.SIGTERM, timeout=10) for p in processes))
        assert codes == [0, 0] and time.monotonic() - began < 10
    finally:
        for process in processes:
            await process.kill()
    for process in processes:
        assert "Traceback" not in process.log, process.log


async def test_too_few_shards_is_one_line(fake_discord: FakeDiscord, tmp_path: Path) -> None:
    fake = fake_discord
    fake.gateway.required_shards = 3  # too many servers for fewer shards: 4011
    home = make_home(tmp_path, fake.guild.id)
    process = await BotProcess.start(
        home, bot_env(fake), "--shard-count", "2", "--shard-ids", "0-1"
    )
    code = await process.wait(timeout=30)
    assert code == 2
    assert "Discord wants more shards than --shard-count 2" in process.log, process.log
    assert "Traceback" not in process.log


async def board_text(fake: FakeDiscord) -> str:
    shown = await fake.invoke_command("bob", "quiz", "quiz", "leaderboard")
    return (await shown.wait_reply()).text()


async def test_two_processes_over_one_postgres_database(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    fake = fake_discord
    owner = shard_of(fake.guild.id, 2)
    async with fresh_postgres() as url:
        home = make_home(tmp_path, fake.guild.id)
        env = bot_env(fake, QUIZBOT_DATABASE_URL=url)

        async def shard(ids: str) -> BotProcess:
            return await BotProcess.start(home, env, "--shard-count", "2", "--shard-ids", ids)

        processes = {0: await shard("0"), 1: await shard("1")}
        try:
            await fake.wait_until(lambda: fake.gateway.shards_connected() == [0, 1], 30)
            # A reload in the owner is announced through the database; the other follows.
            reload = await fake.invoke_command("admin", "quiz", "quizadmin", "reload")
            assert "reloaded" in (await reload.wait_followups(1))[0].text()
            other = processes[1 - owner]
            await fake.wait_until(lambda: "as another process did" in other.log, 10)
            # A set uploaded through the owner is in the database; the other process hears
            # of it and loads it too.
            uploaded = await fake.invoke_command(
                "admin", "quiz-2", "quizadmin", "upload",
                options={"file": fake.upload("rivers.yaml", RIVERS)},
            )  # fmt: skip
            assert "Set `rivers` saved" in (await uploaded.wait_reply(10)).text()
            told = f"guild {fake.guild.id}: uploaded sets now rivers"
            await fake.wait_until(lambda: told in other.log, 10)
            # The other process dies mid-game: the owner's game goes on to its standings.
            start = await fake.invoke_command(
                "alice", "quiz", "quiz", "start", options={"set": "short", "questions": 2}
            )
            first = await next_question(fake, "quiz", (await start.wait_reply()).id, timeout=20)
            await processes[1 - owner].kill()
            await fake.send_message("quiz", "carol", known(first).answer)
            second = await next_question(fake, "quiz", first.id, timeout=20)
            await fake.send_message("quiz", "carol", known(second).answer)
            final = await standings(fake, "quiz", second.id, timeout=20)
            assert "**Carol**: " in final.text()
            before = await board_text(fake)
            assert "Carol" in before

            # The owner dies mid-game; its replacement serves the server with its history.
            again = await fake.invoke_command(
                "alice", "quiz", "quiz", "start", options={"set": "short", "questions": 2}
            )
            await next_question(fake, "quiz", (await again.wait_reply()).id, timeout=20)
            await processes[owner].kill()
            processes[owner] = await shard(str(owner))
            await fake.wait_until(lambda: owner in fake.gateway.shards_connected(), 30)
            assert await board_text(fake) == before

            # One process for both shards, on another machine (no folder of its own): every
            # board unchanged, and the uploaded set plays from the database.
            for process in processes.values():
                await process.stop(timeout=10)
            elsewhere = make_home(tmp_path / "elsewhere", fake.guild.id)
            processes = {0: await BotProcess.start(elsewhere, env, "--shard-count", "2",
                                                   "--shard-ids", "0-1")}  # fmt: skip
            await fake.wait_until(lambda: fake.gateway.shards_connected() == [0, 1], 30)
            assert await board_text(fake) == before
            played = await fake.invoke_command(
                "alice", "quiz", "quiz", "start", options={"set": "rivers"}
            )
            question = await next_question(fake, "quiz", (await played.wait_reply()).id)
            assert "in the uploaded set?" in question.text()
            await fake.send_message("quiz", "bob", "Seine")
            await standings(fake, "quiz", question.id, timeout=20)
            assert await processes[0].stop(timeout=10) == 0
        finally:
            for process in processes.values():
                await process.kill()
