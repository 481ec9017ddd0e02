"""What a session tells its front-end: plain, immutable events.

Every event is a frozen dataclass deriving from `Event`; front-ends dispatch on
the type (or on the `kind` string). Questions are referred to by `number`
(1-based position in the session, as shown to players) and by `key`
(`(set_name, question_id)`, as the store records it). Times (`at`, `deadline`,
`asked_at`) are on the caller's clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from bot.engine.models import QuestionBase
from bot.engine.verdict import Verdict

QuestionKey = tuple[str, str]
Mode = Literal["race", "poll", "solo"]


@dataclass(frozen=True, slots=True)
class Player:
    """A player as the engine knows them: a stable id and a display name."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Event:
    kind: ClassVar[str] = "event"


@dataclass(frozen=True, slots=True)
class SessionStarted(Event):
    kind: ClassVar[str] = "session_started"
    mode: Mode
    total: int
    starter_id: str | None
    at: float


@dataclass(frozen=True, slots=True)
class QuestionAsked(Event):
    kind: ClassVar[str] = "question_asked"
    number: int
    total: int
    key: QuestionKey
    set_title: str
    question: QuestionBase
    asked_at: float
    deadline: float
    time_limit: float
    # Button labels for choice ("the choices") and truefalse ("True", "False");
    # empty for typed questions. `Session.pick` takes an index into this tuple.
    choices: tuple[str, ...]
    base_points: int
    hints_available: int


@dataclass(frozen=True, slots=True)
class HintRevealed(Event):
    kind: ClassVar[str] = "hint_revealed"
    number: int
    key: QuestionKey
    hint_number: int  # 1-based
    text: str
    # Every hint revealed so far for this question, in order (handy for editing one message).
    all_hints: tuple[str, ...]
    forced_by: str | None
    at: float


@dataclass(frozen=True, slots=True)
class AnswerLocked(Event):
    """Poll mode: an answer was recorded; it is judged and scored when the question closes."""

    kind: ClassVar[str] = "answer_locked"
    number: int
    key: QuestionKey
    player: Player
    text: str
    at: float


@dataclass(frozen=True, slots=True)
class AnswerJudged(Event):
    """One judged answer, with everything the store records about it.

    Only answers that counted produce this event; the others produce `AnswerIgnored`.
    """

    kind: ClassVar[str] = "answer_judged"
    number: int
    key: QuestionKey
    player: Player
    text: str
    verdict: Verdict
    correct: bool
    # True at most once per player per question: the "close!" nudge to show.
    close: bool
    points: int
    response_time: float
    hints_used: int
    guesses_left: int
    streak: int
    at: float
    # The key of the player's team in a team game; None otherwise.
    team: str | None = None


# Why an answer did not count:
#   not_started / finished: no session running;
#   late: the question it could have been meant for had already closed (won, timed out,
#     skipped), or closed while catching up with `now` in this very call; an answer is
#     never applied to a question asked during the same call, as the player cannot
#     have seen it;
#   stale: the caller said which question it was for (`number`) and that one is over;
#   empty: nothing but spaces (does not use up a guess);
#   guess_limit: the player has no guesses left for this question;
#   already_answered: poll mode takes one answer per player;
#   not_player: solo mode takes answers from the starter only, a team game from
#     the players on its roster only;
#   invalid_pick: a pick that is not a button of this question.
IgnoreReason = Literal[
    "not_started",
    "finished",
    "late",
    "stale",
    "empty",
    "guess_limit",
    "already_answered",
    "not_player",
    "invalid_pick",
]


@dataclass(frozen=True, slots=True)
class AnswerIgnored(Event):
    """An answer that does not count; front-ends usually stay silent about it."""

    kind: ClassVar[str] = "answer_ignored"
    number: int | None
    player: Player
    text: str
    reason: IgnoreReason
    at: float


@dataclass(frozen=True, slots=True)
class Award:
    player: Player
    points: int
    response_time: float


@dataclass(frozen=True, slots=True)
class Miss:
    """A player who answered a question without getting it right, and what they typed."""

    player: Player
    answers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Reveal(Event):
    """Base of the three events that close a question and show its answer."""

    kind: ClassVar[str] = "reveal"
    number: int
    key: QuestionKey
    answer: str
    explain: str
    winners: tuple[Award, ...]
    misses: tuple[Miss, ...]
    at: float
    # When the next question will be asked (None when this was the last one).
    next_at: float | None


@dataclass(frozen=True, slots=True)
class QuestionWon(Reveal):
    """At least one player got it right (race: exactly one; poll: all the right ones)."""

    kind: ClassVar[str] = "question_won"


# Why a question closed with nobody right: its time ran out, or every player who may
# answer used up their guesses (solo, or a team game).
TimeoutReason = Literal["time", "out_of_guesses"]


@dataclass(frozen=True, slots=True)
class QuestionTimedOut(Reveal):
    """Nobody got it right; `reason` says why the question closed."""

    kind: ClassVar[str] = "question_timed_out"
    reason: TimeoutReason = "time"


@dataclass(frozen=True, slots=True)
class QuestionSkipped(Reveal):
    kind: ClassVar[str] = "question_skipped"
    by: str | None = None


@dataclass(frozen=True, slots=True)
class Standing:
    """One line of the final table. Equal points share a rank (`tied` is then True)."""

    rank: int
    player: Player
    points: int
    correct: int
    answered: int
    total_response_time: float
    best_streak: int
    tied: bool


@dataclass(frozen=True, slots=True)
class SessionFinished(Event):
    kind: ClassVar[str] = "session_finished"
    standings: tuple[Standing, ...]
    questions_asked: int
    total: int
    stopped: bool
    stopped_by: str | None
    at: float
