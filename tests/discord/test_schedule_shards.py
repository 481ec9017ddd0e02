"""Two bot processes (one shard of two each) over one database: a schedule is run by
the process whose shard holds its server, and only by it."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

import pytest

from bot.sharding import shard_of
from tests.fakediscord import FakeDiscord

from .conftest import BotProcess, bot_env, make_home
from .test_schedules import STARTED, add, scheduled_starts, soon

pytestmark = pytest.mark.e2e


async def test_only_the_process_owning_the_server_runs_its_schedule(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    fake = fake_discord
    owner = shard_of(fake.guild.id, 2)
    home = make_home(tmp_path, fake.guild.id)
    processes = [
        await BotProcess.start(home, bot_env(fake), "--shard-count", "2", "--shard-ids", str(i))
        for i in (0, 1)
    ]
    try:
        try:
            await fake.wait_until(lambda: fake.gateway.shards_connected() == [0, 1], 30)
        except TimeoutError:
            logs = "\n---\n".join(p.log for p in processes)
            raise AssertionError(f"shards never both connected:\n{logs}") from None
        for process in processes:  # both schedulers running
            await process.wait_for_log("connected as", timeout=20)
        added = await add(fake, "admin", time=soon(4), set="short", questions=1)
        assert "Schedule #1 added" in added.text()
        await fake.wait_for_message("quiz", lambda m: STARTED in m.content, timeout=15)
        await asyncio.sleep(1.5)  # a second start would follow at once
        assert len(scheduled_starts(fake)) == 1
        assert "schedule 1 runs" in processes[owner].log
        assert "schedule 1" not in processes[1 - owner].log
        codes = await asyncio.gather(*(p.stop(signal.SIGTERM, timeout=15) for p in processes))
        assert codes == [0, 0]
    finally:
        for process in processes:
            await process.kill()
    for process in processes:
        assert "Traceback" not in process.log, process.log
