"""Scheduled events: run times in IANA time zones, and what to do when one is due."""

from bot.engine.schedule.plan import (
    DEFAULT_GRACE,
    MAX_SCHEDULES,
    Action,
    Decision,
    check_lead,
    check_room,
    decide,
    first_run,
)
from bot.engine.schedule.timing import (
    REPEATS,
    WEEKDAYS,
    Repeat,
    ScheduleError,
    Timing,
    local_instant,
    parse_date,
    parse_days,
    parse_time,
    zone,
)

__all__ = [
    "DEFAULT_GRACE",
    "MAX_SCHEDULES",
    "REPEATS",
    "WEEKDAYS",
    "Action",
    "Decision",
    "Repeat",
    "ScheduleError",
    "Timing",
    "check_lead",
    "check_room",
    "decide",
    "first_run",
    "local_instant",
    "parse_date",
    "parse_days",
    "parse_time",
    "zone",
]
