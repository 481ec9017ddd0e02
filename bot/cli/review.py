"""`quizbot review`: ask the questions whose spaced-review cards are due."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from bot.cli.play import positive
from bot.terminal.console import Console, LineSource
from bot.terminal.review import ReviewRequest, run_review

# Read by number, not through sys.stdin, which is None when the descriptor is closed.
STDIN_FD = 0


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "review",
        help="review the questions you missed, when they are due (spaced repetition)",
        description="Ask the local player's due review cards as a solo quiz. Every question "
        "met in `quizbot play` is a card: misses come back within minutes, known ones later. "
        "Answers work as in `quizbot play` (one per line; end of input or Ctrl-C stops).",
    )
    parser.add_argument("--name", help="player name (default: your user name)")
    parser.add_argument(
        "--limit", type=positive, default=20, metavar="N", help="most cards to ask (default 20)"
    )
    parser.add_argument("--config", type=Path, metavar="FILE", help="settings file (bot.yaml)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    request = ReviewRequest(name=args.name, limit=args.limit, config=args.config)
    return run_review(request, Console(), LineSource(STDIN_FD))
