"""What every store does the same way, whatever its database: checking what it
is given, and shaping what it gives back."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from typing import Any, Final

from bot.store.records import AnswerRecord, LeaderboardRow, StoreError, to_micros


def ranked(rows: Sequence[Any]) -> list[LeaderboardRow]:
    """Leaderboard rows from (player id, name, points, correct, answered), best
    first. Equal points share a rank: 1, 2, 2, 4."""
    board: list[LeaderboardRow] = []
    for position, (player_id, name, points, correct, answered) in enumerate(rows, start=1):
        tied = board and board[-1].points == points
        rank = board[-1].rank if tied else position
        board.append(
            LeaderboardRow(
                rank, str(player_id), str(name), int(points), int(correct), int(answered)
            )
        )
    return board


def settings_to_json(scope: str, settings: Mapping[str, Any]) -> str | None:
    """The overrides as stored text; None for "no overrides" (the row goes)."""
    if not settings:
        return None
    try:
        return json.dumps(dict(settings), sort_keys=True, allow_nan=False)
    except (TypeError, ValueError) as error:
        raise StoreError(f"guild settings for {scope} are not plain JSON: {error}") from error


def settings_from_json(text: str) -> dict[str, Any]:
    return dict(json.loads(text))


def check_card(set_name: str, question_id: str, card_json: str) -> None:
    try:
        json.loads(card_json)
    except ValueError as error:
        raise StoreError(f"review card for {set_name}/{question_id} is not JSON") from error


def check_limit(limit: int, allow_zero: bool = False) -> None:
    # SQLite reads a negative LIMIT as "no limit": refuse it rather than return everything.
    if limit < (0 if allow_zero else 1):
        raise StoreError(f"limit must be a positive number, not {limit}")


# Column order of the answers insert in every dialect.
AnswerRow = tuple[str, str, str, str, str, str, str, int, int, float, int, str | None, int]
CORRECT: Final = 7
POINTS: Final = 8


def answer_row(record: AnswerRecord) -> AnswerRow:
    if not record.player_id:
        raise StoreError("answer has an empty player id")
    if record.hints_used < 0 or not math.isfinite(record.response_time):
        raise StoreError(
            f"answer by {record.player_id} to {record.set_name}/{record.question_id} has "
            f"hints_used={record.hints_used}, response_time={record.response_time}"
        )
    return (
        record.player_id,
        record.scope,
        record.channel,
        record.session_id,
        record.set_name,
        record.question_id,
        json.dumps(list(record.tags)),
        int(bool(record.correct)),
        int(record.points),
        float(record.response_time),
        int(record.hints_used),
        record.team,
        to_micros(record.answered_at),  # last: the player upsert reuses it
    )


def json_list(items: Sequence[str]) -> str:
    return json.dumps(list(items))
