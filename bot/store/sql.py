"""SQL both backends run as written (`?` placeholders; PostgreSQL's store turns
them into `$1, $2...`). What only one dialect accepts lives in that backend."""

from __future__ import annotations

import re
from functools import cache

UPSERT_PLAYER = """
INSERT INTO players (player_id, name, seen_us) VALUES (?, ?, ?)
ON CONFLICT (player_id) DO UPDATE SET name = excluded.name, seen_us = excluded.seen_us
WHERE excluded.seen_us >= players.seen_us
"""

ANSWER_COLUMNS = (
    "player_id, scope, channel, session_id, set_name, question_id, tags,"
    " correct, points, response_time, hints_used, team, answered_us"
)

INSERT_ANSWER = f"""
INSERT INTO answers ({ANSWER_COLUMNS})
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""

# The boards read the totals kept on write (see migration "period_totals"):
# ranked by points, then right guesses, then fewer guesses; shown per question.
ALL_TIME_BOARD = """
SELECT t.player_id, p.name, t.points, t.questions_right, t.questions
FROM player_totals AS t JOIN players AS p USING (player_id)
WHERE t.scope = ?
ORDER BY t.points DESC, t.correct DESC, t.answered, t.player_id
LIMIT ?
"""

PERIOD_BOARD = """
SELECT t.player_id, p.name, t.points, t.questions_right, t.questions
FROM period_totals AS t JOIN players AS p USING (player_id)
WHERE t.scope = ? AND t.period = ? AND t.start_us = ?
ORDER BY t.points DESC, t.correct DESC, t.answered, t.player_id
LIMIT ?
"""

UPSERT_SESSION = """
INSERT INTO sessions (session_id, scope, channel, set_names, started_us, finished_us)
VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (session_id) DO UPDATE SET
    set_names = excluded.set_names,
    finished_us = COALESCE(excluded.finished_us, sessions.finished_us)
"""

INSERT_SESSION_QUESTION = """
INSERT INTO session_questions (session_id, set_name, question_id) VALUES (?, ?, ?)
ON CONFLICT DO NOTHING
"""

GUILD_SETTINGS = "SELECT settings FROM guild_settings WHERE scope = ?"
PUT_GUILD_SETTINGS = """
INSERT INTO guild_settings (scope, settings) VALUES (?, ?)
ON CONFLICT (scope) DO UPDATE SET settings = excluded.settings
"""
DELETE_GUILD_SETTINGS = "DELETE FROM guild_settings WHERE scope = ?"

GET_CARD = """
SELECT card FROM review_cards
WHERE scope = ? AND player_id = ? AND set_name = ? AND question_id = ?
"""
PUT_CARD = """
INSERT INTO review_cards (scope, player_id, set_name, question_id, card, due_us)
VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (scope, player_id, set_name, question_id)
DO UPDATE SET card = excluded.card, due_us = excluded.due_us
"""
DUE_CARDS = """
SELECT set_name, question_id, card, due_us FROM review_cards
WHERE scope = ? AND player_id = ? AND due_us <= ?
ORDER BY due_us, set_name, question_id LIMIT ?
"""

# Scores of a scope, and of one player: what reset_scores and forget_player delete.
SCORE_TABLES = ("answers", "player_totals", "period_totals")


def player_filter(player_id: str, scope: str | None) -> tuple[str, tuple[str, ...]]:
    if scope is None:
        return "player_id = ?", (player_id,)
    return "player_id = ? AND scope = ?", (player_id, scope)


FORGET_NAME = """
DELETE FROM players WHERE player_id = ?
AND NOT EXISTS (SELECT 1 FROM answers WHERE player_id = ?)
"""

_MARK = re.compile(r"\?")


@cache
def numbered(sql: str) -> str:
    """`?` placeholders as PostgreSQL's `$1, $2...` (our SQL has no `?` in literals)."""
    count = iter(range(1, 10_000))
    return _MARK.sub(lambda _: f"${next(count)}", sql)
