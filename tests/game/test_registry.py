"""The registry of running games: one per place, caps, replacement, and ends however they come."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from bot.engine.session import Event, SessionFinished
from bot.game import ManualClock
from bot.game.registry import GameRefusedError, GameRegistry, Limits, Place

from .test_runner import session


class Shown:
    """A renderer double: what a game showed, and whether it was told its place is lost."""

    def __init__(self, tag: str, end: Callable[[], None]) -> None:
        self.tag, self.end = tag, end
        self.events: list[Event] = []
        self.notices: list[str] = []
        self.lost = False

    async def render(self, event: Event) -> None:
        if not self.lost:
            self.events.append(event)

    def mark_lost(self) -> None:
        self.lost = True

    async def notice(self, text: str) -> None:
        self.notices.append(text)


CLOCK = ManualClock(datetime(2026, 1, 1, tzinfo=UTC))


def launch(games: GameRegistry[Shown], place: Place) -> Shown:
    game = games.launch(place, session(questions=1, time_limit=30.0), CLOCK, None, Shown)
    game.go.set()
    return game.renderer


async def settle() -> None:
    for _ in range(20):
        await asyncio.sleep(0)


async def test_one_game_per_channel_and_a_cap_per_server() -> None:
    games: GameRegistry[Shown] = GameRegistry(Limits(per_scope=2))
    launch(games, Place("g1", "a"))
    with pytest.raises(GameRefusedError, match="already running") as taken:
        launch(games, Place("g1", "a"))
    assert taken.value.reason == "taken"
    launch(games, Place("g1", "b"))
    with pytest.raises(GameRefusedError, match="already has 2 quizzes") as full:
        games.check_room(Place("g1", "c"))
    assert full.value.reason == "scope_full"
    launch(games, Place("g2", "a"))  # another server has its own room
    assert len(games) == 3
    await games.stop_all(1.0)
    assert len(games) == 0


async def test_a_new_private_game_replaces_the_old_one_at_once() -> None:
    games: GameRegistry[Shown] = GameRegistry(Limits(total=5, replace=True))
    place = Place("g1", "practice-7")
    old = launch(games, place)
    await settle()
    new = launch(games, place)
    assert old.lost, "the old game shows nothing more"
    assert games.by_tag(old.tag) is None, "its buttons answer 'over' at once"
    current = games.get(place)
    assert current is not None and current.renderer is new
    await games.stop_all(1.0)


async def test_a_game_whose_renderer_gives_up_ends_and_leaves() -> None:
    games: GameRegistry[Shown] = GameRegistry(Limits(per_scope=3))
    place = Place("g1", "a")
    shown = launch(games, place)
    await settle()
    shown.end()  # e.g. the channel refused a message
    await settle()
    assert any(isinstance(e, SessionFinished) for e in shown.events)
    assert games.get(place) is None


async def test_a_deleted_channel_ends_its_game_quietly() -> None:
    games: GameRegistry[Shown] = GameRegistry(Limits(per_scope=3))
    place = Place("g1", "a")
    shown = launch(games, place)
    await settle()
    games.place_gone(place)
    await settle()
    assert shown.lost and games.get(place) is None
    assert not any(isinstance(e, SessionFinished) for e in shown.events)


async def test_a_game_never_started_is_forgotten_when_ended() -> None:
    games: GameRegistry[Shown] = GameRegistry(Limits(per_scope=3))
    place = Place("g1", "a")
    game = games.launch(place, session(questions=1), CLOCK, None, Shown)  # go never set
    games.place_gone(place)
    assert games.get(place) is None
    await settle()
    assert game.task is not None and game.task.cancelled()
