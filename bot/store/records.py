"""Plain data passed in and out of the score store. No Discord objects, ever."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Literal, NamedTuple

from bot.engine.errors import QuizError

Period = Literal["all", "week", "month"]
PERIODS: tuple[Period, ...] = ("all", "week", "month")

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


class StoreError(QuizError):
    """The store cannot do what was asked (bad argument, unknown schema, broken file)."""


class StoreUnavailableError(StoreError):
    """The database cannot be reached (a server gone, a connection lost or refused).

    Callers treat the failed call as not stored (a commit cut off on its way back
    may still have landed, which errs on the safe side). It may work again without
    a restart: the store reconnects by itself when the database is back."""


@dataclass(frozen=True, slots=True)
class AnswerRecord:
    """One judged answer, written the moment it is judged."""

    player_id: str
    player_name: str
    scope: str  # guild id, or "local" for the terminal
    channel: str
    session_id: str
    set_name: str
    question_id: str
    tags: tuple[str, ...]
    correct: bool
    points: int
    response_time: float  # seconds from the question being asked to this answer
    hints_used: int
    answered_at: datetime  # timezone-aware; stored as UTC
    team: str | None = None  # the player's team key in a team game


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """A session's start, progress or end. Recording it again updates the same row.

    `questions` holds (set name, question id) keys already asked; keys from
    earlier calls are kept, so the caller may pass the whole list or only new ones.
    """

    session_id: str
    scope: str
    channel: str
    set_names: tuple[str, ...]
    started_at: datetime
    finished_at: datetime | None = None
    questions: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class LeaderboardRow:
    rank: int  # equal points share a rank: 1, 2, 2, 4
    player_id: str
    name: str
    points: int
    correct: int  # questions answered right (see PlayerStats)
    answered: int  # questions answered


class Tally(NamedTuple):
    answered: int
    correct: int
    accuracy: float  # correct / answered, 0.0 when nothing answered


@dataclass(frozen=True, slots=True)
class QuestionStats:
    set_name: str
    question_id: str
    asked: int  # times a session asked it (from recorded sessions)
    answered: int  # judged answers to it, right or wrong
    correct: int
    miss_rate: float  # wrong answers / answered; 1.0 if asked but never answered


@dataclass(frozen=True, slots=True)
class WeekTally:
    """A player's questions in one ISO week (Monday 00:00 UTC onwards)."""

    start: date
    answered: int
    correct: int
    points: int


@dataclass(frozen=True, slots=True)
class Forgotten:
    """What `forget_player` deleted."""

    answers: int
    review_cards: int


@dataclass(frozen=True, slots=True)
class PlayerStats:
    """Counted per question: `answered` is the questions the player answered (one
    or more guesses at a question asked in a session count once), `correct` those
    where a guess was right, `accuracy` correct / answered. `guesses` counts every
    judged answer, shown beside them."""

    player_id: str
    name: str | None  # None when the player has never answered in this scope
    answered: int
    correct: int
    accuracy: float
    points: int
    best_streak: int  # longest run of questions answered right in a row, by time answered
    per_tag: dict[str, Tally] = field(default_factory=dict)
    per_set: dict[str, Tally] = field(default_factory=dict)
    weakest: tuple[QuestionStats, ...] = ()  # most missed first; only questions missed
    guesses: int = 0
    current_streak: int = 0  # questions right in a row up to the latest one
    weeks: tuple[WeekTally, ...] = ()  # weeks with answers, oldest first


@dataclass(frozen=True, slots=True)
class DueCard:
    """A spaced-repetition card as stored: the fsrs Card is opaque JSON to the store."""

    scope: str
    player_id: str
    set_name: str
    question_id: str
    card_json: str
    due: datetime


def tally(answered: int, correct: int) -> Tally:
    return Tally(answered, correct, correct / answered if answered else 0.0)


def to_micros(moment: datetime) -> int:
    """Exact integer microseconds since the epoch, so boundary comparisons never round."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise StoreError(f"time {moment.isoformat()} has no timezone; pass an aware UTC datetime")
    return (moment - _EPOCH) // _MICROSECOND


def from_micros(micros: int) -> datetime:
    return _EPOCH + timedelta(microseconds=micros)


def period_start(period: str, now: datetime) -> datetime | None:
    """Start of the period containing `now`, in UTC; None for all time.

    A week is the ISO week: Monday 00:00 UTC up to the next Monday. A month is
    the calendar month in UTC. Both are half-open, so Sunday 23:59:59 belongs to
    the old week and Monday 00:00:00 to the new one.
    """
    if period not in PERIODS:
        raise StoreError(f"unknown period {period!r}; expected one of {', '.join(PERIODS)}")
    if period == "all":
        return None
    to_micros(now)  # rejects naive times with a clear message
    utc = now.astimezone(UTC)
    midnight = utc.replace(hour=0, minute=0, second=0, microsecond=0)
    if period == "week":
        return midnight - timedelta(days=midnight.weekday())
    return midnight.replace(day=1)


def period_end(period: str, now: datetime) -> datetime | None:
    start = period_start(period, now)
    if start is None:
        return None
    if period == "week":
        return start + timedelta(days=7)
    if start.month == 12:
        return start.replace(year=start.year + 1, month=1)
    return start.replace(month=start.month + 1)
