"""Time sources for front-ends. The engine never reads a clock; its callers use one of these."""

from __future__ import annotations

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


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> datetime:
        return datetime.now(UTC)


class ManualClock:
    """A clock that moves only when told to, for tests and benchmarks."""

    def __init__(self, start_wall: datetime, start_monotonic: float = 1000.0) -> None:
        if start_wall.tzinfo is None:
            raise ValueError("start_wall must be timezone-aware")
        self._wall = start_wall
        self._monotonic = start_monotonic

    def monotonic(self) -> float:
        return self._monotonic

    def wall(self) -> datetime:
        return self._wall

    def advance(self, seconds: float) -> None:
        self._monotonic += seconds
        self._wall += timedelta(seconds=seconds)


def wall_time_of(clock: Clock, monotonic_at: float) -> datetime:
    """The wall time at which the monotonic instant `monotonic_at` happened."""
    return clock.wall() - timedelta(seconds=clock.monotonic() - monotonic_at)
