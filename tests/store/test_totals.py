"""The totals kept on write give exactly the boards a full count of the answers gives."""

from __future__ import annotations

import asyncio
import random
from collections import defaultdict
from datetime import datetime, timedelta

from bot.store import AnswerRecord, LeaderboardRow, Period, Store, StoreError, period_start
from tests.store.backends import Backend
from tests.store.helpers import T0, answer


def counted_board(
    records: list[AnswerRecord], period: Period, now: datetime
) -> list[tuple[str, int, int, int]]:
    """The board by brute force: (player, points, questions right, questions)."""
    start = period_start(period, now)
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    seen: set[tuple[str, str, str, str]] = set()
    right: set[tuple[str, str, str, str]] = set()
    for record in records:  # in the order they were stored
        key = (record.player_id, record.session_id, record.set_name, record.question_id)
        in_period = start is None or period_start(period, record.answered_at) == start
        if in_period:
            row = sums[record.player_id]
            row[0] += record.points
            row[1] += record.correct
            row[2] += 1
            row[3] += key not in seen
            row[4] += record.correct and key not in right
        seen.add(key)
        if record.correct:
            right.add(key)
    ordered = sorted(sums.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[1][2], kv[0]))
    return [(player, s[0], s[4], s[3]) for player, s in ordered[:10]]


def shown(rows: list[LeaderboardRow]) -> list[tuple[str, int, int, int]]:
    return [(r.player_id, r.points, r.correct, r.answered) for r in rows]


async def test_boards_match_a_full_count(store: Store) -> None:
    rng = random.Random(7)
    records = []
    for n in range(400):
        correct = rng.random() < 0.5
        records.append(
            answer(
                f"p{rng.randrange(14)}",
                session_id=f"s{rng.randrange(6)}",
                question_id=f"q{rng.randrange(5)}",
                correct=correct,
                points=rng.randrange(1, 9) if correct else 0,
                # Around the turn of a week and of a month (Monday 31 March 2025).
                at=T0 + timedelta(days=25, hours=rng.randrange(0, 24 * 12), seconds=n),
            )
        )
    for record in records[:150]:
        await store.record_answer(record)
    await store.record_answers(records[150:])
    for now in (T0 + timedelta(days=26), T0 + timedelta(days=27), T0 + timedelta(days=33)):
        for period in ("all", "week", "month"):
            board = await store.leaderboard("guild-1", period, now)
            assert shown(board) == counted_board(records, period, now), (period, now)


async def test_answers_written_at_once_add_up_as_if_one_by_one(store: Store) -> None:
    """Many writers at once (PostgreSQL commits them together in one statement):
    the same player's guesses at one question within one batch still count the
    question once, and each player keeps the name of their latest answer."""
    rng = random.Random(11)
    waves = []
    for number in range(12):
        waves.append(
            [
                answer(
                    f"p{rng.randrange(5)}",
                    name=f"Name {number}",
                    session_id="s1",
                    question_id=f"q{rng.randrange(3)}",
                    correct=(correct := rng.random() < 0.5),
                    points=rng.randrange(1, 9) if correct else 0,
                    at=T0 + timedelta(days=rng.choice((-1, 0, 30)), seconds=number),
                )
                for _ in range(20)
            ]
        )
    for wave in waves:
        ids = await asyncio.gather(*(store.record_answer(record) for record in wave))
        assert len(set(ids)) == len(ids)
    records = [record for wave in waves for record in wave]
    latest = {r.player_id: r.player_name for r in sorted(records, key=lambda r: r.answered_at)}
    for now in (T0, T0 + timedelta(days=30)):
        for period in ("all", "week", "month"):
            board = await store.leaderboard("guild-1", period, now)
            assert shown(board) == counted_board(records, period, now), (period, now)
            assert all(row.name == latest[row.player_id] for row in board)


async def test_one_refused_answer_among_many_fails_only_its_own_caller(store: Store) -> None:
    good = [answer(f"p{n}", question_id=f"q{n}") for n in range(8)]
    bad = answer("p9", set_name="nul\x00byte")  # no database stores a NUL in text...
    results = await asyncio.gather(
        *(store.record_answer(record) for record in [*good[:4], bad, *good[4:]]),
        return_exceptions=True,
    )
    refused = [r for r in results if isinstance(r, BaseException)]
    # ...SQLite does keep it, PostgreSQL refuses it: either way the others are stored.
    assert len(refused) <= 1 and all(isinstance(r, StoreError) for r in refused)
    board = await store.leaderboard("guild-1", "all", T0, limit=20)
    assert {row.player_id for row in board} >= {f"p{n}" for n in range(8)}


async def test_closing_writes_the_answers_already_taken(backend: Backend) -> None:
    store = await backend.open()
    records = [answer(f"p{n}", question_id=f"q{n}") for n in range(40)]
    pending = [asyncio.create_task(store.record_answer(record)) for record in records]
    await asyncio.sleep(0)  # every call has begun: written, or queued behind a write
    await store.close()
    results = await asyncio.gather(*pending, return_exceptions=True)
    assert [r for r in results if isinstance(r, BaseException)] == []
    reopened = await backend.open()
    try:
        board = await reopened.leaderboard("guild-1", "all", T0, limit=50)
        assert {row.player_id for row in board} == {f"p{n}" for n in range(40)}
    finally:
        await reopened.close()
