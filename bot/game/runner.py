"""Run one session in real time for a front-end.

The runner owns the timing loop (sleep until the engine's next deadline, then
tick) so that no front-end puts a game loop inside a command callback. Answers
and commands are judged the moment they arrive; their events then go through
two ordered stages: the recorder commits them, and only then the renderer shows
them. A slow or rate-limited send never delays the recording of answers, nor the
timing of the next question, and nothing reaches a screen before it is stored.

`answer` and `pick` return once their events are committed, so a front-end may
acknowledge them (a reaction, a reply) straight away. When the store cannot
write, the session stops at once, nothing more is shown, and `run` raises
`NotStoredError` for the front-end to tell its players in one message.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from bot.engine.session import Event, Player, Session, Standing
from bot.game.clock import Clock
from bot.game.recorder import NotStoredError, Recorder

logger = logging.getLogger(__name__)


class Renderer(Protocol):
    async def render(self, event: Event) -> None:
        """Show one event to the players. Exceptions are logged, never fatal to the game."""
        ...


@dataclass(eq=False, slots=True)
class _Batch:
    """The events one call produced, and whether they are in the store yet."""

    events: Sequence[Event]
    stored: asyncio.Future[None] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )


_DONE = None  # sentinel closing a queue


class SessionRunner:
    def __init__(
        self,
        session: Session,
        renderer: Renderer,
        clock: Clock,
        recorder: Recorder | None = None,
    ) -> None:
        self._session = session
        self._renderer = renderer
        self._clock = clock
        self._recorder = recorder
        self._wake = asyncio.Event()
        self._to_record: asyncio.Queue[_Batch | None] = asyncio.Queue()
        self._to_render: asyncio.Queue[_Batch | None] = asyncio.Queue()
        self._failure: NotStoredError | None = None
        self._closed = False  # set once the last batch is queued for recording

    @property
    def session(self) -> Session:
        return self._session

    @property
    def finished(self) -> bool:
        return self._session.state == "finished"

    @property
    def failure(self) -> NotStoredError | None:
        """Set once the store refused a write; the session is then over."""
        return self._failure

    async def run(self) -> tuple[Standing, ...]:
        """Play the session to its end; returns the standings once all is recorded and shown.

        Raises NotStoredError (after stopping the session) when the store fails."""
        recording = asyncio.create_task(self._record_all())
        rendering = asyncio.create_task(self._render_all())
        try:
            await self._begin()
            if self._failure is None:
                self._publish(self._session.start(self._clock.monotonic()))
            while not self.finished and self._failure is None:
                await self._sleep_until_due()
                self._publish(self._session.tick(self._clock.monotonic()))
        finally:
            if self._session.state not in ("created", "finished"):
                # Cancelled from outside: still close the session so its end is recorded.
                self._publish(self._session.stop(None, self._clock.monotonic()))
            self._to_record.put_nowait(_DONE)
            self._closed = True
            await self._drain(recording, rendering)
        if self._failure is not None:
            raise self._failure
        return self._session.standings()

    @staticmethod
    async def _drain(recording: asyncio.Task[None], rendering: asyncio.Task[None]) -> None:
        """Wait until every batch is stored and shown. Cancelled meanwhile (a shutdown past
        its grace, with sends stuck): stop showing, but let the last commits finish."""
        try:
            # asyncio.wait, cancelled, leaves the tasks running (unlike gather).
            await asyncio.wait((recording, rendering))
        except asyncio.CancelledError:
            rendering.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.wait((recording,))
            raise
        for stage in (recording, rendering):
            stage.result()  # an error in either stage is the game's error

    async def _begin(self) -> None:
        if self._recorder is not None:
            try:
                await self._recorder.begin()
            except Exception as error:
                self._fail(error)

    async def answer(self, player: Player, text: str, *, number: int | None = None) -> list[Event]:
        """Judge an answer now; returns its events once they are stored (NotStoredError if not)."""
        events = self._session.answer(player, text, self._clock.monotonic(), number=number)
        await self._stored(self._publish(events))
        return events

    async def pick(
        self, player: Player, choice: int | bool, *, number: int | None = None
    ) -> list[Event]:
        """Take a button pick now; returns its events once they are stored."""
        events = self._session.pick(player, choice, self._clock.monotonic(), number=number)
        await self._stored(self._publish(events))
        return events

    def hint(self, by: str | None, *, is_moderator: bool = False) -> list[Event]:
        events = self._session.hint(by, self._clock.monotonic(), is_moderator=is_moderator)
        self._publish(events)
        return events

    def skip(self, by: str | None, *, is_moderator: bool = False) -> list[Event]:
        events = self._session.skip(by, self._clock.monotonic(), is_moderator=is_moderator)
        self._publish(events)
        return events

    def stop(self, by: str | None = None, *, is_moderator: bool = False) -> list[Event]:
        if self.finished:
            return []
        events = self._session.stop(by, self._clock.monotonic(), is_moderator=is_moderator)
        self._publish(events)
        return events

    def _publish(self, events: list[Event]) -> _Batch | None:
        batch = None
        if events:
            batch = _Batch(events)
            if self._closed:
                # The game is over (these can only be refusals): nothing left to store.
                self._settle(batch)
            else:
                self._to_record.put_nowait(batch)
        # Whatever happened may have moved the next deadline (a win opens the reveal pause).
        self._wake.set()
        return batch

    async def _stored(self, batch: _Batch | None) -> None:
        if batch is not None:
            await asyncio.shield(batch.stored)
        elif self._failure is not None:
            raise self._failure

    async def _sleep_until_due(self) -> None:
        """Sleep on the injected clock until the session's next deadline, or until something
        that may have moved it happens (an answer, a command)."""
        deadline = self._session.next_deadline()
        self._wake.clear()
        if deadline is None:
            await self._wake.wait()
            return
        if deadline <= self._clock.monotonic():
            return
        # Tasks and asyncio.wait rather than wait_for: on Python 3.11 wait_for can swallow
        # a cancellation that arrives just as the wake-up event is set.
        timer = asyncio.ensure_future(self._clock.sleep_until(deadline))
        woken = asyncio.ensure_future(self._wake.wait())
        try:
            await asyncio.wait((timer, woken), return_when=asyncio.FIRST_COMPLETED)
        finally:
            timer.cancel()
            woken.cancel()

    async def _record_all(self) -> None:
        """Commit each batch in order, then pass it on to be shown; after a failure, drop all."""
        try:
            while (batch := await self._to_record.get()) is not _DONE:
                await self._record(batch)
        finally:
            self._to_render.put_nowait(_DONE)

    async def _record(self, batch: _Batch) -> None:
        if self._failure is None and self._recorder is not None:
            try:
                await self._recorder.handle(batch.events)
            except Exception as error:
                self._fail(error)
        if self._settle(batch):
            self._to_render.put_nowait(batch)

    def _settle(self, batch: _Batch) -> bool:
        """Tell whoever waits on `batch` whether it is stored; True if it is."""
        if self._failure is not None:
            batch.stored.set_exception(self._failure)
            batch.stored.exception()  # retrieved: nobody may be waiting on this batch
            return False
        batch.stored.set_result(None)
        return True

    def _fail(self, error: Exception) -> None:
        if self._failure is not None:
            return
        failure = error if isinstance(error, NotStoredError) else NotStoredError(str(error))
        # Info only: the front-end tells its players and its operator, once.
        logger.info("the store refused a write; stopping the session: %s", failure.detail)
        self._failure = failure
        if self._session.state not in ("created", "finished"):
            # Its events are neither stored nor shown: the game is simply over.
            self._session.stop(None, self._clock.monotonic())
        self._wake.set()

    async def _render_all(self) -> None:
        while (batch := await self._to_render.get()) is not _DONE:
            for event in batch.events:
                try:
                    await self._renderer.render(event)
                except Exception:
                    logger.exception("could not show %s", type(event).__name__)
