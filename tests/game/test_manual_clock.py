"""A whole game on a manual clock: timers fire when the clock passes them, never on real time."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from bot.engine.session import QuestionAsked, QuestionTimedOut, SessionFinished
from bot.game import ManualClock, SessionRunner

from .test_runner import ListRenderer, session

START = datetime(2026, 1, 1, tzinfo=UTC)


async def settle() -> None:
    for _ in range(20):
        await asyncio.sleep(0)


async def test_a_game_of_timeouts_plays_out_as_the_clock_is_advanced() -> None:
    clock = ManualClock(START)
    renderer = ListRenderer()
    runner = SessionRunner(
        session(questions=2, time_limit=600.0, reveal_pause=30.0), renderer, clock
    )
    game = asyncio.create_task(runner.run())
    await settle()
    assert sum(isinstance(e, QuestionAsked) for e in renderer.events) == 1

    clock.advance(599.0)
    await settle()
    assert not any(isinstance(e, QuestionTimedOut) for e in renderer.events), "not yet"

    clock.advance(1.0)
    await settle()
    assert sum(isinstance(e, QuestionTimedOut) for e in renderer.events) == 1
    assert sum(isinstance(e, QuestionAsked) for e in renderer.events) == 1, "the pause holds"

    clock.advance(30.0)
    await settle()
    assert sum(isinstance(e, QuestionAsked) for e in renderer.events) == 2

    clock.advance(600.0)
    standings = await asyncio.wait_for(game, timeout=2)
    assert standings == ()
    assert isinstance(renderer.events[-1], SessionFinished)
    assert clock.wall() == START.replace(minute=20, second=30)


async def test_a_sleeper_wakes_only_once_its_deadline_is_reached() -> None:
    clock = ManualClock(START, start_monotonic=0.0)
    sleeper = asyncio.create_task(clock.sleep_until(10.0))
    clock.advance(9.5)
    await settle()
    assert not sleeper.done()
    clock.advance(0.5)
    await asyncio.wait_for(sleeper, timeout=1)
    await clock.sleep_until(5.0)  # already past: returns at once
