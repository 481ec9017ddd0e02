from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.engine.schedule import (
    ScheduleError,
    Timing,
    first_run,
    parse_date,
    parse_days,
    parse_time,
    zone,
)

NEW_YORK = ZoneInfo("America/New_York")


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0, sec: int = 0) -> datetime:  # noqa: PLR0917
    return datetime(year, month, day, hour, minute, sec, tzinfo=UTC)


def test_daily_keeps_local_time_across_both_dst_changes() -> None:
    daily = Timing("America/New_York", time(20, 0), "daily")
    runs = []
    at = utc(2026, 3, 6, 12)
    for _ in range(4):
        run = daily.next_after(at)
        assert run is not None
        runs.append(run)
        at = run
    # 2026-03-08 is the spring-forward day: 20:00 EST is 01:00 UTC, 20:00 EDT is 00:00 UTC.
    assert [r.astimezone(NEW_YORK).strftime("%m-%d %H:%M") for r in runs] == [
        "03-06 20:00",
        "03-07 20:00",
        "03-08 20:00",
        "03-09 20:00",
    ]
    assert runs[1] - runs[0] == timedelta(hours=24)
    assert runs[2] - runs[1] == timedelta(hours=23)
    autumn = daily.next_after(utc(2026, 11, 1, 12))
    assert autumn == utc(2026, 11, 2, 1)  # 20:00 EST after the change on Nov 1


def test_a_skipped_wall_time_runs_after_the_jump_and_a_doubled_one_runs_once() -> None:
    skipped = Timing("America/New_York", time(2, 30), "daily")
    run = skipped.next_after(utc(2026, 3, 8, 0))
    assert run == utc(2026, 3, 8, 7, 30)
    assert run.astimezone(NEW_YORK).strftime("%H:%M") == "03:30"

    doubled = Timing("America/New_York", time(1, 30), "daily")
    first = doubled.next_after(utc(2026, 11, 1, 0))
    assert first == utc(2026, 11, 1, 5, 30)  # 01:30 EDT, the first of the two
    second = doubled.next_after(first)
    assert second is not None and second.date() == date(2026, 11, 2)


def test_weekly_on_given_days_in_a_southern_zone() -> None:
    weekly = Timing("Australia/Sydney", time(9, 0), "weekly", days=parse_days("mon, fri"))
    at = utc(2026, 4, 1)  # a Wednesday; Sydney leaves daylight saving on 2026-04-05
    seen = []
    for _ in range(3):
        run = weekly.next_after(at)
        assert run is not None
        seen.append(run.astimezone(ZoneInfo("Australia/Sydney")).strftime("%a %d %H:%M"))
        at = run
    assert seen == ["Fri 03 09:00", "Mon 06 09:00", "Fri 10 09:00"]


def test_zones_ahead_of_utc_run_on_their_own_calendar_day() -> None:
    tokyo = Timing("Asia/Tokyo", time(8, 0), "weekly", days=frozenset({0}))
    # Monday 08:00 in Tokyo is Sunday 23:00 UTC.
    assert tokyo.next_after(utc(2026, 6, 6)) == utc(2026, 6, 7, 23)
    assert tokyo.last_at_or_before(utc(2026, 6, 7, 23)) == utc(2026, 6, 7, 23)


def test_once_runs_once_and_a_past_one_off_is_refused() -> None:
    once = Timing("Europe/Paris", time(21, 0), "once", day=date(2026, 7, 14))
    run = first_run(once, utc(2026, 7, 1))
    assert run == utc(2026, 7, 14, 19)
    assert once.next_after(run) is None
    with pytest.raises(ScheduleError, match="already passed"):
        first_run(once, utc(2026, 7, 14, 19, 0, 1))


BAD_ZONES = ["Mars/Olympus", "", "../../etc/passwd", "/etc/localtime", "utc+2"]


@pytest.mark.parametrize("name", BAD_ZONES)
def test_unknown_time_zones_are_refused_clearly(name: str) -> None:
    with pytest.raises(ScheduleError, match="unknown time zone"):
        zone(name)
    with pytest.raises(ScheduleError, match="unknown time zone"):
        Timing(name, time(1, 0), "daily")


def test_parsing_times_dates_and_days() -> None:
    assert parse_time("7:05") == time(7, 5) and parse_time("20h30") == time(20, 30)
    assert parse_time("20:00:30") == time(20, 0, 30)
    for bad in ("24:00", "12:60", "noon", "1230", ""):
        with pytest.raises(ScheduleError, match="time of day"):
            parse_time(bad)
    assert parse_date("2026-12-24") == date(2026, 12, 24)
    for bad in ("2026-02-30", "24/12/2026", "tomorrow"):
        with pytest.raises(ScheduleError, match="is not a date"):
            parse_date(bad)
    assert parse_days("weekdays") == frozenset(range(5))
    assert parse_days("Tues,thursday sat") == frozenset({1, 3, 5})
    for bad in ("funday", "mo", "mondays"):
        with pytest.raises(ScheduleError, match="not a day of the week"):
            parse_days(bad)
    with pytest.raises(ScheduleError, match="at least one day"):
        Timing("UTC", time(1, 0), "weekly")


def test_descriptions_name_the_zone() -> None:
    weekly = Timing("Europe/Berlin", time(19, 30), "weekly", days=frozenset({4, 0}))
    assert weekly.describe() == "weekly on mon, fri at 19:30 Europe/Berlin"
