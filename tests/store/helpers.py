"""Shared builders for the store tests."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from bot.store import AnswerRecord, SqliteStore

T = TypeVar("T")

T0 = datetime(2025, 3, 5, 12, 0, tzinfo=UTC)  # a Wednesday


def answer(
    player_id: str = "p1",
    *,
    name: str | None = None,
    scope: str = "guild-1",
    channel: str = "chan-1",
    session_id: str = "s1",
    set_name: str = "article",
    question_id: str = "q1",
    tags: tuple[str, ...] = (),
    correct: bool = True,
    points: int = 10,
    response_time: float = 2.5,
    hints_used: int = 0,
    at: datetime = T0,
) -> AnswerRecord:
    return AnswerRecord(
        player_id=player_id,
        player_name=name if name is not None else player_id.upper(),
        scope=scope,
        channel=channel,
        session_id=session_id,
        set_name=set_name,
        question_id=question_id,
        tags=tags,
        correct=correct,
        points=points,
        response_time=response_time,
        hints_used=hints_used,
        answered_at=at,
    )


def on_store(path: Path, work: Callable[[SqliteStore], Awaitable[T]]) -> T:
    """Open the SQLite file, run `work` on it, close it: for synchronous tests that
    look at what a bot or CLI process stored."""

    async def run() -> T:
        async with await SqliteStore.open(path) as store:
            return await work(store)

    return asyncio.run(run())
