"""One quiz session as a pure state machine driven by the caller's clock.

The caller passes the time in (`now`, seconds on any monotonic clock) and gets
events back; it never needs to know the rules. After every call it should sleep
until `next_deadline()` and then call `tick()`. Every call first catches up with
`now` (due hints, time-outs, the next question), so a late `tick` or a delayed
send never changes the outcome: a question's deadline is fixed when it is asked,
and an answer that arrives after it is ignored even if `tick` has not run yet.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from typing import Literal

from bot.engine.errors import SessionError
from bot.engine.judge import judge as default_judge
from bot.engine.models import QuestionBase
from bot.engine.session import scoring
from bot.engine.session.events import (
    AnswerIgnored,
    AnswerLocked,
    Event,
    HintRevealed,
    IgnoreReason,
    Mode,
    Player,
    QuestionAsked,
    QuestionSkipped,
    QuestionTimedOut,
    QuestionWon,
    SessionFinished,
    SessionStarted,
    Standing,
    TimeoutReason,
)
from bot.engine.session.hints import build_hints
from bot.engine.session.options import SessionOptions
from bot.engine.session.round import Locked, Round, choice_labels, guess_limit, pick_text
from bot.engine.session.selection import Pick, select_questions
from bot.engine.session.tally import Scorebook
from bot.engine.verdict import Verdict

logger = logging.getLogger(__name__)

# How a question closed: won, skipped, or (nobody right) one of the timeout reasons.
CloseOutcome = Literal["won", "skipped"] | TimeoutReason

Judge = Callable[[QuestionBase, str], Verdict]
State = Literal["created", "asking", "revealing", "finished"]


class NotAllowedError(SessionError):
    """Only the starter of a session or a moderator may skip, stop or force a hint."""


class Session:
    """One game in one place (a channel, a private practice, a terminal).

    Lifecycle: `created` -> `start()` -> `asking` (a question is open) <-> `revealing`
    (the pause after a reveal) -> `finished`. Every method taking `now` returns the
    events it caused, in order. Answers never raise: those that do not count come
    back as `AnswerIgnored`. `hint`, `skip` and `stop` raise `NotAllowedError` unless
    `by` is the starter, `is_moderator` is True, `by` is None (the system itself) or
    the session has no starter; they raise `SessionError` before start or after the end.
    `judge` defaults to the engine's judge; the same signature can be passed in.
    """

    def __init__(self, options: SessionOptions, judge: Judge = default_judge) -> None:
        self.options = options
        self._judge = judge
        self._rng = random.Random(options.seed)
        self._picks = select_questions(options, self._rng)
        self._state: State = "created"
        self._round: Round | None = None
        self._next_at: float | None = None
        self._closed_at = 0.0
        self._book = Scorebook(scoring.DEFAULT_RULES, options.roster)

    # -- read-only views ---------------------------------------------------------------

    @property
    def state(self) -> State:
        return self._state

    @property
    def total(self) -> int:
        return len(self._picks)

    @property
    def mode(self) -> Mode:
        return self.options.mode

    @property
    def plan(self) -> tuple[Pick, ...]:
        """The questions chosen for this session, in the order they will be asked."""
        return tuple(self._picks)

    @property
    def current_number(self) -> int | None:
        """The open question's number, or None between questions."""
        return self._round.number if self._state == "asking" and self._round else None

    def standings(self) -> tuple[Standing, ...]:
        return self._book.standings()

    def next_deadline(self) -> float | None:
        """When `tick` has something to do next; None if nothing is scheduled."""
        if self._state == "asking" and self._round is not None:
            hint_at = self._round.next_hint_time()
            deadline = self._round.deadline
            return deadline if hint_at is None else min(hint_at, deadline)
        if self._state == "revealing":
            return self._next_at if self._next_at is not None else self._closed_at
        return None

    # -- commands ------------------------------------------------------------------------

    def start(self, now: float) -> list[Event]:
        if self._state != "created":
            raise SessionError("this session has already started")
        events: list[Event] = [
            SessionStarted(self.options.mode, self.total, self.options.starter_id, now)
        ]
        self._ask(now, events)
        return events

    def tick(self, now: float) -> list[Event]:
        events: list[Event] = []
        self._advance(now, events)
        return events

    def answer(
        self, player: Player, text: str, now: float, *, number: int | None = None
    ) -> list[Event]:
        """A typed answer. `number` (the question it was meant for) lets stale ones be spotted."""
        return self._submit(player, text, now, number)

    def pick(
        self, player: Player, choice: int | bool, now: float, *, number: int | None = None
    ) -> list[Event]:
        """A button pick: an index into `QuestionAsked.choices` (or a bool for true/false).

        The pick becomes the choice's text and is judged exactly like a typed answer.
        """
        return self._submit(player, choice, now, number)

    def hint(self, by: str | None, now: float, *, is_moderator: bool = False) -> list[Event]:
        """Reveal the next hint now.

        Raises NotAllowedError, or SessionError when there is no hint to give (unless catching
        up with `now` produced events, e.g. the question timed out: those are returned).
        """
        self._check_command(by, is_moderator)
        events: list[Event] = []
        self._advance(now, events)
        round_ = self._round
        problem = None
        if self._state != "asking" or round_ is None:
            problem = "no question is open right now"
        elif round_.shown >= len(round_.hints):
            problem = "there are no more hints for this question"
        else:
            self._reveal_hint(round_, now, by, events)
        # Catching up may itself have closed the question; those events must not be lost.
        if problem is not None and not events:
            raise SessionError(problem)
        return events

    def skip(self, by: str | None, now: float, *, is_moderator: bool = False) -> list[Event]:
        """Reveal the open question's answer and move on (between questions: move on now)."""
        self._check_command(by, is_moderator)
        events: list[Event] = []
        self._advance(now, events)
        if self._state == "asking":
            self._close(now, "skipped", events, by=by)
        elif self._state == "revealing" and self._next_at is not None:
            self._next_at = now
        self._advance(now, events)
        return events

    def stop(self, by: str | None, now: float, *, is_moderator: bool = False) -> list[Event]:
        """End the session now with its standings. `by=None` means the system (shutdown)."""
        self._check_command(by, is_moderator)
        events: list[Event] = []
        self._advance(now, events)
        if self._state == "finished":
            return events
        if self._state == "asking":
            self._close(now, "skipped", events, by=by)
        self._finish(now, events, stopped_by=by, stopped=True)
        return events

    # -- the machine -------------------------------------------------------------------

    def _check_command(self, by: str | None, is_moderator: bool) -> None:
        if self._state == "created":
            raise SessionError("the session has not started")
        if self._state == "finished":
            raise SessionError("the session is over")
        starter = self.options.starter_id
        if by is None or is_moderator or starter is None or by == starter:
            return
        raise NotAllowedError("only the player who started the quiz or a moderator can do that")

    def _advance(self, now: float, events: list[Event]) -> None:
        while True:
            round_ = self._round
            if self._state == "asking" and round_ is not None:
                if now >= round_.deadline:
                    self._close(round_.deadline, "time", events)
                    continue
                while round_.shown < round_.hints_due(now):
                    self._reveal_hint(round_, round_.hint_times[round_.shown], None, events)
                return
            if self._state != "revealing":
                return
            if self._next_at is None:
                self._finish(self._closed_at, events)
                return
            if now < self._next_at:
                return
            self._ask(now, events)

    def _ask(self, now: float, events: list[Event]) -> None:
        number = (self._round.number if self._round else 0) + 1
        pick = self._picks[number - 1]
        question, quiz_set = pick.question, pick.quiz_set
        limit = question.time_limit or quiz_set.defaults.time_limit or self.options.time_limit
        round_ = Round(
            number=number,
            pick=pick,
            asked_at=now,
            deadline=now + limit,
            time_limit=limit,
            base=scoring.base_points(question, quiz_set),
            hints=build_hints(question, self._rng),
            hint_times=tuple(now + f * limit for f in self.options.hint_schedule),
        )
        self._round, self._state = round_, "asking"
        events.append(
            QuestionAsked(
                number=number,
                total=self.total,
                key=pick.key,
                set_title=quiz_set.title,
                question=question,
                asked_at=now,
                deadline=round_.deadline,
                time_limit=limit,
                choices=choice_labels(question),
                base_points=round_.base,
                hints_available=len(round_.hints),
            )
        )

    def _reveal_hint(self, round_: Round, at: float, by: str | None, events: list[Event]) -> None:
        round_.shown += 1
        events.append(
            HintRevealed(
                number=round_.number,
                key=round_.key,
                hint_number=round_.shown,
                text=round_.hints[round_.shown - 1],
                all_hints=round_.hints[: round_.shown],
                forced_by=by,
                at=at,
            )
        )

    def _submit(
        self, player: Player, given: str | int | bool, now: float, number: int | None
    ) -> list[Event]:
        open_before = self.current_number
        events: list[Event] = []
        self._advance(now, events)
        round_ = self._round
        text = given if isinstance(given, str) else str(given)
        reason = self._gate(player, given, open_before, number)
        if reason is None and round_ is not None and not isinstance(given, str):
            picked = pick_text(round_.question, given)
            reason = "invalid_pick" if picked is None else None
            text = picked or text
        if reason is not None or round_ is None:
            shown_number = round_.number if round_ else None
            events.append(AnswerIgnored(shown_number, player, text, reason or "not_started", now))
            return events
        if self.options.mode == "poll":
            self._lock(round_, player, text, now, events)
        else:
            self._judge_now(round_, player, text, now, events)
        self._advance(now, events)
        return events

    def _gate(
        self, player: Player, given: str | int | bool, open_before: int | None, number: int | None
    ) -> IgnoreReason | None:
        if self._state == "created":
            return "not_started"
        if self._state == "finished":
            return "late" if open_before is not None else "finished"
        if self._state == "revealing" or self.current_number != open_before:
            # The question closed, perhaps within this very call: the answer came too late.
            return "late"
        if number is not None and number != self.current_number:
            return "stale"
        if self.options.mode == "solo" and player.id != self.options.starter_id:
            return "not_player"
        roster = self.options.roster
        if roster is not None and player.id not in roster.members:
            return "not_player"
        if isinstance(given, str) and not given.strip():
            return "empty"
        return None

    def _judge_now(
        self, round_: Round, player: Player, text: str, now: float, events: list[Event]
    ) -> None:
        limit = guess_limit(round_.question, self.options.guess_limit)
        used = round_.guesses.get(player.id, 0)
        if used >= limit:
            events.append(AnswerIgnored(round_.number, player, text, "guess_limit", now))
            return
        round_.guesses[player.id] = used + 1
        verdict = self._judge(round_.question, text)
        close = verdict.close and player.id not in round_.nudged
        if close:
            round_.nudged.add(player.id)
        judged = self._book.record(
            round_,
            player,
            text,
            verdict,
            at=now,
            speed=scoring.time_left_fraction(now - round_.asked_at, round_.time_limit),
            hints_used=round_.shown,
            guesses_left=limit - used - 1,
            close=close,
        )
        events.append(judged)
        if verdict.correct:
            self._close(now, "won", events)
        elif self._nobody_can_answer(round_, used + 1 >= limit, limit):
            self._close(now, "out_of_guesses", events)

    def _nobody_can_answer(self, round_: Round, spent: bool, limit: int) -> bool:
        """Solo: the player is out of guesses; a team game: every rostered player is."""
        if not spent:
            return False
        if self.options.mode == "solo":
            return True
        roster = self.options.roster
        if roster is None:
            return False
        return all(round_.guesses.get(pid, 0) >= limit for pid in roster.members)

    def _lock(
        self, round_: Round, player: Player, text: str, now: float, events: list[Event]
    ) -> None:
        if player.id in round_.locked:
            events.append(AnswerIgnored(round_.number, player, text, "already_answered", now))
            return
        self._book.join(player)
        round_.locked[player.id] = Locked(player, text, now, round_.shown)
        events.append(AnswerLocked(round_.number, round_.key, player, text, now))

    def _settle_poll(self, round_: Round, events: list[Event]) -> None:
        """Judge the poll's answers together: the right ones score, ranked by speed."""
        locks = list(round_.locked.values())
        verdicts = [self._judge(round_.question, lock.text) for lock in locks]
        right_times = [lock.at for lock, v in zip(locks, verdicts, strict=True) if v.correct]
        fractions = iter(scoring.poll_speed_fractions(right_times))
        for lock, verdict in zip(locks, verdicts, strict=True):
            judged = self._book.record(
                round_,
                lock.player,
                lock.text,
                verdict,
                at=lock.at,
                speed=next(fractions) if verdict.correct else 0.0,
                hints_used=lock.hints_used,
                guesses_left=0,
                close=verdict.close,
            )
            events.append(judged)

    def _close(
        self, at: float, outcome: CloseOutcome, events: list[Event], by: str | None = None
    ) -> None:
        round_ = self._round
        assert round_ is not None
        if self.options.mode == "poll":
            self._settle_poll(round_, events)
        self._book.break_streaks(round_)
        last = round_.number >= self.total
        self._state, self._closed_at = "revealing", at
        self._next_at = None if last else at + self.options.pause
        question = round_.question
        shown = (
            round_.number,
            round_.key,
            question.display_answer(),
            question.explain,
            tuple(round_.winners),
            round_.misses(),
            at,
            self._next_at,
        )
        match outcome:
            case "skipped":
                events.append(QuestionSkipped(*shown, by=by))
            case "won":
                events.append(QuestionWon(*shown))
            case "time" | "out_of_guesses" as reason:
                # A poll closing in time may still have right answers.
                won = bool(round_.winners)
                events.append(
                    QuestionWon(*shown) if won else QuestionTimedOut(*shown, reason=reason)
                )

    def _finish(
        self, at: float, events: list[Event], stopped_by: str | None = None, stopped: bool = False
    ) -> None:
        self._state, self._next_at = "finished", None
        asked = self._round.number if self._round else 0
        events.append(SessionFinished(self.standings(), asked, self.total, stopped, stopped_by, at))
        logger.debug("session finished after %d of %d questions", asked, self.total)
