"""The real bot (`python -m bot run`) as a subprocess against the fake Discord."""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest_asyncio
import yaml

from tests.fakediscord import FakeDiscord, StoredMessage
from tests.fakediscord.fixture import fake_discord

from .quizzes import KNOWN, SHORT_YAML, TRIVIA_YAML, Known

__all__ = ["fake_discord"]

ROOT = Path(__file__).resolve().parents[2]
QUESTION_TITLE = re.compile(r"^Question (\d+)/(\d+)$")


@dataclass
class BotHome:
    folder: Path
    config: Path
    database: Path


def make_home(
    folder: Path, guild_id: int, discord: dict[str, object] | None = None, **quiz: object
) -> BotHome:
    quizzes = folder / "quizzes"
    quizzes.mkdir(parents=True, exist_ok=True)
    (quizzes / "trivia.yaml").write_text(TRIVIA_YAML, encoding="utf-8")
    (quizzes / "short.yaml").write_text(SHORT_YAML, encoding="utf-8")
    settings = {
        "quizzes": "quizzes",
        "database": "data/scores.db",
        "quiz": {"reveal_pause": 0.5, "hint_schedule": [0.5], **quiz},
        "discord": {"dev_guild_id": guild_id, "max_sessions_per_guild": 2, **(discord or {})},
        "log_level": "INFO",
    }
    config = folder / "bot.yaml"
    config.write_text(yaml.safe_dump(settings), encoding="utf-8")
    return BotHome(folder, config, folder / "data" / "scores.db")


@dataclass
class BotProcess:
    proc: asyncio.subprocess.Process
    stderr_lines: list[str] = field(default_factory=list)
    _reader: asyncio.Task[None] | None = None

    @classmethod
    async def start(cls, home: BotHome, env: dict[str, str], *flags: str) -> BotProcess:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "run",
            "--config",
            str(home.config),
            *flags,
            cwd=home.folder,
            env=env,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
        )
        bot = cls(proc)
        bot._reader = asyncio.create_task(bot._read())
        return bot

    async def _read(self) -> None:
        assert self.proc.stderr is not None
        async for line in self.proc.stderr:
            self.stderr_lines.append(line.decode(errors="replace").rstrip("\n"))

    @property
    def log(self) -> str:
        return "\n".join(self.stderr_lines)

    async def wait_for_log(self, text: str, timeout: float = 15.0) -> None:
        """Until a line of the bot's log holds `text` (e.g. "connected as": fully ready)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not any(text in line for line in self.stderr_lines):
            if loop.time() > deadline:
                raise AssertionError(f"the bot never logged {text!r}:\n{self.log}")
            await asyncio.sleep(0.05)

    async def wait(self, timeout: float = 15.0) -> int:
        code = await asyncio.wait_for(self.proc.wait(), timeout)
        if self._reader is not None:
            await asyncio.wait_for(self._reader, 5)
        return code

    async def stop(self, signum: int = signal.SIGTERM, timeout: float = 15.0) -> int:
        if self.proc.returncode is None:
            self.proc.send_signal(signum)
        return await self.wait(timeout)

    async def kill(self) -> None:
        if self.proc.returncode is None:
            self.proc.kill()
        with contextlib.suppress(Exception):
            await self.wait(5)


def bot_env(fake: FakeDiscord, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DISCORD_")}
    return env | fake.env() | {"PYTHONUNBUFFERED": "1"} | extra


@pytest_asyncio.fixture
async def home(tmp_path: Path, fake_discord: FakeDiscord) -> BotHome:
    return make_home(tmp_path, fake_discord.guild.id)


@pytest_asyncio.fixture
async def bot(fake_discord: FakeDiscord, home: BotHome) -> AsyncIterator[BotProcess]:
    """The bot, connected; killed at teardown if a test left it running (before the fake stops)."""
    process = await BotProcess.start(home, bot_env(fake_discord))
    try:
        await fake_discord.wait_until_connected(timeout=20)
    except TimeoutError:
        await process.kill()
        raise AssertionError("the bot never connected:\n" + process.log) from None
    try:
        yield process
    finally:
        if process.proc.returncode is None:
            await process.stop()
        assert "Traceback" not in process.log, process.log


# -- reading the game from the fake's side ---------------------------------------------------


def question_number(message: StoredMessage) -> int | None:
    for embed in message.embeds:
        found = QUESTION_TITLE.match(str(embed.get("title", "")))
        if found:
            return int(found.group(1))
    return None


def known(message: StoredMessage) -> Known:
    asked = str(message.embeds[0].get("description", "")).split("\n")[0]
    return KNOWN[asked]


async def next_question(
    fake: FakeDiscord, channel: str, after: int, timeout: float = 10.0
) -> StoredMessage:
    return await fake.wait_for_message(
        channel, lambda m: question_number(m) is not None, timeout, after=after
    )


async def next_reveal(
    fake: FakeDiscord, channel: str, after: int, timeout: float = 10.0
) -> StoredMessage:
    return await fake.wait_for_message(
        channel, lambda m: "The answer:" in m.text(), timeout, after=after
    )


async def standings(
    fake: FakeDiscord, channel: str, after: int, timeout: float = 10.0
) -> StoredMessage:
    return await fake.wait_for_message(
        channel, lambda m: "final standings" in m.text(), timeout, after=after
    )
