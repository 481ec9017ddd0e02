"""Group commit: answers that arrive together are committed together.

Each answer's caller waits until the transaction holding its answer has
committed, as with one transaction per answer, so nothing is shown before it is
saved. While a few commits are in flight (`flushes`), newly arriving answers
wait in a queue; the next free flush writes the whole queue in one statement and
one commit. A lone answer is written at once, so one writer sees no extra delay,
while many writers share round trips, commits and totals rows.

A batch the database refuses for something other than a lost connection is
split and its answers retried one by one, so one bad answer fails only its own
caller.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar

from bot.store.records import StoreError, StoreUnavailableError

logger = logging.getLogger(__name__)

Row = TypeVar("Row")
Write = Callable[[Sequence[Row]], Awaitable[Sequence[int]]]


class GroupCommit(Generic[Row]):
    def __init__(self, write: Write[Row], *, flushes: int = 4, batch: int = 256) -> None:
        self._write = write  # commits rows in one transaction; their ids, in order
        self._flushes = flushes
        self._batch = batch
        self._queue: list[tuple[Row, asyncio.Future[int]]] = []
        self._running = 0  # flushes started and not yet returned
        self._tasks: set[asyncio.Task[None]] = set()

    async def submit(self, row: Row) -> int:
        """The row's id once it is committed; StoreError if it was not."""
        future: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        self._queue.append((row, future))
        if self._running < self._flushes:
            self._running += 1
            task = asyncio.create_task(self._flush())
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        # The write runs in the flush task: a caller cancelled while waiting stops
        # waiting, but cannot cancel a statement other callers' answers are in.
        return await future

    async def drain(self) -> None:
        """Wait for every queued row to be committed or refused."""
        while self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _flush(self) -> None:
        # Counted down with no await after the queue was seen empty, so a row
        # queued meanwhile always finds a flush running or starts one.
        try:
            await self._flush_queue()
        finally:
            self._running -= 1
            if self._queue and not self._running:
                # Only a cancelled flush ends with rows queued: nobody waits forever.
                left, self._queue = self._queue, []
                _fail(left, StoreError("the write was interrupted"))

    async def _flush_queue(self) -> None:
        while self._queue:
            taken = self._queue[: self._batch]
            del self._queue[: self._batch]
            await self._commit(taken)

    async def _commit(self, taken: list[tuple[Row, asyncio.Future[int]]]) -> None:
        try:
            await self._commit_or_split(taken)
        finally:
            # Whatever went wrong, and however (a bug, a cancelled retry), every
            # caller of this batch hears of it: none is left waiting.
            _fail(taken, StoreError("the write was interrupted"))

    async def _commit_or_split(self, taken: list[tuple[Row, asyncio.Future[int]]]) -> None:
        try:
            ids = await self._write([row for row, _ in taken])
        except StoreUnavailableError as error:
            _fail(taken, error)
        except StoreError as error:
            if len(taken) == 1:
                _fail(taken, error)
                return
            logger.warning("a batch of %d answers was refused (%s); one by one", len(taken), error)
            for one in taken:
                await self._commit([one])
        except BaseException as error:  # cancelled at shutdown, or a bug: say what it was
            _fail(taken, StoreError(f"write failed: {type(error).__name__}: {error}"))
            raise
        else:
            for (_, future), row_id in zip(taken, ids, strict=True):
                if not future.done():
                    future.set_result(row_id)


def _fail(taken: list[tuple[Row, asyncio.Future[int]]], error: StoreError) -> None:
    for _, future in taken:
        if not future.done():
            # Each caller raises its own exception object (tracebacks are per raise).
            copy = type(error)(str(error))
            copy.__cause__ = error.__cause__
            future.set_exception(copy)
