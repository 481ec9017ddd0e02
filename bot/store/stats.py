"""Read-only statistics queries over the answers table."""

from __future__ import annotations

import sqlite3

from bot.store.records import PlayerStats, QuestionStats, Tally, tally


def longest_streak(outcomes: list[int]) -> int:
    """Longest run of 1s in a sequence of 0/1 outcomes."""
    best = run = 0
    for correct in outcomes:
        run = run + 1 if correct else 0
        best = max(best, run)
    return best


def player_stats(conn: sqlite3.Connection, scope: str, player_id: str, weakest: int) -> PlayerStats:
    key = (scope, player_id)
    totals = conn.execute(
        "SELECT answered, correct, points FROM player_totals WHERE scope = ? AND player_id = ?",
        key,
    ).fetchone()
    answered, correct, points = totals or (0, 0, 0)
    name_row = conn.execute("SELECT name FROM players WHERE player_id = ?", (player_id,)).fetchone()
    outcomes = [
        row[0]
        for row in conn.execute(
            "SELECT correct FROM answers WHERE scope = ? AND player_id = ?"
            " ORDER BY answered_us, id",
            key,
        )
    ]
    return PlayerStats(
        player_id=player_id,
        name=name_row[0] if name_row and answered else None,
        answered=answered,
        correct=correct,
        accuracy=tally(answered, correct).accuracy,
        points=points,
        best_streak=longest_streak(outcomes),
        per_tag=_tallies(
            conn,
            "SELECT tag.value, COUNT(*), SUM(a.correct) FROM answers AS a, json_each(a.tags) AS tag"
            " WHERE a.scope = ? AND a.player_id = ? GROUP BY tag.value",
            key,
        ),
        per_set=_tallies(
            conn,
            "SELECT set_name, COUNT(*), SUM(correct) FROM answers"
            " WHERE scope = ? AND player_id = ? GROUP BY set_name",
            key,
        ),
        weakest=_weakest(conn, scope, player_id, weakest),
    )


def _tallies(conn: sqlite3.Connection, sql: str, key: tuple[str, str]) -> dict[str, Tally]:
    return {str(label): tally(count, hits) for label, count, hits in conn.execute(sql, key)}


def _weakest(
    conn: sqlite3.Connection, scope: str, player_id: str, limit: int
) -> tuple[QuestionStats, ...]:
    rows = conn.execute(
        "SELECT set_name, question_id, COUNT(*) AS n, SUM(correct) AS hits FROM answers"
        " WHERE scope = ? AND player_id = ? GROUP BY set_name, question_id"
        " HAVING hits < n"
        " ORDER BY CAST(n - hits AS REAL) / n DESC, n - hits DESC, set_name, question_id"
        " LIMIT ?",
        (scope, player_id, limit),
    )
    # From the player's side, "asked" is how often they met the question.
    return tuple(
        QuestionStats(set_name, question_id, n, n, hits, (n - hits) / n)
        for set_name, question_id, n, hits in rows
    )


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
    SELECT set_name, question_id, COUNT(*) AS answered, SUM(correct) AS correct
    FROM answers {given_where}
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
