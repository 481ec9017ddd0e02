"""Reading lines from a real pipe, as `quizbot play` does."""

from __future__ import annotations

import asyncio
import io
import os

from bot.terminal.console import Console, LineSource


def test_lines_split_across_reads_with_crlf_and_no_final_newline() -> None:
    read_end, write_end = os.pipe()
    source = LineSource(read_end)
    os.write(write_end, b"Sho")
    os.write(write_end, "igu\r\nCôte d'Ivoire\n\nlast".encode())
    os.close(write_end)
    try:
        lines = [source.read_line() for _ in range(5)]
    finally:
        os.close(read_end)
    assert lines == ["Shoigu", "Côte d'Ivoire", "", "last", None]
    assert not source.is_tty


async def test_fed_lines_arrive_in_order_then_none() -> None:
    read_end, write_end = os.pipe()
    queue = LineSource(read_end).feed(asyncio.get_running_loop())
    os.write(write_end, b"one\ntwo\n")
    os.close(write_end)
    got = [await asyncio.wait_for(queue.get(), 5) for _ in range(3)]
    os.close(read_end)
    assert got == ["one", "two", None]


def test_console_falls_back_to_plain_symbols_when_the_encoding_lacks_them() -> None:
    stream = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    assert not Console(stream, is_tty=False).fancy
    assert Console(io.StringIO(), is_tty=False).fancy


def test_control_characters_never_reach_the_terminal() -> None:
    stream = io.StringIO()
    Console(stream, is_tty=True).line("> \x1b[2J\x1b]0;pwned\x07red\x9b31m\tok\r")
    # Whole sequences go, not just their escape byte; bidi and zero-width characters too.
    Console(stream, is_tty=True).line("Pa\u200bris \u202edlrow\u202c fine\nnext")
    assert stream.getvalue() == "> red ok\nParis dlrow fine next\n"
