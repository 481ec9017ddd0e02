"""What is on the player's screen, shared by the two halves of a terminal game.

The renderer writes it as it prints events; the input side reads it, so that an
answer is meant for the question actually shown, and waits on it, so that what
it prints next comes after the events its own command caused. Neither half
reaches into the other: both hold this object, which `play_session` owns.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from bot.engine.session import Event, QuestionAsked, Reveal, SessionFinished, SessionStarted


class Screen:
    def __init__(self) -> None:
        self.started = False
        self.finished = False
        # Set by the input side just before it stops the session, for the last reveal's wording.
        self.stopping = False
        # The question on the screen: its number while it is open, else None.
        self.open_number: int | None = None
        self.last_number: int | None = None
        # The last event the input side caused, until it has been printed.
        self._awaited: Event | None = None
        self._changed = asyncio.Condition()

    def track(self, event: Event) -> None:
        """Note an event just printed."""
        if isinstance(event, SessionStarted):
            self.started = True
        elif isinstance(event, QuestionAsked):
            self.open_number = self.last_number = event.number
        elif isinstance(event, Reveal):
            self.open_number = None
        elif isinstance(event, SessionFinished):
            self.finished = True
            self.open_number = None

    async def shown(self, event: Event) -> None:
        """`event` has been dealt with (printed, or failed to print): wake whoever waits."""
        if event is self._awaited:
            self._awaited = None
        async with self._changed:
            self._changed.notify_all()

    async def wait_until(self, ready: Callable[[], bool]) -> None:
        """Wait until `ready()` holds; it is checked again after every event shown."""
        async with self._changed:
            await self._changed.wait_for(ready)

    def follow(self, events: list[Event]) -> None:
        """Note the events a command just caused (still queued for printing)."""
        if events:
            self._awaited = events[-1]

    async def caught_up(self) -> None:
        """Wait until the events passed to `follow` are on the screen, so a message
        printed next comes after them, as it happened."""
        await self.wait_until(lambda: self._awaited is None or self.finished)
