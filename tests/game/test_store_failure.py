"""A store that cannot write stops the game at once and shows nothing it did not save.

Real SQLite files: a write lock held by another connection past the busy
timeout, and a file made read-only under a running game.
"""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from bot.engine.session import AnswerJudged, QuestionAsked, Reveal, SessionFinished
from bot.game import PlayContext, Recorder, SessionRunner, SystemClock
from bot.game.recorder import NotStoredError
from bot.game.registry import GameRegistry, Limits, Place
from bot.store import SqliteStore

from .test_registry import CLOCK, Shown, settle
from .test_runner import ALICE, BOB, ListRenderer, session, wait_for_question


def hold_write_lock(path: Path) -> sqlite3.Connection:
    """Another process's writer, as far as SQLite can tell: it holds the write lock."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


async def test_a_lock_held_past_the_busy_timeout_stops_the_game_mid_question(
    tmp_path: Path,
) -> None:
    path = tmp_path / "scores.db"
    store = await SqliteStore.open(path, busy_timeout=0.2)
    clock = SystemClock()
    renderer = ListRenderer()
    recorder = Recorder(store, PlayContext("g", "c", "s1"), clock)
    runner = SessionRunner(session(), renderer, clock, recorder)
    game = asyncio.create_task(runner.run())
    asked = await wait_for_question(renderer)
    right = asked.question.answer_texts()[0]
    assert await runner.answer(BOB, "Berlin", number=asked.number)

    other = hold_write_lock(path)
    try:
        with pytest.raises(NotStoredError) as refused:
            await runner.answer(ALICE, right, number=asked.number)
        with pytest.raises(NotStoredError) as stopped:
            await asyncio.wait_for(game, timeout=5)
    finally:
        other.rollback()
        other.close()
    assert refused.value is stopped.value and "locked" in stopped.value.detail
    assert "cannot save" in str(stopped.value) and str(path) not in str(stopped.value)
    # Bob's stored miss was shown; Alice's unsaved win, its reveal and the standings were not.
    judged = [e for e in renderer.events if isinstance(e, AnswerJudged)]
    assert [e.player for e in judged] == [BOB]
    assert not any(isinstance(e, Reveal | SessionFinished) for e in renderer.events)
    assert runner.finished
    assert (await store.player_stats("g", ALICE.id)).answered == 0
    assert (await store.player_stats("g", BOB.id)).answered == 1
    await store.close()


async def test_a_store_that_cannot_write_refuses_a_game_before_it_is_announced(
    tmp_path: Path,
) -> None:
    path = tmp_path / "scores.db"
    store = await SqliteStore.open(path, busy_timeout=0.1)
    clock = SystemClock()
    recorder = Recorder(store, PlayContext("g", "c", "s2"), clock)
    other = hold_write_lock(path)
    try:
        with pytest.raises(NotStoredError) as refused:
            await recorder.begin()
    finally:
        other.rollback()
        other.close()
    assert refused.value.at_start and "No quiz can start" in str(refused.value)
    # Writes work again: the same recorder begins, and the game plays.
    await recorder.begin()
    renderer = ListRenderer()
    runner = SessionRunner(session(questions=1), renderer, clock, recorder)
    game = asyncio.create_task(runner.run())
    asked = await wait_for_question(renderer)
    await runner.answer(ALICE, asked.question.answer_texts()[0], number=asked.number)
    await asyncio.wait_for(game, timeout=5)
    assert (await store.player_stats("g", ALICE.id)).correct == 1
    await store.close()


async def test_a_registry_game_that_cannot_store_tells_its_players_once(tmp_path: Path) -> None:
    path = tmp_path / "scores.db"
    store = await SqliteStore.open(path, busy_timeout=0.1)
    clock = CLOCK
    games: GameRegistry[Shown] = GameRegistry(Limits(per_scope=3))
    place = Place("g1", "a")
    recorder = Recorder(store, PlayContext("g1", "a", "s3"), clock)
    game = games.launch(place, session(questions=2, time_limit=30.0), clock, recorder, Shown)
    other = hold_write_lock(path)
    try:
        game.go.set()
        assert game.task is not None
        await asyncio.wait_for(game.task, timeout=5)
    finally:
        other.rollback()
        other.close()
    await settle()
    shown = game.renderer
    assert len(shown.notices) == 1 and "cannot save" in shown.notices[0]
    assert not any(isinstance(e, QuestionAsked) for e in shown.events)
    assert games.get(place) is None, "the place is free for a game once writes work"
    await store.close()
