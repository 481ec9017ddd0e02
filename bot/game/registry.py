"""The running games of a front-end, keyed by where each one runs.

One registry serves channel races and polls (one game per channel, a cap per
server) and private practice (one per member per server, a new one replacing the
old, a cap overall). Each game is a `SessionRunner` task of its own, so it outlives
the command that started it; it leaves the registry however it ends (finished,
stopped, its place lost, or an unexpected error, which is logged).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, Literal, Protocol, TypeVar

from bot.engine.errors import QuizError, SessionError
from bot.engine.session import Session, Standing
from bot.game.clock import Clock
from bot.game.recorder import NotStoredError, Recorder
from bot.game.runner import Renderer, SessionRunner

logger = logging.getLogger(__name__)

# How long unloading a front-end waits for its games to show their standings; shutting
# down allows less (bot.client.SHUTDOWN_GAMES_SECONDS), SIGTERM must end the bot in 2 s.
STOP_GRACE_SECONDS = 8.0
# A game cancelled past its grace only finishes its last commits: sub-millisecond each.
CANCELLED_GAME_SECONDS = 0.5

Refusal = Literal["closing", "taken", "scope_full", "full"]


class GameRefusedError(QuizError):
    """A game cannot start here now; `reason` says why."""

    def __init__(self, reason: Refusal, limit: int = 0) -> None:
        self.reason: Refusal = reason
        self.limit = limit
        super().__init__(refusal_text(reason, limit))


def refusal_text(reason: Refusal, limit: int) -> str:
    match reason:
        case "closing":
            return "The bot is shutting down; try again in a minute."
        case "taken":
            return "A quiz is already running in this channel; `/quiz stop` ends it."
        case "scope_full":
            return f"This server already has {limit} quizzes running; wait for one to finish."
        case "full":
            return "Too many private sessions are running right now; try again in a minute."


@dataclass(frozen=True, slots=True)
class Place:
    """Where a game runs: a server (or "local") and a channel within it.

    Private practice runs in the member's own place (`practice-<user id>`), which is
    also the channel its answers are recorded under.
    """

    scope: str
    channel: str


class GameRenderer(Renderer, Protocol):
    def mark_lost(self) -> None:
        """Nothing more can be shown (the channel or the member's token is gone)."""
        ...

    async def notice(self, text: str) -> None:
        """Tell the players something outside the game (why it stopped); never raises."""
        ...


R = TypeVar("R", bound=GameRenderer)


@dataclass(eq=False)
class RunningGame(Generic[R]):
    place: Place
    tag: str  # a random id carried by the game's buttons, so stale clicks are recognised
    runner: SessionRunner
    renderer: R
    task: asyncio.Task[tuple[Standing, ...]] | None = None
    # The game plays once this is set: a start command answers first, then the first question.
    go: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def open_number(self) -> int | None:
        return self.runner.session.current_number


@dataclass(frozen=True, slots=True)
class Limits:
    per_scope: int | None = None  # most games at once in one server
    total: int | None = None  # most games at once overall
    replace: bool = False  # a new game in a taken place ends the old one instead of refusing


class GameRegistry(Generic[R]):
    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self._games: dict[Place, RunningGame[R]] = {}
        # Set by stop_all: commands keep arriving while the bot waits for standings to post.
        self._closing = False

    def __len__(self) -> int:
        return len(self._games)

    def get(self, place: Place) -> RunningGame[R] | None:
        return self._games.get(place)

    def by_tag(self, tag: str) -> RunningGame[R] | None:
        return next((g for g in self._games.values() if g.tag == tag), None)

    def in_scope(self, scope: str) -> list[RunningGame[R]]:
        return [g for g in self._games.values() if g.place.scope == scope]

    def check_room(self, place: Place) -> None:
        """Raise GameRefusedError unless a new game may start at `place` now."""
        if self._closing:
            raise GameRefusedError("closing")
        if place in self._games:
            if not self.limits.replace:
                raise GameRefusedError("taken")
            return  # the game there gives way to the new one: no more games than before
        per_scope = self.limits.per_scope
        if per_scope is not None and len(self.in_scope(place.scope)) >= per_scope:
            raise GameRefusedError("scope_full", per_scope)
        if self.limits.total is not None and len(self._games) >= self.limits.total:
            raise GameRefusedError("full", self.limits.total)

    def launch(
        self,
        place: Place,
        session: Session,
        clock: Clock,
        recorder: Recorder | None,
        renderer: Callable[[str, Callable[[], None]], R],
    ) -> RunningGame[R]:
        """Take `place` at once (checking for room in the same step) and start the game's task,
        which plays once `game.go` is set. `renderer(tag, end)` builds what shows the game;
        it calls `end()` when nothing can be shown any more."""
        if self.limits.replace:
            self._replace(place)
        self.check_room(place)
        tag = secrets.token_hex(4)
        shown = renderer(tag, lambda: self._end_soon(tag))
        game = RunningGame(place, tag, SessionRunner(session, shown, clock, recorder), shown)
        self._games[place] = game
        game.task = asyncio.create_task(self._play(game), name=f"game-{tag}")
        return game

    def _replace(self, place: Place) -> None:
        old = self._games.get(place)
        if old is not None and not self._closing:
            old.renderer.mark_lost()
            self._end(old)
            # Forget it at once: its buttons must answer "over" even before its task ends.
            self._forget(old)

    async def _play(self, game: RunningGame[R]) -> tuple[Standing, ...]:
        try:
            await game.go.wait()
            return await game.runner.run()
        except NotStoredError as error:
            logger.warning("the game %s at %s stopped: %s", game.tag, game.place, error.detail)
            self._forget(game)  # the place is free before anyone reads why it stopped
            await game.renderer.notice(str(error))
            return ()
        except Exception:
            logger.exception("the game %s at %s failed", game.tag, game.place)
            return ()
        finally:
            self._forget(game)

    def _forget(self, game: RunningGame[R]) -> None:
        if self._games.get(game.place) is game:
            del self._games[game.place]

    def place_gone(self, place: Place) -> None:
        """The channel was deleted: end its game without trying to show anything."""
        game = self._games.get(place)
        if game is not None:
            game.renderer.mark_lost()
            self._end(game)

    def _end_soon(self, tag: str) -> None:
        # Called from inside the renderer: let it return before the session is stopped.
        asyncio.get_running_loop().call_soon(self._end_by_tag, tag)

    def _end_by_tag(self, tag: str) -> None:
        game = self.by_tag(tag)
        if game is not None:
            self._end(game)

    def _end(self, game: RunningGame[R]) -> None:
        if game.runner.session.state == "created":
            # Not started yet: nothing to record or show; a task cancelled this early never
            # reaches its own clean-up, so forget the game here.
            if game.task is not None:
                game.task.cancel()
            self._forget(game)
            return
        with contextlib.suppress(SessionError):
            game.runner.stop(None)

    async def stop_all(self, timeout: float) -> None:
        """Shutdown: end every game, letting each show its standings for up to `timeout` s;
        past that, what is left to show is dropped (what is left to store is not)."""
        self._closing = True
        games = list(self._games.values())
        if not games:
            return
        logger.info("stopping %d running games", len(games))
        for game in games:
            self._end(game)
        tasks = [g.task for g in games if g.task is not None]
        _, pending = await asyncio.wait(tasks, timeout=timeout)
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending, timeout=CANCELLED_GAME_SECONDS)
