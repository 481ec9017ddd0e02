"""`quizbot play [SET]`: play a quiz in the terminal, scores saved under the local player."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from bot.cli.output import say
from bot.engine.models import DIFFICULTIES
from bot.terminal.console import Console, LineSource
from bot.terminal.play import PlayRequest, run_play

# Read by number, not through sys.stdin, which is None when the descriptor is closed.
STDIN_FD = 0

EPILOG = """\
Answers are read one per line, typed or piped (`printf 'b\\n2\\n' | quizbot play --seed 1`).
With piped input each line answers the question being asked when it comes up;
a wrong answer leaves the question open until the guess limit (bot.yaml) is
used up. The end of input, /stop or Ctrl-C ends the quiz at once with the
final standings, and the exit status is 0 (a second Ctrl-C quits at once, 130).
While a question is open: /hint shows the next hint, /skip reveals the answer.
Without --seed, questions asked in the last few terminal sessions come last.
"""


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "play",
        help="play a quiz in the terminal (no Discord needed)",
        description="Play a quiz in the terminal. Scores and review cards are saved "
        "in the database named by bot.yaml, under the player local:NAME.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "set", nargs="?", metavar="SET", help="set name, or a path to a question file"
    )
    parser.add_argument("--questions", type=positive, metavar="N", help="questions to ask")
    parser.add_argument(
        "--mode",
        choices=("solo", "race", "teams"),
        default=None,
        help="solo (default), race, or teams (race rules, playing for --team)",
    )
    parser.add_argument("--team", metavar="NAME", help="play for this team (implies --mode teams)")
    parser.add_argument("--seed", type=int, metavar="S", help="fixed question order")
    parser.add_argument("--name", help="your player name (default: your user name)")
    parser.add_argument(
        "--tags",
        type=comma_list,
        default=frozenset(),
        metavar="T,...",
        help="only questions with one of these tags",
    )
    parser.add_argument(
        "--difficulty",
        type=comma_list,
        default=frozenset(),
        metavar="D",
        help=f"one or more of {', '.join(DIFFICULTIES)}, comma-separated",
    )
    parser.add_argument("--config", type=Path, metavar="FILE", help="settings file (bot.yaml)")
    parser.set_defaults(handler=run)


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def comma_list(text: str) -> frozenset[str]:
    return frozenset(part.strip().casefold() for part in text.split(",") if part.strip())


def run(args: argparse.Namespace) -> int:
    team = args.team
    if args.mode == "teams" and team is None:
        say("--mode teams needs the team you play for: --team NAME", err=True)
        return 2
    if team is not None and args.mode not in (None, "teams"):
        say(f"--team plays a team game; it cannot be combined with --mode {args.mode}", err=True)
        return 2
    request = PlayRequest(
        set_name=args.set,
        questions=args.questions,
        mode="race" if team is not None else (args.mode or "solo"),
        team=team,
        seed=args.seed,
        name=args.name,
        tags=args.tags,
        difficulties=args.difficulty,
        config=args.config,
    )
    return run_play(request, Console(), LineSource(STDIN_FD))
