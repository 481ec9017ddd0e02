"""A quiz whose channel stops taking messages ends instead of playing on unseen."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import discord
import pytest

from bot.engine.session import SessionFinished
from bot.exts.quiz.renderer import DiscordRenderer, channel_closed
from bot.game.clock import SystemClock


def http_error(status: int, code: int) -> discord.HTTPException:
    response: Any = SimpleNamespace(status=status, reason="refused")
    kind = {403: discord.Forbidden, 404: discord.NotFound}.get(status, discord.HTTPException)
    return kind(response, {"code": code, "message": "refused"})


@pytest.mark.parametrize(
    ("status", "code", "closed"),
    [
        (404, 10003, True),  # unknown channel
        (403, 50001, True),  # missing access
        (400, 50083, True),  # thread archived
        (400, 160005, True),  # thread locked
        (400, 50035, False),  # a bad payload is our bug, not a closed channel
        (500, 0, False),
    ],
)
def test_which_errors_mean_the_channel_is_closed(status: int, code: int, closed: bool) -> None:
    assert channel_closed(http_error(status, code)) is closed


class ArchivedThread:
    id = 42

    async def send(self, *args: object, **kwargs: object) -> None:
        raise http_error(400, 50083)


async def test_an_archived_thread_ends_its_quiz() -> None:
    lost: list[bool] = []
    renderer = DiscordRenderer(
        ArchivedThread(),  # type: ignore[arg-type]
        SystemClock(),
        tag="t",
        mode="race",
        typed_in_channel=True,
        on_lost=lambda: lost.append(True),
    )
    await renderer.render(SessionFinished((), 0, 1, True, None, 0.0))
    assert renderer.lost and lost == [True]
