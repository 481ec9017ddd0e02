"""`AsyncStore`: the score store for code running on an asyncio event loop.

Every call goes to one dedicated thread that owns the store (and its SQLite
connection), so a slow disk or a lock held by another process never stalls the
loop, and writes reach the file in the order they were awaited.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from bot.store.base import ScoreStore
from bot.store.calendar import QotdAnswerRecord, QotdRecord, ScheduleRecord
from bot.store.records import (
    AnswerRecord,
    DueCard,
    Forgotten,
    LeaderboardRow,
    Period,
    PlayerStats,
    QuestionStats,
    SessionRecord,
    StoreError,
)
from bot.store.sqlite import SqliteStore

logger = logging.getLogger(__name__)

T = TypeVar("T")


class AsyncStore:
    """Awaitable mirror of `ScoreStore`. Create it with `await AsyncStore.open(...)`."""

    def __init__(self, executor: ThreadPoolExecutor, store: ScoreStore) -> None:
        self._executor = executor
        self._store = store
        self._closed = False

    @classmethod
    async def open(cls, factory: Callable[[], ScoreStore]) -> AsyncStore:
        """Build the store on its own thread (so that thread owns the connection)."""
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="quizbot-store")
        try:
            store = await asyncio.get_running_loop().run_in_executor(executor, factory)
        except BaseException:
            executor.shutdown(wait=False)
            raise
        return cls(executor, store)

    @classmethod
    async def open_sqlite(cls, path: str | Path) -> AsyncStore:
        return await cls.open(functools.partial(SqliteStore, path))

    async def __aenter__(self) -> AsyncStore:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def call(self, work: Callable[[ScoreStore], T]) -> T:
        """Run `work(store)` on the store thread; for anything the methods below lack."""
        if self._closed:
            raise StoreError("the score store is closed")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, work, self._store)

    async def record_answer(self, record: AnswerRecord) -> int:
        return await self.call(lambda store: store.record_answer(record))

    async def record_answers(self, records: list[AnswerRecord]) -> int:
        return await self.call(lambda store: store.record_answers(records))

    async def record_session(self, session: SessionRecord) -> None:
        await self.call(lambda store: store.record_session(session))

    async def recent_questions(
        self, scope: str, channel: str, sessions: int = 3
    ) -> set[tuple[str, str]]:
        return await self.call(lambda store: store.recent_questions(scope, channel, sessions))

    async def leaderboard(
        self, scope: str, period: Period, now: datetime, limit: int = 10
    ) -> list[LeaderboardRow]:
        return await self.call(lambda store: store.leaderboard(scope, period, now, limit))

    async def player_stats(self, scope: str, player_id: str, weakest: int = 5) -> PlayerStats:
        return await self.call(lambda store: store.player_stats(scope, player_id, weakest))

    async def question_stats(
        self, set_name: str | None = None, limit: int = 20, scope: str | None = None
    ) -> list[QuestionStats]:
        return await self.call(lambda store: store.question_stats(set_name, limit, scope))

    async def reset_scores(self, scope: str) -> int:
        return await self.call(lambda store: store.reset_scores(scope))

    async def forget_player(self, player_id: str, scope: str | None = None) -> Forgotten:
        return await self.call(lambda store: store.forget_player(player_id, scope))

    async def get_guild_settings(self, scope: str) -> dict[str, Any]:
        return await self.call(lambda store: store.get_guild_settings(scope))

    async def set_guild_settings(self, scope: str, settings: Mapping[str, Any]) -> None:
        frozen = dict(settings)  # the caller may change its dict while we wait
        await self.call(lambda store: store.set_guild_settings(scope, frozen))

    async def get_card(
        self, scope: str, player_id: str, set_name: str, question_id: str
    ) -> str | None:
        return await self.call(
            lambda store: store.get_card(scope, player_id, set_name, question_id)
        )

    async def put_card(
        self,
        scope: str,
        player_id: str,
        set_name: str,
        question_id: str,
        *,
        card_json: str,
        due: datetime,
    ) -> None:
        await self.call(
            lambda store: store.put_card(
                scope, player_id, set_name, question_id, card_json=card_json, due=due
            )
        )

    async def due_cards(
        self, scope: str, player_id: str, now: datetime, limit: int = 20
    ) -> list[DueCard]:
        return await self.call(lambda store: store.due_cards(scope, player_id, now, limit))

    async def add_schedule(self, record: ScheduleRecord, limit: int) -> int:
        return await self.call(lambda store: store.add_schedule(record, limit))

    async def schedules(self, scope: str | None = None) -> list[ScheduleRecord]:
        return await self.call(lambda store: store.schedules(scope))

    async def advance_schedule(
        self,
        schedule_id: int,
        expected_next: datetime | None,
        next_at: datetime | None,
        announced_at: datetime | None,
    ) -> bool:
        return await self.call(
            lambda store: store.advance_schedule(schedule_id, expected_next, next_at, announced_at)
        )

    async def disable_schedule(self, schedule_id: int, note: str) -> bool:
        return await self.call(lambda store: store.disable_schedule(schedule_id, note))

    async def remove_schedule(self, scope: str, schedule_id: int) -> bool:
        return await self.call(lambda store: store.remove_schedule(scope, schedule_id))

    async def open_qotd(self, record: QotdRecord) -> None:
        await self.call(lambda store: store.open_qotd(record))

    async def qotds(self, scope: str | None = None, *, open_only: bool = True) -> list[QotdRecord]:
        return await self.call(lambda store: store.qotds(scope, open_only=open_only))

    async def qotd_answers(self, qotd_id: str) -> list[QotdAnswerRecord]:
        return await self.call(lambda store: store.qotd_answers(qotd_id))

    async def record_qotd_answer(self, answer: QotdAnswerRecord, record: AnswerRecord) -> bool:
        return await self.call(lambda store: store.record_qotd_answer(answer, record))

    async def close_qotd(self, qotd_id: str) -> bool:
        return await self.call(lambda store: store.close_qotd(qotd_id))

    async def qotd_days(self, scope: str, player_id: str) -> list[tuple[date, bool]]:
        return await self.call(lambda store: store.qotd_days(scope, player_id))

    async def close(self) -> None:
        """Finish queued writes, close the store, stop the thread. Safe to call twice."""
        if self._closed:
            return
        try:
            await self.call(lambda store: store.close())
        finally:
            self._closed = True
            self._executor.shutdown(wait=True)
