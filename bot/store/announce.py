"""Announcements every process using one database hears: a shipped-set reload, an
admin action that concerns them all. PostgreSQL carries them with LISTEN/NOTIFY;
SQLite (one process per file) within this process."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import ClassVar

logger = logging.getLogger(__name__)

Listener = Callable[[str], Awaitable[None]]
MAX_MESSAGE = 7000  # PostgreSQL refuses NOTIFY payloads of 8000 bytes or more

_TOPIC = re.compile(r"^[a-z][a-z0-9_]{0,40}$")


def channel_name(topic: str) -> str:
    """The LISTEN channel for a topic; topics are short lowercase words."""
    if not _TOPIC.match(topic):
        raise ValueError(f"announcement topic {topic!r} must be a short lowercase word")
    return f"quizbot_{topic}"


def check_message(message: str) -> None:
    if len(message.encode("utf-8")) > MAX_MESSAGE:
        raise ValueError(f"an announcement holds at most {MAX_MESSAGE} bytes")


class LocalBoard:
    """In-process announcements, one board per SQLite file."""

    _boards: ClassVar[dict[Path, LocalBoard]] = {}

    def __init__(self) -> None:
        self.listeners: dict[str, list[Listener]] = {}
        self.tasks: set[asyncio.Task[None]] = set()

    @classmethod
    def for_file(cls, path: Path) -> LocalBoard:
        return cls._boards.setdefault(path.resolve(), cls())

    def listen(self, topic: str, listener: Listener) -> None:
        self.listeners.setdefault(channel_name(topic), []).append(listener)

    def forget(self, listener: Listener) -> None:
        for listeners in self.listeners.values():
            while listener in listeners:
                listeners.remove(listener)

    def announce(self, topic: str, message: str) -> None:
        check_message(message)
        for listener in list(self.listeners.get(channel_name(topic), [])):
            deliver(listener, message, self.tasks)


def deliver(listener: Listener, message: str, tasks: set[asyncio.Task[None]]) -> None:
    """Run a listener on its own task; its failure is logged, never spread."""

    async def run() -> None:
        try:
            await listener(message)
        except Exception:
            logger.exception("an announcement listener failed")

    task = asyncio.get_running_loop().create_task(run())
    tasks.add(task)
    task.add_done_callback(tasks.discard)
