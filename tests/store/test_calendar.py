"""Schedules, questions of the day and team answers in a real SQLite file."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from bot.engine.schedule import ScheduleError
from bot.store import (
    QotdAnswerRecord,
    QotdRecord,
    ScheduleRecord,
    Store,
    StoreError,
)
from tests.store.backends import Backend, reopened
from tests.store.helpers import T0, answer

SPEC = {"kind": "quiz", "set": "article", "questions": 5, "timing": {"zone": "UTC"}}


def schedule(
    scope: str = "guild-1", next_in: timedelta | None = timedelta(hours=1)
) -> ScheduleRecord:
    return ScheduleRecord(
        schedule_id=0,
        scope=scope,
        channel="chan-1",
        spec=SPEC,
        next_at=None if next_in is None else T0 + next_in,
        created_by="admin",
        created_at=T0,
    )


async def test_schedules_survive_reopening_the_database(backend: Backend) -> None:
    async with reopened(backend) as store:
        first = await store.add_schedule(schedule(), limit=25)
        second = await store.add_schedule(schedule("guild-2"), limit=25)
    async with reopened(backend) as store:
        saved = await store.schedules("guild-1")
        assert [s.schedule_id for s in saved] == [first]
        assert saved[0].spec == SPEC and saved[0].next_at == T0 + timedelta(hours=1)
        assert saved[0].enabled and saved[0].announced_at is None
        assert [s.schedule_id for s in await store.schedules()] == [first, second]


async def test_the_cap_refuses_the_next_schedule_and_keeps_the_others(store: Store) -> None:
    for _ in range(3):
        await store.add_schedule(schedule(), limit=3)
    with pytest.raises(ScheduleError, match="already has 3 schedules"):
        await store.add_schedule(schedule(), limit=3)
    assert len(await store.schedules("guild-1")) == 3
    await store.add_schedule(schedule("guild-2"), limit=3)  # the cap is per server


async def test_a_run_is_claimed_once(store: Store) -> None:
    sid = await store.add_schedule(schedule(), limit=25)
    planned = T0 + timedelta(hours=1)
    following = planned + timedelta(days=1)
    assert await store.advance_schedule(sid, planned, following, None)
    # A second process (or a restart) holding the old plan cannot start it again.
    assert not await store.advance_schedule(sid, planned, following, None)
    assert (await store.schedules())[0].next_at == following
    assert await store.advance_schedule(sid, following, following, announced_at=following)
    assert (await store.schedules())[0].announced_at == following
    assert await store.advance_schedule(sid, following, None, None)
    assert (await store.schedules())[0].next_at is None


async def test_disable_and_remove(store: Store) -> None:
    sid = await store.add_schedule(schedule(), limit=25)
    assert await store.disable_schedule(sid, "the channel is gone")
    assert not await store.disable_schedule(sid, "again")
    saved = (await store.schedules())[0]
    assert (saved.enabled, saved.note) == (False, "the channel is gone")
    # A disabled schedule is never moved on.
    assert not await store.advance_schedule(sid, saved.next_at, None, None)
    assert not await store.remove_schedule("guild-2", sid)  # another server's id
    assert await store.remove_schedule("guild-1", sid)
    assert await store.schedules() == []


async def test_a_spec_that_is_not_json_is_refused(store: Store) -> None:
    bad = dataclasses.replace(schedule(), spec={"when": T0})
    with pytest.raises(StoreError, match="plain JSON"):
        await store.add_schedule(bad, limit=25)


def qotd(qotd_id: str = "d1", day: date = date(2025, 3, 5), scope: str = "guild-1") -> QotdRecord:
    return QotdRecord(
        qotd_id=qotd_id,
        scope=scope,
        channel="chan-1",
        schedule_id=None,
        set_name="article",
        question_id="q1",
        day=day,
        opened_at=T0,
        closes_at=T0 + timedelta(hours=23),
        message_id="m1",
    )


def given(player: str, correct: bool, qotd_id: str = "d1", minutes: int = 5) -> QotdAnswerRecord:
    return QotdAnswerRecord(
        qotd_id,
        player,
        player.upper(),
        "Shoigu",
        correct,
        20 if correct else 0,
        T0 + timedelta(minutes=minutes),
    )


async def test_one_qotd_answer_per_player_and_it_counts_on_the_leaderboard(
    store: Store,
) -> None:
    await store.open_qotd(qotd())
    leaderboard_entry = answer("ann", session_id="d1", points=20)
    assert await store.record_qotd_answer(given("ann", True), leaderboard_entry)
    assert not await store.record_qotd_answer(given("ann", False, minutes=9), leaderboard_entry)
    assert await store.record_qotd_answer(
        given("ben", False, minutes=7), answer("ben", correct=False)
    )
    assert [(a.player_id, a.correct) for a in await store.qotd_answers("d1")] == [
        ("ann", True),
        ("ben", False),
    ]
    board = await store.leaderboard("guild-1", "all", T0)
    assert [(row.player_id, row.points) for row in board] == [("ann", 20), ("ben", 10)]


async def test_open_and_closed_questions_of_the_day(backend: Backend) -> None:
    async with reopened(backend) as store:
        await store.open_qotd(qotd("d1"))
        await store.open_qotd(qotd("d2", scope="guild-2"))
    async with reopened(backend) as store:
        assert [q.qotd_id for q in await store.qotds()] == ["d1", "d2"]
        assert (await store.qotds("guild-1"))[0] == qotd("d1")
        assert await store.close_qotd("d1") and not await store.close_qotd("d1")
        assert [q.qotd_id for q in await store.qotds()] == ["d2"]
        assert [q.closed for q in await store.qotds("guild-1", open_only=False)] == [True]


async def test_qotd_days_feed_the_daily_streak_and_are_forgotten(store: Store) -> None:
    for offset, right in [(0, True), (1, True), (2, False)]:
        qid = f"d{offset}"
        await store.open_qotd(qotd(qid, date(2025, 3, 5) + timedelta(days=offset)))
        await store.record_qotd_answer(given("ann", right, qid), answer("ann", session_id=qid))
    await store.open_qotd(qotd("other", scope="guild-2"))
    await store.record_qotd_answer(given("ann", True, "other"), answer("ann", scope="guild-2"))
    assert await store.qotd_days("guild-1", "ann") == [
        (date(2025, 3, 5), True),
        (date(2025, 3, 6), True),
        (date(2025, 3, 7), False),
    ]
    await store.forget_player("ann", "guild-1")
    assert await store.qotd_days("guild-1", "ann") == []
    assert await store.qotd_days("guild-2", "ann") == [(date(2025, 3, 5), True)]
    await store.forget_player("ann")
    assert await store.qotd_days("guild-2", "ann") == []


async def test_the_team_is_recorded_with_the_answer(store: Store, backend: Backend) -> None:
    await store.record_answer(dataclasses.replace(answer("ann"), team="owls"))
    await store.record_answer(answer("ben"))
    rows = await backend.rows("SELECT player_id, team FROM answers ORDER BY player_id")
    assert rows == [("ann", "owls"), ("ben", None)]
