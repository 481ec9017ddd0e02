"""`quizbot validate [PATH...]`: check question files and say exactly what is wrong where."""

from __future__ import annotations

import argparse
from typing import Any

from bot.cli.output import say
from bot.engine.loader import load_bank
from bot.settings import default_quizzes_folder


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check question files and report every problem with its line",
        description="Check question files (or every *.yaml in the given folders).",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or folders (default: the quizzes folder named in bot.yaml)",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="fail (exit status 1) on warnings too, not only on errors",
    )
    parser.set_defaults(handler=run)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def run(args: argparse.Namespace) -> int:
    bank = load_bank(*(args.paths or [default_quizzes_folder()]))
    for problem in bank.problems:
        say(str(problem))
    errors = len(bank.errors)
    warnings = len(bank.problems) - errors
    summary = ", ".join(
        [
            _plural(bank.files_read, "file"),
            _plural(bank.question_count(), "question"),
            _plural(errors, "error"),
        ]
    )
    if warnings:
        summary += ", " + _plural(warnings, "warning")
    say(summary)
    return 1 if errors or (warnings and args.strict) else 0
