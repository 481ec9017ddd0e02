"""The `quizbot` command line: one module per subcommand.

Each module in COMMANDS exposes `register(subparsers)`, which adds its parser
and sets `handler` to a function taking the parsed arguments and returning an
exit status; a handler that cannot go on raises `TerminalError`, whose message
goes to stderr and whose status is the exit status. Modules keep heavy imports
(discord) inside their handlers so that `quizbot validate` starts fast.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence
from importlib import metadata
from typing import TYPE_CHECKING

from bot.cli.output import say
from bot.engine.safetext import printable
from bot.terminal.setup import TerminalError

if TYPE_CHECKING:
    from _typeshed import SupportsWrite


# In the order `quizbot --help` lists them.
COMMANDS: tuple[str, ...] = (
    "play",
    "review",
    "scores",
    "forget",
    "validate",
    "sets",
    "try_answer",
    "convert",
    "draft",
    "run",
    "db",
)

Handler = Callable[[argparse.Namespace], int]

EXIT_STATUSES = """\
`quizbot COMMAND --help` describes each command.

exit status:
  0    done (try: the answer is right)
  1    a problem was found: broken question files (validate, sets), a wrong
       answer (try), a database or file that cannot be read or written
  2    wrong usage: unknown set, question or option, an invalid bot.yaml,
       a missing or rejected Discord token
  130  interrupted (a second Ctrl-C)
"""


def _version() -> str:
    try:
        return metadata.version("quizbot")
    except metadata.PackageNotFoundError:  # run from a source tree, not installed
        return "unknown"


class Parser(argparse.ArgumentParser):
    """Usage errors quote what was typed (`invalid choice: ...`): printed through
    `printable` like every other message, so an argument cannot drive the terminal."""

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        super()._print_message(printable(message), file)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="quizbot",
        description="Quiz and learning bot for Discord and the terminal.",
        epilog=EXIT_STATUSES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"quizbot {_version()}")
    parser.add_argument("--log-level", default="WARNING", help="logging level (default WARNING)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"bot.cli.{name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return handler(args)
    except TerminalError as error:
        say(error.message, err=True)
        return error.status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `quizbot sets | head`); nothing left to say.
        return 0
