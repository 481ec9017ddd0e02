"""Options of one session, checked once when they are made."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.engine.errors import SessionError
from bot.engine.limits import GUESS_LIMIT, QUESTIONS, REVEAL_PAUSE, TIME_LIMIT
from bot.engine.models import DIFFICULTIES, QuizSet
from bot.engine.session.events import Mode, QuestionKey

if TYPE_CHECKING:  # the teams package imports sessions, so only the type is needed here
    from bot.engine.teams.roster import TeamRoster

MODES: tuple[Mode, ...] = ("race", "poll", "solo")


@dataclass(frozen=True)
class SessionOptions:
    """What to ask and how.

    `time_limit` is the fallback: a question's own `time_limit`, then its set's
    `defaults.time_limit`, come first. `hint_schedule` holds fractions of the time
    limit at which the next hint is revealed. `reveal_pause` is the gap between a
    question's reveal and the next question (None: 5 s in race and poll, 0 in solo).
    `avoid_question_ids` holds question keys asked recently in this channel; they are
    only asked when the filtered bank has too few other questions.
    `seed` None draws the order from the operating system's randomness.
    `roster` makes it a team game (race or poll rules): only the roster's players'
    answers count, and each judged answer names its player's team.
    """

    sets: tuple[QuizSet, ...]
    questions: int = 10
    mode: Mode = "race"
    tags: frozenset[str] = frozenset()
    difficulties: frozenset[str] = frozenset()
    seed: int | None = None
    time_limit: float = 30.0
    hint_schedule: tuple[float, ...] = (0.4, 0.7)
    guess_limit: int = 3
    reveal_pause: float | None = None
    avoid_question_ids: frozenset[QuestionKey] = frozenset()
    starter_id: str | None = None
    roster: TeamRoster | None = None

    def __post_init__(self) -> None:
        # Accept any iterable from callers but store immutable, hashable values.
        object.__setattr__(self, "sets", tuple(self.sets))
        object.__setattr__(self, "tags", frozenset(t.strip().casefold() for t in self.tags))
        # Like tags, difficulties are compared in lower case ("Easy" from a front-end).
        difficulties = frozenset(d.strip().casefold() for d in self.difficulties)
        object.__setattr__(self, "difficulties", difficulties)
        object.__setattr__(self, "hint_schedule", tuple(self.hint_schedule))
        object.__setattr__(self, "avoid_question_ids", frozenset(_keys(self.avoid_question_ids)))
        _check(self)

    @property
    def pause(self) -> float:
        if self.reveal_pause is not None:
            return self.reveal_pause
        return 0.0 if self.mode == "solo" else 5.0


def _keys(items: Iterable[QuestionKey]) -> Iterable[QuestionKey]:
    return ((str(a), str(b)) for a, b in items)


def _check(options: SessionOptions) -> None:
    if not options.sets:
        raise SessionError("a session needs at least one quiz set")
    if options.mode not in MODES:
        raise SessionError(f"mode must be one of {', '.join(MODES)}, not {options.mode!r}")
    if options.questions < QUESTIONS.low:
        raise SessionError(f"questions must be at least {QUESTIONS.low}, not {options.questions}")
    unknown = sorted(options.difficulties - set(DIFFICULTIES))
    if unknown:
        raise SessionError(f"unknown difficulty {unknown[0]!r}; use {', '.join(DIFFICULTIES)}")
    if not (math.isfinite(options.time_limit) and options.time_limit in TIME_LIMIT):
        raise SessionError(f"time limit must be {TIME_LIMIT} seconds, not {options.time_limit}")
    schedule = options.hint_schedule
    if any(not 0 < f < 1 for f in schedule) or list(schedule) != sorted(schedule):
        raise SessionError(
            f"hint schedule must be increasing fractions between 0 and 1: {schedule}"
        )
    if options.guess_limit not in GUESS_LIMIT:
        raise SessionError(f"guess limit must be {GUESS_LIMIT}, not {options.guess_limit}")
    if options.reveal_pause is not None and options.reveal_pause not in REVEAL_PAUSE:
        raise SessionError(
            f"reveal pause must be {REVEAL_PAUSE} seconds, not {options.reveal_pause}"
        )
    if options.mode == "solo" and options.starter_id is None:
        raise SessionError("a solo session needs the player's id as starter_id")
    if options.roster is not None and options.mode == "solo":
        raise SessionError("a team game is played with race or poll rules, not solo")
