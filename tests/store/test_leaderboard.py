"""Leaderboards: periods at their exact boundaries, ties, scopes, names."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from bot.store import Store, StoreError, period_end, period_start
from tests.store.helpers import T0, answer


def utc(  # noqa: PLR0917 - mirrors datetime()
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0, us: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, us, tzinfo=UTC)


async def board(store: Store, period: str, now: datetime) -> list[tuple[str, int]]:
    rows = await store.leaderboard("guild-1", period, now)  # type: ignore[arg-type]
    return [(row.player_id, row.points) for row in rows]


async def test_week_turns_over_at_monday_midnight_utc(store: Store) -> None:
    await store.record_answer(answer("sunday", points=5, at=utc(2025, 3, 9, 23, 59, 59, 999999)))
    await store.record_answer(answer("monday", points=3, at=utc(2025, 3, 10, 0, 0, 0)))
    assert await board(store, "week", utc(2025, 3, 10)) == [("monday", 3)]
    assert await board(store, "week", utc(2025, 3, 9, 23, 59, 59)) == [("sunday", 5)]
    assert await board(store, "week", utc(2025, 3, 3)) == [("sunday", 5)]
    assert await board(store, "all", utc(2025, 3, 10)) == [("sunday", 5), ("monday", 3)]


async def test_month_turns_over_at_the_first_even_inside_one_week(store: Store) -> None:
    # Friday 31 January and Saturday 1 February 2025 share an ISO week.
    await store.record_answer(answer("january", points=7, at=utc(2025, 1, 31, 23, 59, 59)))
    await store.record_answer(answer("february", points=2, at=utc(2025, 2, 1)))
    assert await board(store, "month", utc(2025, 2, 1)) == [("february", 2)]
    assert await board(store, "month", utc(2025, 1, 31, 23, 59, 59)) == [("january", 7)]
    assert await board(store, "week", utc(2025, 2, 1)) == [("january", 7), ("february", 2)]


async def test_year_boundary_week_spans_years_month_does_not(store: Store) -> None:
    await store.record_answer(answer("sun-29", points=1, at=utc(2024, 12, 29, 23, 0)))
    await store.record_answer(answer("tue-31", points=4, at=utc(2024, 12, 31, 23, 59, 59)))
    await store.record_answer(answer("wed-1", points=2, at=utc(2025, 1, 1)))
    now = utc(2025, 1, 1, 12)
    assert await board(store, "week", now) == [("tue-31", 4), ("wed-1", 2)]
    assert await board(store, "month", now) == [("wed-1", 2)]
    assert await board(store, "month", utc(2024, 12, 31, 23, 59, 59)) == [
        ("tue-31", 4),
        ("sun-29", 1),
    ]


async def test_now_in_another_timezone_is_read_as_utc(store: Store) -> None:
    await store.record_answer(answer("late", points=1, at=utc(2025, 3, 9, 23, 0)))
    plus_two = timezone(timedelta(hours=2))
    # 01:30 on Monday in UTC+2 is still Sunday in UTC: last week's board.
    assert await board(store, "week", datetime(2025, 3, 10, 1, 30, tzinfo=plus_two)) == [
        ("late", 1)
    ]


def test_period_bounds() -> None:
    now = utc(2024, 2, 29, 15, 30)  # leap day, a Thursday
    assert period_start("week", now) == utc(2024, 2, 26)
    assert period_end("week", now) == utc(2024, 3, 4)
    assert period_start("month", now) == utc(2024, 2, 1)
    assert period_end("month", now) == utc(2024, 3, 1)
    assert period_end("month", utc(2024, 12, 31)) == utc(2025, 1, 1)
    assert period_start("all", now) is None and period_end("all", now) is None


async def test_equal_points_share_a_rank_and_order_within_is_documented(store: Store) -> None:
    await store.record_answer(answer("top", points=30))
    # Three players on 20: b has more right answers; c and a tie on both, a guessed less.
    await store.record_answer(answer("b", points=10))
    await store.record_answer(answer("b", question_id="q2", points=10))
    await store.record_answer(answer("c", points=0, correct=False, question_id="q2"))
    await store.record_answer(answer("c", points=0, correct=False, question_id="q2"))
    await store.record_answer(answer("c", points=20))
    await store.record_answer(answer("a", points=20))
    await store.record_answer(answer("zero", points=0, correct=False))
    rows = await store.leaderboard("guild-1", "all", T0)
    assert [(r.rank, r.player_id, r.points, r.correct, r.answered) for r in rows] == [
        (1, "top", 30, 1, 1),
        (2, "b", 20, 2, 2),
        (2, "a", 20, 1, 1),
        (2, "c", 20, 1, 2),  # three guesses at two questions
        (5, "zero", 0, 0, 1),
    ]
    week = await store.leaderboard("guild-1", "week", T0)
    assert [(r.rank, r.player_id) for r in week] == [(r.rank, r.player_id) for r in rows]
    assert [r.player_id for r in await store.leaderboard("guild-1", "all", T0, limit=2)] == [
        "top",
        "b",
    ]


async def test_scopes_are_separate(store: Store) -> None:
    await store.record_answer(answer("p1", scope="guild-1", points=5))
    await store.record_answer(answer("p1", scope="guild-2", points=9))
    assert [r.points for r in await store.leaderboard("guild-1", "all", T0)] == [5]
    assert [r.points for r in await store.leaderboard("guild-2", "month", T0)] == [9]
    assert await store.leaderboard("guild-3", "all", T0) == []


async def test_latest_name_by_answer_time_wins(store: Store) -> None:
    await store.record_answer(answer("p1", name="Old", at=T0))
    await store.record_answer(answer("p1", name="New", at=T0 + timedelta(minutes=1)))
    # A late-arriving write of an earlier answer does not bring the old name back.
    await store.record_answer(answer("p1", name="Older", at=T0 - timedelta(days=1)))
    assert (await store.leaderboard("guild-1", "all", T0))[0].name == "New"


async def test_bad_period_and_naive_time_are_clear_errors(store: Store) -> None:
    with pytest.raises(StoreError, match="unknown period 'year'"):
        await store.leaderboard("guild-1", "year", T0)  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="no timezone"):
        await store.leaderboard("guild-1", "week", datetime(2025, 1, 1))
    with pytest.raises(StoreError, match="no timezone"):
        await store.record_answer(answer(at=datetime(2025, 1, 1)))
    assert await store.leaderboard("guild-1", "all", T0) == []


async def test_limits_must_be_positive(store: Store) -> None:
    await store.record_answer(answer("p1"))
    for bad in (0, -1):
        with pytest.raises(StoreError, match="limit must be a positive number"):
            await store.leaderboard("guild-1", "all", T0, limit=bad)
        with pytest.raises(StoreError, match="limit must be a positive number"):
            await store.question_stats(limit=bad)
        with pytest.raises(StoreError, match="limit must be a positive number"):
            await store.due_cards("guild-1", "p1", T0, limit=bad)
    assert (await store.player_stats("guild-1", "p1", weakest=0)).weakest == ()
