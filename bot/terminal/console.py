"""Terminal input and output: lines in, flushed lines out, pipes and real terminals alike.

Input is read from the file descriptor with `os.read`, never through `sys.stdin`'s
buffer: the reading thread may still be blocked in a read when the program exits,
and a blocked buffered reader holds a lock the interpreter wants at shutdown.
"""

from __future__ import annotations

import asyncio
import codecs
import logging
import os
import sys
import threading
from typing import Literal, TextIO

from bot.engine.safetext import printable

logger = logging.getLogger(__name__)

_READ_SIZE = 4096


Style = Literal["right", "wrong", "close", "hint"]
# Select Graphic Rendition codes: green, red, yellow, cyan.
_SGR: dict[Style, str] = {"right": "32", "wrong": "31", "close": "33", "hint": "36"}


class LineSource:
    """Lines from a file descriptor, one at a time; None once the input has ended."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._buffer = ""
        self._ended = False

    @property
    def is_tty(self) -> bool:
        try:
            return os.isatty(self._fd)
        except OSError:
            return False

    def read_line(self) -> str | None:
        """Block until a whole line (without its newline) is there, or return None at EOF."""
        while "\n" not in self._buffer:
            if self._ended:
                return self._take_rest()
            try:
                chunk = os.read(self._fd, _READ_SIZE)
            except OSError as error:
                logger.debug("input closed: %s", error)
                chunk = b""
            if not chunk:
                self._ended = True
                self._buffer += self._decoder.decode(b"", final=True)
            else:
                self._buffer += self._decoder.decode(chunk)
        line, self._buffer = self._buffer.split("\n", 1)
        return line.removesuffix("\r")

    def _take_rest(self) -> str | None:
        rest, self._buffer = self._buffer, ""
        return rest.removesuffix("\r") if rest else None

    def feed(self, loop: asyncio.AbstractEventLoop) -> asyncio.Queue[str | None]:
        """Read lines on a daemon thread into a queue; None is queued at EOF.

        A daemon thread, because a terminal read cannot be interrupted and must
        not keep the program alive once the game is over.
        """
        queue: asyncio.Queue[str | None] = asyncio.Queue()

        def pump() -> None:
            while True:
                line = self.read_line()
                try:
                    loop.call_soon_threadsafe(queue.put_nowait, line)
                except RuntimeError:  # the event loop is gone: nobody is listening
                    return
                if line is None:
                    return

        threading.Thread(target=pump, name="quizbot-stdin", daemon=True).start()
        return queue


class Console:
    """Where the player's text goes. Every line is flushed at once, so pipes see it live.

    Colour marks right and wrong answers and hints, on a terminal only: never in a
    pipe or file, nor when NO_COLOR is set (https://no-color.org) or TERM is dumb.
    """

    def __init__(
        self,
        stream: TextIO | None = None,
        *,
        is_tty: bool | None = None,
        colour: bool | None = None,
    ) -> None:
        self._stream = stream if stream is not None else sys.stdout
        self.is_tty = self._stream.isatty() if is_tty is None else is_tty
        self._broken = False
        self.fancy = _can_encode(self._stream, "✓✗⏱—·")
        self.colour = wants_colour(self.is_tty) if colour is None else colour

    def line(self, text: str = "", style: Style | None = None) -> None:
        if self._broken:
            return
        # Sanitised first (a typed answer, a name or a question file may hold escape
        # sequences, bidi or zero-width characters): the only escape codes printed are ours.
        clean = printable(text).replace("\n", " ")
        if style is not None and self.colour:
            clean = f"\x1b[{_SGR[style]}m{clean}\x1b[0m"
        try:
            self._stream.write(clean + "\n")
            self._stream.flush()
        except BrokenPipeError:
            # The reader went away (`quizbot play | head`): keep playing, stop printing.
            self._broken = True
            if self._stream is sys.stdout:
                _silence_stdout()

    def lines(self, texts: list[str]) -> None:
        for text in texts:
            self.line(text)


def wants_colour(is_tty: bool) -> bool:
    if not is_tty or os.environ.get("NO_COLOR"):
        return False
    return os.environ.get("TERM", "") != "dumb"


def _can_encode(stream: TextIO, sample: str) -> bool:
    # A stream without an encoding (StringIO) holds text, which takes any character.
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        sample.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's last flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
