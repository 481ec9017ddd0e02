"""A loaded bank is kept out of the cyclic collector's walks, and a replaced one is freed."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.game.library import Library
from tests.discord.quizzes import SHORT_YAML, TRIVIA_YAML


@pytest.fixture(autouse=True)
def _thawed() -> Iterator[None]:
    yield
    gc.unfreeze()  # leave the collector as the other tests expect it


def _tracked(thing: object) -> bool:
    return any(found is thing for found in gc.get_objects())


async def test_a_loaded_bank_is_frozen_and_a_replaced_bank_is_freed(tmp_path: Path) -> None:
    (tmp_path / "trivia.yaml").write_text(TRIVIA_YAML, encoding="utf-8")
    library = Library(tmp_path)
    await library.load()
    first = library.bank.sets["trivia"].questions[0]
    assert not _tracked(first)
    gone = weakref.ref(first)
    del first
    (tmp_path / "short.yaml").write_text(SHORT_YAML, encoding="utf-8")
    assert (await library.reload()).applied
    assert gone() is None
    second = library.bank.sets["short"].questions[0]
    assert not _tracked(second)
    gc.unfreeze()
    assert _tracked(second)  # so the checks above could fail
