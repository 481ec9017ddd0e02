"""The totals kept on write give exactly the boards a full count of the answers gives."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import datetime, timedelta

from bot.store import AnswerRecord, LeaderboardRow, Period, Store, period_start
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
