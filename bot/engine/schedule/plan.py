"""What a schedule should do now: wait, announce, run, or skip a run missed for too long.

The caller stores `next_at` (the planned run, UTC) with the schedule and asks
`decide` whenever it wakes. It must store the decision's new `next_at` before it
starts the run, so a crash or restart can never start the same run twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from bot.engine.schedule.timing import ScheduleError, Timing

Action = Literal["wait", "announce", "run", "skip", "finished"]

DEFAULT_GRACE = timedelta(minutes=10)
MAX_LEAD = timedelta(hours=2)
MAX_SCHEDULES = 25


@dataclass(frozen=True, slots=True)
class Decision:
    action: Action
    # The run this decision is about (announce/run/skip); None for wait and finished.
    run_at: datetime | None
    # The planned run once this decision is carried out; None: the schedule is used up.
    next_at: datetime | None
    # When to ask again (None: never, the schedule is used up).
    wake_at: datetime | None
    # How late the run starts (run), or how long ago the skipped one was due (skip).
    late_by: timedelta = timedelta(0)
    # Earlier runs that were due while nobody was watching and were not started.
    missed: int = 0


def first_run(timing: Timing, now: datetime) -> datetime:
    """The first run of a new schedule; a one-off whose time has passed is refused."""
    run = timing.next_after(now)
    if run is None:
        raise ScheduleError(f"{timing.describe()} has already passed; pick a time in the future")
    return run


def check_room(existing: int, limit: int = MAX_SCHEDULES) -> None:
    if existing >= limit:
        raise ScheduleError(
            f"this server already has {existing} schedules, the most it can have is {limit}; "
            "remove one first"
        )


def check_lead(lead: timedelta) -> None:
    if lead < timedelta(0) or lead > MAX_LEAD:
        raise ScheduleError("an announcement goes out 0 to 120 minutes before the start")


def decide(
    timing: Timing,
    next_at: datetime | None,
    now: datetime,
    *,
    announced: bool = False,
    grace: timedelta = DEFAULT_GRACE,
    lead: timedelta = timedelta(0),
) -> Decision:
    """What to do at `now` about the run planned for `next_at` (`announced`: already was)."""
    if next_at is None:
        return Decision("finished", None, None, None)
    if now < next_at:
        announce_at = next_at - lead
        if lead > timedelta(0) and not announced:
            if now >= announce_at:
                return Decision("announce", next_at, next_at, next_at)
            return Decision("wait", None, next_at, announce_at)
        return Decision("wait", None, next_at, next_at)
    latest = timing.last_at_or_before(now)
    if latest is None or latest < next_at:
        latest = next_at
    missed = _count_between(timing, next_at, latest)
    late_by = now - latest
    if late_by <= grace:
        following = timing.next_after(latest)
        return Decision("run", latest, following, following, late_by, missed)
    following = timing.next_after(now)
    return Decision("skip", latest, following, following, late_by, missed)


def _count_between(timing: Timing, first: datetime, last: datetime, cap: int = 10_000) -> int:
    """Runs from `first` up to (not including) `last`: the ones nobody will start."""
    count = 0
    current: datetime | None = first
    while current is not None and current < last and count < cap:
        count += 1
        current = timing.next_after(current)
    return count
