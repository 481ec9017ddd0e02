"""Write what a session produces to the store as it happens.

The runner hands over each batch of events before any of it is shown, and shows
it only once `handle` returns. A write that fails raises `NotStoredError`, and
the runner stops the session rather than show what was not saved. At each
reveal the players' spaced-review cards are updated: a right answer is rated by
speed and hints, a miss is "again".
"""

from __future__ import annotations

from collections.abc import Awaitable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from bot.engine.errors import QuizError
from bot.engine.models import QuestionBase
from bot.engine.names import clean_name
from bot.engine.review import ReviewScheduler
from bot.engine.session import (
    AnswerJudged,
    Event,
    QuestionAsked,
    Reveal,
    SessionFinished,
    SessionStarted,
)
from bot.game.clock import Clock, wall_time_of
from bot.store.base import Store
from bot.store.records import AnswerRecord, SessionRecord

STOPPED_MESSAGE = (
    "The quiz has stopped: the bot cannot save answers right now, so it will not show "
    "results it could lose. Answers confirmed before this message are saved."
)
REFUSED_MESSAGE = (
    "No quiz can start right now: the bot cannot save answers (its score database "
    "refuses writes). Please try again later."
)


class NotStoredError(QuizError):
    """The store refused a write. `str()` is the message for players (no paths, no
    internals); `detail` is the store's own error, for the log and the terminal;
    `at_start` tells a game refused before it began from one stopped midway."""

    def __init__(self, detail: str, *, at_start: bool = False) -> None:
        super().__init__(REFUSED_MESSAGE if at_start else STOPPED_MESSAGE)
        self.detail = detail
        self.at_start = at_start


@dataclass(frozen=True, slots=True)
class PlayContext:
    scope: str  # guild id, or "local" for the terminal
    channel: str
    session_id: str


@dataclass(slots=True)
class _Open:
    """What the recorder remembers about the question being asked."""

    question: QuestionBase
    time_limit: float
    hints_by_player: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Outcome:
    player_id: str
    correct: bool
    hints_used: int
    response_time: float


class Recorder:
    def __init__(
        self,
        store: Store,
        context: PlayContext,
        clock: Clock,
        scheduler: ReviewScheduler | None = None,
        *,
        award_points: bool = True,
    ) -> None:
        self._store = store
        # Practice and review answers count as answered and move review cards, but
        # earn no leaderboard points: nobody can see how a private answer was found.
        self._award_points = award_points
        self._context = context
        self._clock = clock
        self._scheduler = scheduler
        self._open: dict[int, _Open] = {}
        self._started_at: datetime | None = None
        self._asked: list[tuple[str, str]] = []

    async def begin(self) -> None:
        """Write the session's row before the game starts, so a store that cannot write
        refuses the game before anything is announced. Only the first call writes."""
        if self._started_at is not None:
            return
        self._started_at = self._clock.wall()
        try:
            await self._record_session(finished_at=None)
        except Exception as error:
            self._started_at = None  # the next try writes again
            raise NotStoredError(_reason(error), at_start=True) from error

    async def handle(self, events: Sequence[Event]) -> None:
        """Commit what `events` mean for the store; NotStoredError on the first failed write."""
        for event in events:
            await self._guarded(self._handle_one(event))

    @staticmethod
    async def _guarded(write: Awaitable[None]) -> None:
        try:
            await write
        except NotStoredError:
            raise
        except Exception as error:
            raise NotStoredError(_reason(error)) from error

    async def _handle_one(self, event: Event) -> None:
        if isinstance(event, SessionStarted):
            if self._started_at is None:
                self._started_at = wall_time_of(self._clock, event.at)
        elif isinstance(event, QuestionAsked):
            self._open[event.number] = _Open(event.question, event.time_limit)
            self._asked.append(event.key)
            await self._record_session(finished_at=None)
        elif isinstance(event, AnswerJudged):
            await self._record_answer(event)
        elif isinstance(event, Reveal):
            await self._review(event)
        elif isinstance(event, SessionFinished):
            await self._record_session(finished_at=wall_time_of(self._clock, event.at))

    async def _record_answer(self, event: AnswerJudged) -> None:
        opened = self._open.get(event.number)
        if opened is not None:
            opened.hints_by_player[event.player.id] = event.hints_used
        set_name, question_id = event.key
        record = AnswerRecord(
            player_id=event.player.id,
            # Front-ends clean names already; this guards any other source of players.
            player_name=clean_name(event.player.name),
            scope=self._context.scope,
            channel=self._context.channel,
            session_id=self._context.session_id,
            set_name=set_name,
            question_id=question_id,
            tags=tuple(opened.question.tags) if opened else (),
            correct=event.correct,
            points=event.points if self._award_points else 0,
            response_time=event.response_time,
            hints_used=event.hints_used,
            answered_at=wall_time_of(self._clock, event.at),
            team=event.team,
        )
        await self._store.record_answer(record)

    async def _record_session(self, finished_at: datetime | None) -> None:
        started = self._started_at or self._clock.wall()
        await self._store.record_session(
            SessionRecord(
                session_id=self._context.session_id,
                scope=self._context.scope,
                channel=self._context.channel,
                set_names=tuple(sorted({name for name, _ in self._asked})),
                started_at=started,
                finished_at=finished_at,
                questions=tuple(self._asked),
            )
        )

    async def _review(self, reveal: Reveal) -> None:
        opened = self._open.pop(reveal.number, None)
        if self._scheduler is None or opened is None:
            return
        now = wall_time_of(self._clock, reveal.at)
        for award in reveal.winners:
            outcome = _Outcome(
                award.player.id,
                True,
                opened.hints_by_player.get(award.player.id, 0),
                award.response_time,
            )
            await self._update_card(reveal.key, outcome, opened.time_limit, now)
        for miss in reveal.misses:
            outcome = _Outcome(miss.player.id, False, 0, 0.0)
            await self._update_card(reveal.key, outcome, opened.time_limit, now)

    async def _update_card(
        self, key: tuple[str, str], outcome: _Outcome, time_limit: float, now: datetime
    ) -> None:
        assert self._scheduler is not None
        set_name, question_id = key
        player_id = outcome.player_id
        scope = self._context.scope
        current = await self._store.get_card(scope, player_id, set_name, question_id)
        result = self._scheduler.from_outcome(
            current,
            correct=outcome.correct,
            hints_used=outcome.hints_used,
            response_time=max(0.0, outcome.response_time),
            time_limit=time_limit,
            now=now,
        )
        await self._store.put_card(
            scope, player_id, set_name, question_id, card_json=result.card_json, due=result.due
        )


def _reason(error: Exception) -> str:
    return str(error) or type(error).__name__
