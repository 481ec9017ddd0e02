"""Glue shared by every front-end: clocks, recording to the store, running a session.

Nothing here imports discord or holds game rules; it moves events between the
engine, the store and a front-end's renderer.
"""

from bot.game.clock import Clock, ManualClock, SystemClock
from bot.game.recorder import PlayContext, Recorder
from bot.game.runner import Renderer, SessionRunner

__all__ = [
    "Clock",
    "ManualClock",
    "PlayContext",
    "Recorder",
    "Renderer",
    "SessionRunner",
    "SystemClock",
]
