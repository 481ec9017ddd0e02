"""`--format json|csv` for `quizbot stats` and `quizbot leaderboard`: the data, not prose.

Counts follow the same definitions as the text ("N/M right" counts questions;
`guesses` counts every judged answer).
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from datetime import date, datetime
from typing import Any, Literal

from bot.store import LeaderboardRow, PlayerStats

Format = Literal["text", "json", "csv"]
FORMATS: tuple[Format, ...] = ("text", "json", "csv")

_STATS_COLUMNS = ("kind", "label", "answered", "correct", "accuracy")
_BOARD_COLUMNS = ("rank", "player_id", "name", "points", "correct", "answered")


def plain(value: Any) -> Any:
    """Records as JSON-ready data: dataclasses and named tuples become objects."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple) and hasattr(value, "_asdict"):
        return {key: plain(item) for key, item in value._asdict().items()}
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def stats_json(stats: PlayerStats) -> str:
    return json.dumps(plain(stats), ensure_ascii=False, indent=2) + "\n"


def stats_csv(stats: PlayerStats) -> str:
    """One row for the total, then one per set and one per tag."""
    rows: list[tuple[object, ...]] = [
        ("total", "", stats.answered, stats.correct, round(stats.accuracy, 4))
    ]
    for kind, tallies in (("set", stats.per_set), ("tag", stats.per_tag)):
        for label, tally in sorted(tallies.items()):
            rows.append((kind, label, tally.answered, tally.correct, round(tally.accuracy, 4)))
    return _csv(_STATS_COLUMNS, rows)


def board_json(rows: list[LeaderboardRow]) -> str:
    return json.dumps([plain(row) for row in rows], ensure_ascii=False, indent=2) + "\n"


def board_csv(rows: list[LeaderboardRow]) -> str:
    return _csv(_BOARD_COLUMNS, [tuple(getattr(r, c) for c in _BOARD_COLUMNS) for r in rows])


def _csv(header: tuple[str, ...], rows: list[tuple[object, ...]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()
