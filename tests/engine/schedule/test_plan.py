from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from bot.engine.schedule import ScheduleError, Timing, check_lead, check_room, decide

DAILY = Timing("Europe/London", time(18, 0), "daily")
TODAY = datetime(2026, 1, 10, 18, 0, tzinfo=UTC)  # 18:00 in London in winter
MIN = timedelta(minutes=1)


def test_waits_until_due_then_runs_and_plans_the_next_day() -> None:
    early = decide(DAILY, TODAY, TODAY - MIN)
    assert (early.action, early.wake_at, early.next_at) == ("wait", TODAY, TODAY)
    due = decide(DAILY, TODAY, TODAY)
    assert (due.action, due.run_at, due.late_by, due.missed) == ("run", TODAY, timedelta(0), 0)
    assert due.next_at == TODAY + timedelta(days=1)
    # Asked again with the stored next run, nothing happens twice.
    assert decide(DAILY, due.next_at, TODAY + MIN).action == "wait"


def test_a_run_missed_by_less_than_the_grace_starts_late_once() -> None:
    late = decide(DAILY, TODAY, TODAY + 9 * MIN)
    assert (late.action, late.late_by) == ("run", 9 * MIN)
    assert decide(DAILY, late.next_at, TODAY + 10 * MIN).action == "wait"


def test_a_run_missed_by_more_than_the_grace_is_skipped_and_the_next_planned() -> None:
    skipped = decide(DAILY, TODAY, TODAY + 11 * MIN)
    assert (skipped.action, skipped.run_at) == ("skip", TODAY)
    assert skipped.next_at == TODAY + timedelta(days=1)
    custom = decide(DAILY, TODAY, TODAY + 11 * MIN, grace=timedelta(minutes=15))
    assert custom.action == "run"


def test_after_days_of_downtime_only_the_latest_run_may_start() -> None:
    three_days_on = TODAY + timedelta(days=3, minutes=4)
    decision = decide(DAILY, TODAY, three_days_on)
    assert decision.action == "run" and decision.run_at == TODAY + timedelta(days=3)
    assert decision.missed == 3
    assert decision.next_at == TODAY + timedelta(days=4)
    long_gone = decide(DAILY, TODAY, TODAY + timedelta(days=3, hours=2))
    assert (long_gone.action, long_gone.missed) == ("skip", 3)
    assert long_gone.next_at == TODAY + timedelta(days=4)


def test_a_one_off_is_used_up_after_running_or_being_skipped() -> None:
    once = Timing("UTC", time(18, 0), "once", day=date(2026, 1, 10))
    ran = decide(once, TODAY, TODAY + MIN)
    assert (ran.action, ran.next_at, ran.wake_at) == ("run", None, None)
    skipped = decide(once, TODAY, TODAY + timedelta(hours=5))
    assert (skipped.action, skipped.next_at) == ("skip", None)
    assert decide(once, None, TODAY).action == "finished"


def test_announcement_lead_time() -> None:
    lead = timedelta(minutes=5)
    before = decide(DAILY, TODAY, TODAY - 10 * MIN, lead=lead)
    assert (before.action, before.wake_at) == ("wait", TODAY - lead)
    announce = decide(DAILY, TODAY, TODAY - 4 * MIN, lead=lead)
    assert (announce.action, announce.run_at, announce.next_at) == ("announce", TODAY, TODAY)
    after = decide(DAILY, TODAY, TODAY - 4 * MIN, lead=lead, announced=True)
    assert (after.action, after.wake_at) == ("wait", TODAY)
    assert decide(DAILY, TODAY, TODAY, lead=lead, announced=True).action == "run"
    # A bot that was down during the lead time starts the run without announcing it.
    assert decide(DAILY, TODAY, TODAY + MIN, lead=lead).action == "run"


def test_caps_and_limits() -> None:
    check_room(24)
    for existing in (25, 500):
        with pytest.raises(ScheduleError, match="the most it can have is 25"):
            check_room(existing)
    check_lead(timedelta(minutes=30))
    for bad in (timedelta(minutes=-1), timedelta(hours=3)):
        with pytest.raises(ScheduleError, match="0 to 120 minutes"):
            check_lead(bad)
