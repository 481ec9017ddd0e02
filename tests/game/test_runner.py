"""The runner and recorder against a real SQLite file, with real (short) timing."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.engine.models import QuizSet
from bot.engine.review import CardState, ReviewScheduler
from bot.engine.session import (
    AnswerJudged,
    Event,
    Player,
    QuestionAsked,
    QuestionTimedOut,
    QuestionWon,
    Session,
    SessionFinished,
    SessionOptions,
)
from bot.game import ManualClock, PlayContext, Recorder, SessionRunner, SystemClock
from bot.store import AnswerRecord, SqliteStore, Store

ALICE = Player("u1", "Alice")
BOB = Player("u2", "Bob")


def quiz() -> QuizSet:
    quiz_set = QuizSet.model_validate(
        {
            "title": "Capitals",
            "questions": [
                {"id": "fr", "ask": "Capital of France?", "answer": "Paris", "tags": ["places"]},
                {"id": "ru", "ask": "Capital of Russia?", "answer": "Moscow", "tags": ["places"]},
            ],
        }
    )
    quiz_set._name = "capitals"
    return quiz_set


class ListRenderer:
    def __init__(self, fail_on: type[Event] | None = None) -> None:
        self.events: list[Event] = []
        self.asked = asyncio.Event()
        self._fail_on = fail_on

    async def render(self, event: Event) -> None:
        self.events.append(event)
        if isinstance(event, QuestionAsked):
            self.asked.set()
        if self._fail_on is not None and isinstance(event, self._fail_on):
            raise RuntimeError("the channel went away")


def session(**options: Any) -> Session:
    defaults: dict[str, Any] = {"sets": (quiz(),), "questions": 2, "seed": 1, "reveal_pause": 0}
    return Session(SessionOptions(**{**defaults, **options}))


async def wait_for_question(renderer: ListRenderer) -> QuestionAsked:
    await asyncio.wait_for(renderer.asked.wait(), timeout=5)
    renderer.asked.clear()
    asked = [e for e in renderer.events if isinstance(e, QuestionAsked)]
    return asked[-1]


async def test_a_race_is_played_recorded_and_reviewed(tmp_path: Path) -> None:
    store = await SqliteStore.open(tmp_path / "scores.db")
    clock = SystemClock()
    recorder = Recorder(store, PlayContext("guild1", "chan1", "s1"), clock, ReviewScheduler())
    renderer = ListRenderer()
    runner = SessionRunner(session(), renderer, clock, recorder)
    game = asyncio.create_task(runner.run())

    for _ in range(2):
        asked = await wait_for_question(renderer)
        answer = asked.question.answer_texts()[0]
        wrong = await runner.answer(BOB, "Berlin", number=asked.number)
        right = await runner.answer(ALICE, answer, number=asked.number)
        late = await runner.answer(BOB, answer, number=asked.number)
        assert isinstance(wrong[0], AnswerJudged) and not wrong[0].correct
        assert any(isinstance(e, QuestionWon) for e in right)
        assert not any(isinstance(e, AnswerJudged) for e in late)

    standings = await asyncio.wait_for(game, timeout=5)
    assert [(s.player, s.correct) for s in standings] == [(ALICE, 2), (BOB, 0)]
    finished = [e for e in renderer.events if isinstance(e, SessionFinished)]
    assert len(finished) == 1

    stats = await store.player_stats("guild1", "u1")
    assert (stats.answered, stats.correct, stats.per_tag["places"].correct) == (2, 2, 2)
    assert (await store.player_stats("guild1", "u2")).answered == 2
    assert await store.recent_questions("guild1", "chan1") == {
        ("capitals", "fr"),
        ("capitals", "ru"),
    }
    # Bob missed both: his cards are due long before Alice's.
    bob_card = await store.get_card("guild1", "u2", "capitals", "fr")
    alice_card = await store.get_card("guild1", "u1", "capitals", "fr")
    assert bob_card is not None and alice_card is not None
    assert CardState.from_json(bob_card).due < CardState.from_json(alice_card).due
    await store.close()


async def test_time_runs_out_without_anyone_calling_tick() -> None:
    renderer = ListRenderer()
    clock = ManualClock(datetime(2026, 1, 1, tzinfo=UTC))
    runner = SessionRunner(session(questions=1, time_limit=30.0), renderer, clock)
    game = asyncio.create_task(runner.run())
    await renderer.asked.wait()
    clock.advance(30.0)
    standings = await asyncio.wait_for(game, timeout=5)
    assert standings == ()
    timed_out = [e for e in renderer.events if isinstance(e, QuestionTimedOut)]
    assert len(timed_out) == 1 and timed_out[0].answer in {"Paris", "Moscow"}


async def test_a_failing_renderer_does_not_stop_the_game_or_the_recording(
    tmp_path: Path,
) -> None:
    store = await SqliteStore.open(tmp_path / "scores.db")
    clock = SystemClock()
    recorder = Recorder(store, PlayContext("g", "c", "s2"), clock)
    renderer = ListRenderer(fail_on=QuestionAsked)
    runner = SessionRunner(session(questions=1), renderer, clock, recorder)
    game = asyncio.create_task(runner.run())
    asked = await wait_for_question(renderer)
    await runner.answer(ALICE, asked.question.answer_texts()[0])
    await asyncio.wait_for(game, timeout=5)
    assert (await store.player_stats("g", "u1")).correct == 1
    await store.close()


async def test_cancelling_the_runner_still_finishes_and_records_the_session(
    tmp_path: Path,
) -> None:
    store = await SqliteStore.open(tmp_path / "scores.db")
    clock = SystemClock()
    recorder = Recorder(store, PlayContext("g", "c", "s3"), clock)
    renderer = ListRenderer()
    runner = SessionRunner(session(), renderer, clock, recorder)
    game = asyncio.create_task(runner.run())
    await wait_for_question(renderer)
    await runner.answer(BOB, "Berlin")
    game.cancel()
    with pytest.raises(asyncio.CancelledError):
        await game
    assert runner.finished
    assert isinstance(renderer.events[-1], SessionFinished)
    assert (await store.player_stats("g", "u2")).answered == 1
    await store.close()


async def test_a_stop_from_a_command_ends_the_run_with_standings() -> None:
    renderer = ListRenderer()
    runner = SessionRunner(session(starter_id="u1"), renderer, SystemClock())
    game = asyncio.create_task(runner.run())
    asked = await wait_for_question(renderer)
    await runner.answer(ALICE, asked.question.answer_texts()[0])
    runner.stop("u1")
    standings = await asyncio.wait_for(game, timeout=5)
    assert standings[0].player == ALICE and standings[0].correct == 1
    assert runner.stop("u1") == []


async def test_practice_answers_are_recorded_without_points(tmp_path: Path) -> None:
    store = await SqliteStore.open(tmp_path / "scores.db")
    clock = SystemClock()
    recorder = Recorder(store, PlayContext("g", "c", "s4"), clock, award_points=False)
    renderer = ListRenderer()
    runner = SessionRunner(session(questions=1), renderer, clock, recorder)
    game = asyncio.create_task(runner.run())
    asked = await wait_for_question(renderer)
    right = await runner.answer(ALICE, asked.question.answer_texts()[0])
    await asyncio.wait_for(game, timeout=5)
    judged = next(e for e in right if isinstance(e, AnswerJudged))
    assert judged.points > 0  # the session still shows what the answer was worth
    stats = await store.player_stats("g", "u1")
    assert (stats.answered, stats.correct, stats.points) == (1, 1, 0)
    await store.close()


class SlowStore(SqliteStore):
    """A real store whose answer writes take a while, as on a busy disk."""

    async def record_answer(self, record: AnswerRecord) -> int:
        await asyncio.sleep(0.2)
        return await super().record_answer(record)


class StandingsChecker(ListRenderer):
    """Reads the store the moment the standings are shown, as a player asking next would."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.answered_at_standings: int | None = None

    async def render(self, event: Event) -> None:
        await super().render(event)
        if isinstance(event, SessionFinished):
            stats = await self.store.player_stats("g", "u1")
            self.answered_at_standings = stats.answered


async def test_standings_appear_only_once_every_answer_is_stored(tmp_path: Path) -> None:
    store = await SlowStore.open(tmp_path / "scores.db")
    clock = SystemClock()
    recorder = Recorder(store, PlayContext("g", "c", "s5"), clock)
    renderer = StandingsChecker(store)
    runner = SessionRunner(session(questions=1), renderer, clock, recorder)
    game = asyncio.create_task(runner.run())
    asked = await wait_for_question(renderer)
    await runner.answer(ALICE, asked.question.answer_texts()[0])
    await asyncio.wait_for(game, timeout=5)
    assert renderer.answered_at_standings == 1
    await store.close()
