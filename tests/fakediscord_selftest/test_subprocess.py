"""The fake in the pytest process, the bot in another process, over loopback."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from tests.fakediscord import FakeDiscord

ROOT = Path(__file__).resolve().parents[2]


async def test_a_bot_subprocess_configured_by_environment(fake_discord: FakeDiscord) -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.fakediscord_selftest.envbot",
        cwd=ROOT,
        env=os.environ | fake_discord.env(),
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        await fake_discord.wait_until_connected(timeout=20)
        asked = await fake_discord.send_message("general", "alice", "!ping")
        pong = await fake_discord.wait_for_message("general", after=asked.id, timeout=10)
        assert pong.content == "pong"
        assert pong.allowed_mentions == {"parse": []}
    finally:
        proc.terminate()
        _, stderr = await asyncio.wait_for(proc.communicate(), 10)
    assert proc.returncode == 0, stderr.decode()
