"""Statistics over the answers table: the queries (written once, with `?`
placeholders, in SQL both SQLite and PostgreSQL accept) and the pure counting
done on their rows."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bot.store.records import (
    PlayerStats,
    QuestionStats,
    Tally,
    WeekTally,
    from_micros,
    tally,
)


def longest_streak(outcomes: list[int]) -> int:
    """Longest run of 1s in a sequence of 0/1 outcomes."""
    best = run = 0
    for correct in outcomes:
        run = run + 1 if correct else 0
        best = max(best, run)
    return best


# One row per question a player was asked and answered (a "question answered"):
# whether any of their guesses at it was right, and how many guesses they made.
# Every guess stays stored as judged; this is how they are counted when shown.
QUESTIONS_ANSWERED = """
SELECT set_name, question_id, MIN(tags), MAX(correct), COUNT(*), SUM(points), MIN(answered_us)
FROM answers WHERE scope = ? AND player_id = ?
GROUP BY session_id, set_name, question_id
ORDER BY MIN(answered_us), MIN(id)
"""


@dataclass(frozen=True, slots=True)
class _Attempt:
    set_name: str
    question_id: str
    tags: tuple[str, ...]
    right: bool
    guesses: int
    points: int
    week: date  # Monday of the ISO week (UTC) of the first guess


def current_streak(outcomes: list[int]) -> int:
    """Length of the run of 1s that ends the sequence."""
    run = 0
    for correct in reversed(outcomes):
        if not correct:
            break
        run += 1
    return run


def _week_of(micros: int) -> date:
    day = from_micros(micros).date()
    return day - timedelta(days=day.weekday())


def _weeks(attempts: list[_Attempt]) -> tuple[WeekTally, ...]:
    by_week: dict[date, list[int]] = {}
    for attempt in attempts:
        sums = by_week.setdefault(attempt.week, [0, 0, 0])
        sums[0] += 1
        sums[1] += attempt.right
        sums[2] += attempt.points
    return tuple(WeekTally(week, *by_week[week]) for week in sorted(by_week))


PLAYER_NAME = "SELECT name FROM players WHERE player_id = ?"


def player_stats(conn: sqlite3.Connection, scope: str, player_id: str, weakest: int) -> PlayerStats:
    rows = conn.execute(QUESTIONS_ANSWERED, (scope, player_id)).fetchall()
    name_row = conn.execute(PLAYER_NAME, (player_id,)).fetchone()
    return player_stats_from(player_id, rows, name_row[0] if name_row else None, weakest)


def player_stats_from(
    player_id: str, rows: Sequence[Any], name: str | None, weakest: int
) -> PlayerStats:
    """The stats from QUESTIONS_ANSWERED's rows and the player's stored name."""
    attempts = [
        _Attempt(
            str(s), str(q), tuple(json.loads(tags)), bool(right), guesses, points, _week_of(first)
        )
        for s, q, tags, right, guesses, points, first in rows
    ]
    answered = len(attempts)
    correct = sum(a.right for a in attempts)
    outcomes = [int(a.right) for a in attempts]
    return PlayerStats(
        player_id=player_id,
        name=name if answered else None,
        answered=answered,
        correct=correct,
        accuracy=tally(answered, correct).accuracy,
        points=sum(a.points for a in attempts),
        best_streak=longest_streak(outcomes),
        per_tag=_group(attempts, lambda a: a.tags),
        per_set=_group(attempts, lambda a: (a.set_name,)),
        weakest=_weakest(attempts, weakest),
        guesses=sum(a.guesses for a in attempts),
        current_streak=current_streak(outcomes),
        weeks=_weeks(attempts),
    )


def _group(
    attempts: list[_Attempt], labels: Callable[[_Attempt], tuple[str, ...]]
) -> dict[str, Tally]:
    counts: dict[str, list[int]] = {}
    for attempt in attempts:
        for label in labels(attempt):
            seen = counts.setdefault(label, [0, 0])
            seen[0] += 1
            seen[1] += attempt.right
    return {label: tally(n, hits) for label, (n, hits) in counts.items()}


def _weakest(attempts: list[_Attempt], limit: int) -> tuple[QuestionStats, ...]:
    met: dict[tuple[str, str], list[int]] = {}
    for attempt in attempts:
        seen = met.setdefault((attempt.set_name, attempt.question_id), [0, 0])
        seen[0] += 1
        seen[1] += attempt.right
    missed = [
        # From the player's side, "asked" is how often they met the question.
        QuestionStats(s, q, n, n, hits, (n - hits) / n)
        for (s, q), (n, hits) in met.items()
        if hits < n
    ]
    missed.sort(key=lambda q: (-q.miss_rate, -(q.answered - q.correct), q.set_name, q.question_id))
    return tuple(missed[:limit])


def question_stats_sql(set_name: str | None, scope: str | None) -> tuple[str, tuple[str, ...]]:
    """The query and its parameters. Filters are left out rather than written
    `(? IS NULL OR ...)`, which would stop the (set_name, question_id) index being used."""
    filters = [(f, v) for f, v in (("set_name", set_name), ("scope", scope)) if v is not None]
    given_where = _where([f"{name} = ?" for name, _ in filters])
    asked_where = _where(
        [f"{'q' if name == 'set_name' else 's'}.{name} = ?" for name, _ in filters]
    )
    values = tuple(str(v) for _, v in filters)
    sql = f"""
WITH
given AS (
    SELECT set_name, question_id, COUNT(*) AS answered, SUM(hit) AS correct
    FROM (
        SELECT set_name, question_id, MAX(correct) AS hit FROM answers {given_where}
        GROUP BY player_id, session_id, set_name, question_id
    ) AS per_question
    GROUP BY set_name, question_id
),
asked AS (
    SELECT q.set_name, q.question_id, COUNT(*) AS asked
    FROM session_questions AS q JOIN sessions AS s USING (session_id) {asked_where}
    GROUP BY q.set_name, q.question_id
),
question_keys AS (
    SELECT set_name, question_id FROM given UNION SELECT set_name, question_id FROM asked
)
SELECT k.set_name, k.question_id, COALESCE(asked.asked, 0),
       COALESCE(given.answered, 0), COALESCE(given.correct, 0)
FROM question_keys AS k
LEFT JOIN given USING (set_name, question_id)
LEFT JOIN asked USING (set_name, question_id)
"""
    return sql, values + values


def _where(conditions: list[str]) -> str:
    return "WHERE " + " AND ".join(conditions) if conditions else ""


def question_stats(
    conn: sqlite3.Connection, set_name: str | None, limit: int, scope: str | None
) -> list[QuestionStats]:
    sql, params = question_stats_sql(set_name, scope)
    return question_stats_from(conn.execute(sql, params).fetchall(), limit)


def question_stats_from(rows: Sequence[Any], limit: int) -> list[QuestionStats]:
    """Hardest first: highest miss rate, then most wrong answers, then most asked."""
    found = []
    for set_key, question_id, asked, given, hits in rows:
        answered, correct = int(given), int(hits)
        # A question asked but never answered stumped everyone: count it fully missed.
        miss_rate = (answered - correct) / answered if answered else 1.0
        found.append(
            QuestionStats(str(set_key), str(question_id), int(asked), answered, correct, miss_rate)
        )
    found.sort(
        key=lambda q: (-q.miss_rate, -(q.answered - q.correct), -q.asked, q.set_name, q.question_id)
    )
    return found[:limit]
