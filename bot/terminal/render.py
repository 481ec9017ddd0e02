"""The terminal renderer: prints each session event and keeps the player's running score.

What it has shown goes on the `Screen` it shares with the input side, so an
answer is always meant for the question on the screen.
"""

from __future__ import annotations

import asyncio

from bot.engine.session import (
    AnswerIgnored,
    AnswerJudged,
    AnswerLocked,
    Event,
    HintRevealed,
    Player,
    QuestionAsked,
    Reveal,
    SessionFinished,
    SessionStarted,
)
from bot.engine.teams import TeamRoster
from bot.game.clock import Clock
from bot.terminal import texts
from bot.terminal.console import Console, Style
from bot.terminal.screen import Screen

# A real terminal gets one reminder this many seconds before the time is up.
WARNING_SECONDS = 10.0
HELP = "Type an answer and press Enter. Commands: /hint, /skip, /stop (or Ctrl-C)."


class TerminalRenderer:
    """`Renderer` for one local player at a terminal (or a pipe).

    `countdown` prints a "seconds left" reminder while a question is open (a real
    terminal only: in a transcript it would be noise). `echo` repeats each answer
    next to its verdict, for input that the terminal did not show as it was typed.
    """

    def __init__(
        self,
        console: Console,
        local: Player,
        clock: Clock,
        screen: Screen,
        *,
        countdown: bool,
        echo: bool,
        roster: TeamRoster | None = None,
    ) -> None:
        self._roster = roster
        self._console = console
        self._local = local
        self._clock = clock
        self._screen = screen
        self._countdown = countdown
        self._echo = echo
        self.glyphs = texts.FANCY if console.fancy else texts.PLAIN
        self.points = 0
        self.correct = 0
        # Questions the local player answered (counted once however many guesses).
        self.answered: set[int] = set()
        self.closed = 0
        self._deadline = 0.0
        self._warning: asyncio.Task[None] | None = None

    async def render(self, event: Event) -> None:
        try:
            style = _style(event)
            for line in self._lines(event):
                self._console.line(line, style)
            self._track(event)
            self._screen.track(event)
        finally:
            # Even a failed event must not leave the input side waiting for it.
            await self._screen.shown(event)

    def close(self) -> None:
        self._cancel_warning()

    # -- what to print -------------------------------------------------------------------

    def _lines(self, event: Event) -> list[str]:
        glyphs = self.glyphs
        own = getattr(event, "player", None) == self._local
        if isinstance(event, SessionStarted):
            return [HELP]
        if isinstance(event, QuestionAsked):
            return texts.question_lines(event, glyphs, show_timer=True)
        if isinstance(event, HintRevealed):
            return [texts.hint_line(event, self._deadline - event.at)]
        if isinstance(event, AnswerJudged):
            return [texts.verdict_line(event, glyphs, echo=self._echo and own, own=own)]
        if isinstance(event, AnswerIgnored):
            return self._ignored(event) if own else []
        if isinstance(event, AnswerLocked):
            return ["Answer locked in."] if own else []
        if isinstance(event, Reveal):
            unanswered = self.closed + 1 - len(self.answered)
            lines = texts.reveal_lines(
                event, glyphs, self._local.id, stopping=self._screen.stopping
            )
            score = texts.score_line(self.points, self.correct, len(self.answered), glyphs)
            if unanswered:
                score += f" {glyphs.dot} {unanswered} unanswered"
            return [*lines, score]
        if isinstance(event, SessionFinished):
            return texts.standings_lines(event, self._local.id, self._roster)
        return []

    def _ignored(self, event: AnswerIgnored) -> list[str]:
        said = f"> {event.text}  " if self._echo else ""
        if event.reason in ("late", "stale"):
            return [f"{said}(too late: that question is closed)"]
        if event.reason == "guess_limit":
            return [f"{said}(no guesses left for this question)"]
        return []

    # -- the player's running score and the countdown ------------------------------------

    def _track(self, event: Event) -> None:
        if isinstance(event, QuestionAsked):
            self._deadline = event.deadline
            self._start_warning(event)
        elif isinstance(event, AnswerJudged) and event.player == self._local:
            self.points += event.points
            self.correct += int(event.correct)
            self.answered.add(event.number)
        elif isinstance(event, Reveal):
            self.closed += 1
            self._cancel_warning()
        elif isinstance(event, SessionFinished):
            self._cancel_warning()

    def _start_warning(self, event: QuestionAsked) -> None:
        self._cancel_warning()
        if not self._countdown or event.time_limit <= 2 * WARNING_SECONDS:
            return
        warn_at = event.deadline - WARNING_SECONDS
        if warn_at > self._clock.monotonic():
            self._warning = asyncio.create_task(self._warn_later(warn_at, event.number))

    async def _warn_later(self, warn_at: float, number: int) -> None:
        await self._clock.sleep_until(warn_at)
        if self._screen.open_number == number:
            self._console.line(f"{self.glyphs.clock} {texts.seconds(WARNING_SECONDS)} left")

    def _cancel_warning(self) -> None:
        if self._warning is not None:
            self._warning.cancel()
            self._warning = None


def _style(event: Event) -> Style | None:
    """The colour of an event's lines: verdicts and hints stand out from the rest."""
    if isinstance(event, AnswerJudged):
        return "right" if event.correct else ("close" if event.close else "wrong")
    if isinstance(event, HintRevealed):
        return "hint"
    return None
