"""Play one session at the terminal: input lines become answers, events become text.

Shared by `quizbot play` and `quizbot review`. The rules stay in the engine; this
module only feeds it lines, commands, end of input and Ctrl-C.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Iterator

from bot.engine.errors import SessionError
from bot.engine.session import Player, Standing
from bot.game import Clock, SessionRunner
from bot.game.recorder import NotStoredError
from bot.game.starting import Started
from bot.terminal.console import Console, LineSource
from bot.terminal.render import TerminalRenderer
from bot.terminal.screen import Screen

LOCAL_SCOPE = "local"
COMMANDS = ("/hint", "/skip", "/stop", "/quit")


async def play_session(
    started: Started, clock: Clock, player: Player, console: Console, source: LineSource
) -> tuple[Standing, ...]:
    """Run the session to its end with answers from `source`; returns the final standings.

    End of input stops the session (a script never waits out the clock once its
    answers are spent); Ctrl-C does the same. Every judged answer is recorded.
    """
    session, recorder = started.session, started.recorder
    typed_live = source.is_tty
    screen = Screen()
    renderer = TerminalRenderer(
        console,
        player,
        clock,
        screen,
        countdown=console.is_tty and typed_live,
        echo=not typed_live,
        roster=session.options.roster,
    )
    runner = SessionRunner(session, renderer, clock, recorder)
    driver = InputDriver(runner, screen, player, console, wait_for_question=not typed_live)
    lines = source.feed(asyncio.get_running_loop())
    with _stop_on_interrupt(driver, console):
        driving = asyncio.create_task(driver.run(lines))
        try:
            standings = await runner.run()
        finally:
            driving.cancel()
            renderer.close()
            with contextlib.suppress(asyncio.CancelledError):
                await driving
    return standings


class InputDriver:
    """Turns input lines into answers and commands for the runner.

    With `wait_for_question` (piped input, read ahead of the game), each line waits
    until a question is on the screen and still open, so line N answers whatever is
    being asked when it comes up rather than landing in a reveal pause. Typed input
    is passed on at once: the player answers what they see.
    """

    def __init__(
        self,
        runner: SessionRunner,
        screen: Screen,
        player: Player,
        console: Console,
        *,
        wait_for_question: bool,
    ) -> None:
        self._runner = runner
        self._screen = screen
        self._player = player
        self._console = console
        self._wait = wait_for_question

    async def run(self, lines: asyncio.Queue[str | None]) -> None:
        await self._screen.wait_until(lambda: self._screen.started)
        while not self._runner.finished:
            line = await lines.get()
            if line is None:
                self.stop()
                return
            command = line.strip().casefold()
            if command in COMMANDS:
                await self._command(command)
            else:
                await self._answer(line)

    async def _answer(self, text: str) -> None:
        if await self._question_on_screen():
            number = self._screen.last_number
            with contextlib.suppress(NotStoredError):  # the runner ends the game and says why
                self._screen.follow(await self._runner.answer(self._player, text, number=number))

    async def _command(self, command: str) -> None:
        if command in {"/stop", "/quit"}:
            self.stop()
            return
        if not await self._question_on_screen():
            return
        try:
            if command == "/hint":
                self._screen.follow(self._runner.hint(self._player.id))
            else:
                self._screen.follow(self._runner.skip(self._player.id))
        except SessionError as error:
            # Earlier commands' events may still be queued: print after them, not before.
            await self._screen.caught_up()
            self._console.line(f"({error})")

    async def _question_on_screen(self) -> bool:
        """In waiting mode, wait until the question shown is the one open; False once over."""
        screen, session = self._screen, self._runner.session
        if self._wait:
            await screen.wait_until(
                lambda: (
                    screen.finished
                    or (
                        screen.open_number is not None
                        and screen.open_number == session.current_number
                    )
                )
            )
        return not screen.finished

    def stop(self) -> None:
        self._screen.stopping = True
        with contextlib.suppress(SessionError):
            self._runner.stop(None)


@contextlib.contextmanager
def _stop_on_interrupt(driver: InputDriver, console: Console) -> Iterator[None]:
    """Ctrl-C ends the session with its standings; a second Ctrl-C aborts at once."""
    loop = asyncio.get_running_loop()

    def on_interrupt() -> None:
        loop.remove_signal_handler(signal.SIGINT)
        console.line("")
        console.line("Stopping the quiz (Ctrl-C again to quit at once).")
        driver.stop()

    try:
        loop.add_signal_handler(signal.SIGINT, on_interrupt)
    except (NotImplementedError, RuntimeError, ValueError):
        # Not the main thread, or no signals here: Ctrl-C then ends the program as usual.
        yield
        return
    try:
        yield
    finally:
        loop.remove_signal_handler(signal.SIGINT)
