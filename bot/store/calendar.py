"""Records of scheduled events and questions of the day, as the store keeps them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class ScheduleRecord:
    """One schedule. `spec` (plain JSON) says what it runs; the store never reads it.

    `next_at` is the planned run (None once a one-off is used up); `announced_at`
    the run whose announcement already went out; `note` why it was disabled.
    """

    schedule_id: int  # 0 for one not stored yet
    scope: str
    channel: str
    spec: Mapping[str, Any]
    next_at: datetime | None
    created_by: str
    created_at: datetime
    announced_at: datetime | None = None
    enabled: bool = True
    note: str = ""


@dataclass(frozen=True, slots=True)
class QotdRecord:
    qotd_id: str
    scope: str
    channel: str
    schedule_id: int | None
    set_name: str
    question_id: str
    day: date  # the local date it opened on: what daily streaks count
    opened_at: datetime
    closes_at: datetime
    message_id: str | None = None
    closed: bool = False


@dataclass(frozen=True, slots=True)
class QotdAnswerRecord:
    qotd_id: str
    player_id: str
    player_name: str
    answer: str
    correct: bool
    points: int
    answered_at: datetime
