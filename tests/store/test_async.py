"""SqliteStore on an event loop: its work runs off the loop, in the order awaited."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from bot.store import (
    SessionRecord,
    SqliteStore,
    StoreError,
)
from tests.store.helpers import T0, answer


async def test_a_blocked_write_does_not_stall_the_loop(db_path: Path) -> None:
    async with await SqliteStore.open(db_path) as store:
        # Another process-like connection holds the write lock for a while.
        blocker = sqlite3.connect(db_path, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        write = asyncio.create_task(store.record_answer(answer("p1")))
        ticks = 0
        for _ in range(20):
            await asyncio.sleep(0.01)
            ticks += 1
        assert not write.done()  # still waiting for the lock, yet the loop ran on
        blocker.execute("COMMIT")
        blocker.close()
        row_id = await asyncio.wait_for(write, timeout=5)
        assert ticks == 20 and row_id == 1
        assert (await store.player_stats("guild-1", "p1")).answered == 1


async def test_writes_land_in_the_order_they_were_issued(db_path: Path) -> None:
    async with await SqliteStore.open(db_path) as store:
        ids = await asyncio.gather(
            *(store.record_answer(answer("p1", question_id=f"q{n}")) for n in range(40))
        )
        assert ids == sorted(ids) and len(set(ids)) == 40
        await store.record_session(
            SessionRecord("s1", "guild-1", "chan-1", ("article",), T0, None, (("article", "q1"),))
        )
        assert await store.recent_questions("guild-1", "chan-1") == {("article", "q1")}
        await store.set_guild_settings("guild-1", {"questions": 4})
        assert await store.get_guild_settings("guild-1") == {"questions": 4}
        await store.put_card("guild-1", "p1", "article", "q1", card_json="{}", due=T0)
        assert await store.get_card("guild-1", "p1", "article", "q1") == "{}"
        assert len(await store.due_cards("guild-1", "p1", T0)) == 1
        assert (await store.question_stats())[0].answered == 1
        assert await store.reset_scores("guild-1") == 40


async def test_errors_reach_the_caller_and_close_is_final(db_path: Path) -> None:
    store = await SqliteStore.open(db_path)
    with pytest.raises(StoreError, match="no timezone"):
        await store.record_answer(answer(at=datetime(2025, 1, 1)))
    await store.record_answer(answer("kept"))
    await store.close()
    await store.close()
    with pytest.raises(StoreError, match="closed"):
        await store.record_answer(answer())
    async with await SqliteStore.open(db_path) as reopened:
        assert (await reopened.player_stats("guild-1", "kept")).answered == 1


async def test_open_failure_is_raised_from_open(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 1000)
    with pytest.raises(StoreError, match=r"bad\.db"):
        await SqliteStore.open(bad)
