"""The one place that starts, tracks and ends sessions for every front-end.

`starting.start_session` turns settings and a request into a session and its
recorder; `registry.GameRegistry` keeps the running games, keyed by where they
run; `SessionRunner` times a session on the injected clock; `Recorder` writes its
events to the store. Nothing here imports discord or holds game rules.
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
