"""Run one session in real time for a front-end.

The runner owns the timing loop (sleep until the engine's next deadline, then
tick) so that no front-end puts a game loop inside a command callback. Answers
and commands are judged the moment they arrive and their events go out on two
ordered queues: one to the recorder, one to the renderer. A slow or
rate-limited send therefore never delays the recording of answers, nor the
timing of the next question.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Protocol

from bot.engine.session import Event, Player, Session, SessionFinished, Standing
from bot.game.clock import Clock
from bot.game.recorder import Recorder

logger = logging.getLogger(__name__)

_DONE = None  # sentinel closing a queue
# How long the standings wait for the store to catch up before showing anyway.
RECORDING_GRACE_SECONDS = 10.0


class Renderer(Protocol):
    async def render(self, event: Event) -> None:
        """Show one event to the players. Exceptions are logged, never fatal to the game."""
        ...


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
        self._to_record: asyncio.Queue[Sequence[Event] | None] = asyncio.Queue()
        self._to_render: asyncio.Queue[Sequence[Event] | None] = asyncio.Queue()
        # Set once the recorder has written everything up to the session's end, so the
        # standings never appear before the answers behind them are in the store.
        self._end_recorded = asyncio.Event()

    @property
    def session(self) -> Session:
        return self._session

    @property
    def finished(self) -> bool:
        return self._session.state == "finished"

    async def run(self) -> tuple[Standing, ...]:
        """Play the session to its end; returns the standings once all is recorded and shown."""
        recording = asyncio.create_task(self._drain(self._to_record, self._record))
        rendering = asyncio.create_task(self._drain(self._to_render, self._render))
        try:
            self._publish(self._session.start(self._clock.monotonic()))
            while not self.finished:
                await self._sleep_until_due()
                self._publish(self._session.tick(self._clock.monotonic()))
        finally:
            if not self.finished:
                # Cancelled from outside: still close the session so its end is recorded.
                self._publish(self._session.stop(None, self._clock.monotonic()))
            for queue in (self._to_record, self._to_render):
                queue.put_nowait(_DONE)
            await asyncio.shield(asyncio.gather(recording, rendering))
        return self._session.standings()

    def answer(self, player: Player, text: str, *, number: int | None = None) -> list[Event]:
        events = self._session.answer(player, text, self._clock.monotonic(), number=number)
        return self._publish(events)

    def pick(self, player: Player, choice: int | bool, *, number: int | None = None) -> list[Event]:
        events = self._session.pick(player, choice, self._clock.monotonic(), number=number)
        return self._publish(events)

    def hint(self, by: str | None, *, is_moderator: bool = False) -> list[Event]:
        events = self._session.hint(by, self._clock.monotonic(), is_moderator=is_moderator)
        return self._publish(events)

    def skip(self, by: str | None, *, is_moderator: bool = False) -> list[Event]:
        events = self._session.skip(by, self._clock.monotonic(), is_moderator=is_moderator)
        return self._publish(events)

    def stop(self, by: str | None = None, *, is_moderator: bool = False) -> list[Event]:
        if self.finished:
            return []
        events = self._session.stop(by, self._clock.monotonic(), is_moderator=is_moderator)
        return self._publish(events)

    def _publish(self, events: list[Event]) -> list[Event]:
        if events:
            self._to_record.put_nowait(events)
            self._to_render.put_nowait(events)
        # Whatever happened may have moved the next deadline (a win opens the reveal pause).
        self._wake.set()
        return events

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

    async def _drain(self, queue: asyncio.Queue[Sequence[Event] | None], handle: _Handler) -> None:
        while (events := await queue.get()) is not _DONE:
            try:
                await handle(events)
            except Exception:
                logger.exception("could not handle %d session events", len(events))

    async def _record(self, events: Sequence[Event]) -> None:
        try:
            if self._recorder is not None:
                await self._recorder.handle(events)
        finally:
            if any(isinstance(event, SessionFinished) for event in events):
                self._end_recorded.set()

    async def _render(self, events: Sequence[Event]) -> None:
        for event in events:
            if isinstance(event, SessionFinished):
                await self._wait_for_recording()
            try:
                await self._renderer.render(event)
            except Exception:
                if isinstance(event, SessionFinished):
                    raise
                logger.exception("could not show %s", type(event).__name__)

    async def _wait_for_recording(self) -> None:
        try:
            async with asyncio.timeout(RECORDING_GRACE_SECONDS):
                await self._end_recorded.wait()
        except TimeoutError:
            logger.warning("the store is slow; showing the standings before the last writes")


class _Handler(Protocol):
    async def __call__(self, events: Sequence[Event], /) -> None: ...
