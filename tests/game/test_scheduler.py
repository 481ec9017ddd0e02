"""The scheduler on a manual clock against a real SQLite file: runs, restarts, skips,
turning a schedule off, and only the servers this process owns."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from bot.engine.schedule import Repeat, ScheduleError, Timing
from bot.game import ManualClock
from bot.game.schedules import DisabledError, Scheduler, ScheduleSpec
from bot.store import ScheduleRecord, SqliteStore, Store

START = datetime(2026, 3, 27, 17, 0, tzinfo=UTC)  # a Friday; Paris is at UTC+1 until Sunday


class Host:
    """Records what the scheduler asked for; `broken` schedules cannot run."""

    def __init__(self, owned: set[str]) -> None:
        self.owned = owned
        self.runs: list[tuple[int, datetime]] = []
        self.announced: list[tuple[int, datetime]] = []
        self.disabled_notes: list[tuple[int, str]] = []
        self.broken: set[int] = set()

    def owns(self, scope: str) -> bool:
        return scope in self.owned

    async def announce(self, record: ScheduleRecord, spec: ScheduleSpec, run_at: datetime) -> None:
        self.announced.append((record.schedule_id, run_at))

    async def run(self, record: ScheduleRecord, spec: ScheduleSpec, run_at: datetime) -> None:
        if record.schedule_id in self.broken:
            raise DisabledError("its set quiz-night was removed")
        self.runs.append((record.schedule_id, run_at))

    async def disabled(self, record: ScheduleRecord, reason: str) -> None:
        self.disabled_notes.append((record.schedule_id, reason))


def spec(repeat: Repeat = "daily", at: time = time(19, 0), lead: int = 0) -> ScheduleSpec:
    fridays = frozenset({4}) if repeat == "weekly" else frozenset()
    timing = Timing("Europe/Paris", at, repeat, days=fridays)
    return ScheduleSpec("quiz", timing, set_name="quiz-night", questions=5, lead_minutes=lead)


async def add(store: Store, made: ScheduleSpec, scope: str = "g1", now: datetime = START) -> int:
    first = made.timing.next_after(now)
    record = ScheduleRecord(0, scope, "c1", made.to_json(), first, "admin", now)
    return await store.add_schedule(record, 25)


@pytest.fixture
async def store(tmp_path: Path) -> Store:
    return await SqliteStore.open(tmp_path / "scores.db")


async def test_a_daily_quiz_runs_once_a_day_across_the_dst_change(store: Store) -> None:
    clock = ManualClock(START)
    host = Host({"g1"})
    sid = await add(store, spec())
    scheduler = Scheduler(store, clock, host)
    wake = await scheduler.tick()
    assert wake == datetime(2026, 3, 27, 18, 0, tzinfo=UTC) and host.runs == []
    for _ in range(3):
        assert wake is not None
        clock.advance((wake - clock.wall()).total_seconds())
        wake = await scheduler.tick()
        await scheduler.tick()  # asking again at the same moment starts nothing twice
    # 19:00 in Paris: 18:00 UTC before the change on Sunday 29 March, 17:00 UTC after it.
    assert host.runs == [
        (sid, datetime(2026, 3, 27, 18, 0, tzinfo=UTC)),
        (sid, datetime(2026, 3, 28, 18, 0, tzinfo=UTC)),
        (sid, datetime(2026, 3, 29, 17, 0, tzinfo=UTC)),
    ]
    await store.close()


async def test_a_restart_before_the_time_still_runs_once(store: Store, tmp_path: Path) -> None:
    clock = ManualClock(START)
    sid = await add(store, spec())
    await store.close()
    clock.advance(3600 + 5 * 60)  # the bot was down at 18:00 UTC and is back 5 minutes late
    runs = []
    for _ in range(2):  # two processes in turn (or a restart) see the same due run
        reopened = await SqliteStore.open(tmp_path / "scores.db")
        host = Host({"g1"})
        await Scheduler(reopened, clock, host).tick()
        await reopened.close()
        runs.append(host.runs)
    assert runs == [[(sid, datetime(2026, 3, 27, 18, 0, tzinfo=UTC))], []]


async def test_a_run_missed_by_more_than_the_grace_is_skipped(store: Store) -> None:
    clock = ManualClock(START + timedelta(hours=1, minutes=11))
    host = Host({"g1"})
    await add(store, spec())
    wake = await Scheduler(store, clock, host).tick()
    assert host.runs == []
    assert wake == datetime(2026, 3, 28, 18, 0, tzinfo=UTC)
    [saved] = await store.schedules()
    assert saved.enabled and saved.next_at == wake


async def test_announcement_then_run(store: Store) -> None:
    clock = ManualClock(START)
    host = Host({"g1"})
    sid = await add(store, spec(lead=10))
    scheduler = Scheduler(store, clock, host)
    wake = await scheduler.tick()
    assert wake == datetime(2026, 3, 27, 17, 50, tzinfo=UTC)
    clock.advance(50 * 60)
    await scheduler.tick()
    await scheduler.tick()
    assert host.announced == [(sid, datetime(2026, 3, 27, 18, 0, tzinfo=UTC))]
    clock.advance(10 * 60)
    await scheduler.tick()
    assert len(host.runs) == 1 and len(host.announced) == 1


async def test_a_schedule_that_cannot_run_is_turned_off_once(store: Store) -> None:
    clock = ManualClock(START + timedelta(hours=1))
    host = Host({"g1"})
    sid = await add(store, spec())
    host.broken.add(sid)
    scheduler = Scheduler(store, clock, host)
    await scheduler.tick()
    clock.advance(86400)
    await scheduler.tick()
    assert host.disabled_notes == [(sid, "its set quiz-night was removed")]
    [saved] = await store.schedules()
    assert not saved.enabled and saved.note == "its set quiz-night was removed"


async def test_only_the_servers_this_process_owns(store: Store) -> None:
    clock = ManualClock(START + timedelta(hours=1))
    mine, theirs = Host({"g1"}), Host({"g2"})
    first = await add(store, spec(), scope="g1")
    second = await add(store, spec(), scope="g2")
    await Scheduler(store, clock, mine).tick()
    await Scheduler(store, clock, theirs).tick()
    assert [sid for sid, _ in mine.runs] == [first]
    assert [sid for sid, _ in theirs.runs] == [second]


async def test_a_one_off_is_removed_after_it_ran(store: Store) -> None:
    clock = ManualClock(START)
    once = ScheduleSpec(
        "quiz", Timing("UTC", time(17, 30), "once", day=START.date()), set_name="quiz-night"
    )
    await add(store, once)
    clock.advance(30 * 60)
    await Scheduler(store, clock, Host({"g1"})).tick()
    assert await store.schedules() == []


def test_a_spec_reads_back_what_it_wrote() -> None:
    made = spec("weekly", lead=15)
    assert ScheduleSpec.from_json(made.to_json()) == made
    with pytest.raises(ScheduleError, match="cannot be read"):
        ScheduleSpec.from_json({"kind": "quiz"})
    with pytest.raises(ScheduleError, match="unknown schedule kind"):
        ScheduleSpec.from_json({**made.to_json(), "kind": "party"})
