"""Time sources for front-ends. The engine never reads a clock; its callers use one of these."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never goes back; what sessions are timed with."""
        ...

    def wall(self) -> datetime:
        """The current time as an aware UTC datetime; what records are stamped with."""
        ...

    async def sleep_until(self, deadline: float) -> None:
        """Return once `monotonic()` has reached `deadline`; what game timers wait on."""
        ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> datetime:
        return datetime.now(UTC)

    async def sleep_until(self, deadline: float) -> None:
        await asyncio.sleep(max(deadline - time.monotonic(), 0.0))


class ManualClock:
    """A clock that moves only when told to, for tests and benchmarks: a whole game runs
    in no real time, its timers firing as `advance` (or `advance_to`) passes them."""

    def __init__(self, start_wall: datetime, start_monotonic: float = 1000.0) -> None:
        if start_wall.tzinfo is None:
            raise ValueError("start_wall must be timezone-aware")
        self._wall = start_wall
        self._monotonic = start_monotonic
        self._moved = asyncio.Event()

    def monotonic(self) -> float:
        return self._monotonic

    def wall(self) -> datetime:
        return self._wall

    def advance(self, seconds: float) -> None:
        self._monotonic += seconds
        self._wall += timedelta(seconds=seconds)
        # Wake every sleeper to look at the new time; the next move gets a fresh event.
        moved, self._moved = self._moved, asyncio.Event()
        moved.set()

    async def sleep_until(self, deadline: float) -> None:
        while self._monotonic < deadline:
            await self._moved.wait()


def wall_time_of(clock: Clock, monotonic_at: float) -> datetime:
    """The wall time at which the monotonic instant `monotonic_at` happened."""
    return clock.wall() - timedelta(seconds=clock.monotonic() - monotonic_at)
