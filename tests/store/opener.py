"""Child side of the start-up race test: open the score database the moment every
process is ready, as bot processes starting together on a new file do. It calls the
step `SqliteStore.open` runs on its worker thread, so that nothing staggers them."""

from __future__ import annotations

from pathlib import Path
from threading import Barrier

from bot.store.records import StoreError
from bot.store.sqlite import _connect


def open_when_ready(path: str, ready: Barrier) -> str:
    """ "ok", or the error the store gave."""
    ready.wait()
    try:
        _connect(Path(path), 5.0).close()
    except StoreError as error:
        return str(error)
    return "ok"
