"""The command line's own messages, which quote paths, names and file text: printed
through `printable`, so nothing a file or an argument holds reaches the terminal as a
command (colours, a new window title, a cleared screen) or hides and reorders text."""

from __future__ import annotations

import sys

from bot.engine.safetext import printable


def say(text: object = "", *, err: bool = False) -> None:
    """Print one message (it may span lines) to stdout, or to stderr with `err`."""
    print(printable(str(text)), file=sys.stderr if err else sys.stdout)
