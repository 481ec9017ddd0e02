"""Read-only statistics queries over the answers table."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

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
_QUESTIONS_ANSWERED = """
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


def player_stats(conn: sqlite3.Connection, scope: str, player_id: str, weakest: int) -> PlayerStats:
    attempts = [
        _Attempt(
            str(s), str(q), tuple(json.loads(tags)), bool(right), guesses, points, _week_of(first)
        )
        for s, q, tags, right, guesses, points, first in conn.execute(
            _QUESTIONS_ANSWERED, (scope, player_id)
        )
    ]
    name_row = conn.execute("SELECT name FROM players WHERE player_id = ?", (player_id,)).fetchone()
    answered = len(attempts)
    correct = sum(a.right for a in attempts)
    outcomes = [int(a.right) for a in attempts]
    return PlayerStats(
        player_id=player_id,
        name=name_row[0] if name_row and answered else None,
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


def questions_answered(
    conn: sqlite3.Connection, scope: str, player_ids: list[str], since_us: int, until_us: int
) -> dict[str, tuple[int, int]]:
    """(questions answered, questions right) per player, between two times."""
    if not player_ids:
        return {}
    marks = ", ".join("?" for _ in player_ids)
    rows = conn.execute(
        "SELECT player_id, COUNT(*), SUM(right) FROM ("
        " SELECT player_id, MAX(correct) AS right FROM answers"
        f" WHERE scope = ? AND player_id IN ({marks}) AND answered_us >= ? AND answered_us < ?"
        " GROUP BY player_id, session_id, set_name, question_id"
        ") GROUP BY player_id",
        (scope, *player_ids, since_us, until_us),
    )
    return {str(player): (int(n), int(hits)) for player, n, hits in rows}


def _question_stats_sql(set_name: str | None, scope: str | None) -> str:
    """Filters are left out rather than written `(:x IS NULL OR ...)`, which would
    stop SQLite from using the (set_name, question_id, correct) index."""
    given_where = _where(
        ("set_name = :set_name", set_name is not None), ("scope = :scope", scope is not None)
    )
    asked_where = _where(
        ("q.set_name = :set_name", set_name is not None), ("s.scope = :scope", scope is not None)
    )
    return f"""
WITH
given AS (
    SELECT set_name, question_id, COUNT(*) AS answered, SUM(right) AS correct
    FROM (
        SELECT set_name, question_id, MAX(correct) AS right FROM answers {given_where}
        GROUP BY player_id, session_id, set_name, question_id
    )
    GROUP BY set_name, question_id
),
asked AS (
    SELECT q.set_name, q.question_id, COUNT(*) AS asked
    FROM session_questions AS q JOIN sessions AS s USING (session_id) {asked_where}
    GROUP BY q.set_name, q.question_id
),
keys AS (
    SELECT set_name, question_id FROM given UNION SELECT set_name, question_id FROM asked
)
SELECT k.set_name, k.question_id, COALESCE(asked.asked, 0),
       COALESCE(given.answered, 0), COALESCE(given.correct, 0)
FROM keys AS k
LEFT JOIN given USING (set_name, question_id)
LEFT JOIN asked USING (set_name, question_id)
"""


def _where(*conditions: tuple[str, bool]) -> str:
    wanted = [sql for sql, enabled in conditions if enabled]
    return "WHERE " + " AND ".join(wanted) if wanted else ""


def question_stats(
    conn: sqlite3.Connection, set_name: str | None, limit: int, scope: str | None
) -> list[QuestionStats]:
    """Hardest first: highest miss rate, then most wrong answers, then most asked."""
    found = []
    sql = _question_stats_sql(set_name, scope)
    for set_key, question_id, asked, answered, correct in conn.execute(
        sql, {"set_name": set_name, "scope": scope}
    ):
        # A question asked but never answered stumped everyone: count it fully missed.
        miss_rate = (answered - correct) / answered if answered else 1.0
        found.append(QuestionStats(set_key, question_id, asked, answered, correct, miss_rate))
    found.sort(
        key=lambda q: (-q.miss_rate, -(q.answered - q.correct), -q.asked, q.set_name, q.question_id)
    )
    return found[:limit]
