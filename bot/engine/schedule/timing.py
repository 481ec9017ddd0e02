"""When a scheduled event runs: a local time in an IANA time zone, once, daily or weekly.

All arithmetic is done on the local calendar and converted to UTC per run, so a
daily 20:00 stays at 20:00 local across daylight-saving changes. A local time that
does not exist on a spring-forward day runs at the same offset from midnight as
the clocks show after the jump (02:30 becomes 03:30); a time that happens twice
on a fall-back day runs once, at the first of the two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.engine.errors import QuizError

Repeat = Literal["once", "daily", "weekly"]
REPEATS: tuple[Repeat, ...] = ("once", "daily", "weekly")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_FULL_DAYS = dict(zip(WEEKDAYS, _DAY_NAMES, strict=True))
_TIME = re.compile(r"^\s*(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*$")
_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


class ScheduleError(QuizError):
    """A schedule that cannot be made or kept; the message says what is wrong."""


def zone(name: str) -> ZoneInfo:
    """The IANA zone called `name` ("Europe/Paris", "UTC"), or a clear ScheduleError."""
    cleaned = name.strip()
    # ZoneInfo also accepts file paths; only plain zone names are wanted here.
    if not cleaned or cleaned.startswith(("/", ".")) or ".." in cleaned or "\\" in cleaned:
        raise ScheduleError(f"unknown time zone {name!r}: use a name like Europe/Paris or UTC")
    try:
        return ZoneInfo(cleaned)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ScheduleError(
            f"unknown time zone {name!r}: use a name like Europe/Paris, America/New_York or UTC"
        ) from None


def parse_time(text: str) -> time:
    """A clock time, "20:00" or "7:05" (seconds may follow: "20:00:30")."""
    match = _TIME.match(text)
    hour, minute = (int(match.group(1)), int(match.group(2))) if match else (-1, -1)
    second = int(match.group(3) or 0) if match else 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59):
        raise ScheduleError(f"time {text!r} is not a time of day like 20:00 or 07:30")
    return time(hour, minute, second)


def parse_date(text: str) -> date:
    match = _DATE.match(text)
    try:
        if match is None:
            raise ValueError
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        raise ScheduleError(f"date {text!r} is not a date like 2026-12-24") from None


def parse_days(text: str) -> frozenset[int]:
    """Weekdays from "mon,wed,fri" (Monday is 0); "weekdays" and "weekend" are understood."""
    days: set[int] = set()
    for part in re.split(r"[\s,]+", text.strip().casefold()):
        if not part:
            continue
        if part == "weekdays":
            days |= {0, 1, 2, 3, 4}
        elif part in ("weekend", "weekends"):
            days |= {5, 6}
        elif len(part) >= 3 and part[:3] in WEEKDAYS and _FULL_DAYS[part[:3]].startswith(part):
            days.add(WEEKDAYS.index(part[:3]))
        else:
            raise ScheduleError(f"{part!r} is not a day of the week (use mon, tue, ... sun)")
    if not days:
        raise ScheduleError("a weekly schedule needs at least one day, like mon or fri")
    return frozenset(days)


@dataclass(frozen=True, slots=True)
class Timing:
    """A run time: `at` local time in `zone_name`; `day` for once, `days` (0=Mon) for weekly."""

    zone_name: str
    at: time
    repeat: Repeat
    day: date | None = None
    days: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        zone(self.zone_name)
        if self.repeat not in REPEATS:
            raise ScheduleError(f"repeat must be one of {', '.join(REPEATS)}, not {self.repeat!r}")
        if self.repeat == "once" and self.day is None:
            raise ScheduleError("a one-off schedule needs a date")
        if self.repeat == "weekly" and not self.days:
            raise ScheduleError("a weekly schedule needs at least one day, like mon or fri")
        if self.days and not self.days <= frozenset(range(7)):
            raise ScheduleError("weekdays are numbered 0 (Monday) to 6 (Sunday)")

    @property
    def tz(self) -> ZoneInfo:
        return zone(self.zone_name)

    def describe(self) -> str:
        clock = self.at.strftime("%H:%M")
        if self.repeat == "once":
            assert self.day is not None
            return f"once on {self.day.isoformat()} at {clock} {self.zone_name}"
        if self.repeat == "daily":
            return f"daily at {clock} {self.zone_name}"
        names = ", ".join(WEEKDAYS[d] for d in sorted(self.days))
        return f"weekly on {names} at {clock} {self.zone_name}"

    def run_on(self, day: date) -> datetime | None:
        """The UTC instant this timing runs on local date `day`, or None if not that day."""
        if self.repeat == "once" and day != self.day:
            return None
        if self.repeat == "weekly" and day.weekday() not in self.days:
            return None
        return local_instant(day, self.at, self.tz)

    def next_after(self, instant: datetime) -> datetime | None:
        """The first run strictly after `instant` (aware), or None if there is none."""
        if self.repeat == "once":
            assert self.day is not None
            single = local_instant(self.day, self.at, self.tz)
            return single if single > instant else None
        start = instant.astimezone(self.tz).date() - timedelta(days=1)
        for offset in range(9):
            run = self.run_on(start + timedelta(days=offset))
            if run is not None and run > instant:
                return run
        return None

    def last_at_or_before(self, instant: datetime) -> datetime | None:
        """The latest run at or before `instant`, or None if there is none."""
        if self.repeat == "once":
            assert self.day is not None
            single = local_instant(self.day, self.at, self.tz)
            return single if single <= instant else None
        start = instant.astimezone(self.tz).date() + timedelta(days=1)
        for offset in range(9):
            run = self.run_on(start - timedelta(days=offset))
            if run is not None and run <= instant:
                return run
        return None


def local_instant(day: date, at: time, tz: ZoneInfo) -> datetime:
    """Local wall time to UTC; a time skipped by a spring-forward jump moves forward."""
    # fold=0 reads a repeated wall time as its first occurrence, and a skipped one with
    # the offset from before the jump, which lands as far past the jump (02:30 -> 03:30).
    return datetime.combine(day, at).replace(tzinfo=tz, fold=0).astimezone(UTC)
