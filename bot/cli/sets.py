"""`quizbot sets [PATH]`: list the question sets with their question counts by type."""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

from bot.cli.output import say
from bot.engine.loader import load_bank
from bot.engine.models import QUESTION_TYPES, QuizSet
from bot.settings import default_quizzes_folder

ASK_WIDTH = 60


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "sets",
        help="list the question sets and what they hold",
        description="List the question sets in a folder (or one file) with their question "
        "counts by type; with --ids, every question's id, type and a short ask, as "
        "`quizbot try SET ID ANSWER` needs them. Exit status 1 if a file is broken.",
    )
    parser.add_argument(
        "path",
        nargs="?",
        help="folder or question file (default: the quizzes folder named in bot.yaml)",
    )
    parser.add_argument(
        "--ids", action="store_true", help="list each question's id, type and a short ask"
    )
    parser.set_defaults(handler=run)


def describe(quiz: QuizSet) -> str:
    counts = Counter(getattr(q, "type", "text") for q in quiz.questions)
    by_type = ", ".join(f"{kind} {counts[kind]}" for kind in QUESTION_TYPES if counts[kind])
    return f"{quiz.name}: {quiz.title} - {len(quiz.questions)} questions ({by_type})"


def question_lines(quiz: QuizSet) -> list[str]:
    width = max(len(q.id) for q in quiz.questions)
    return [
        f"  {q.id:<{width}}  {getattr(q, 'type', 'text'):<9}  {short(q.ask)}"
        for q in quiz.questions
    ]


def short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= ASK_WIDTH else flat[: ASK_WIDTH - 3].rstrip() + "..."


def run(args: argparse.Namespace) -> int:
    folder = args.path or default_quizzes_folder()
    bank = load_bank(folder)
    for quiz in bank.sets.values():
        say(describe(quiz))
        if args.ids:
            say("\n".join(question_lines(quiz)))
    if not bank.sets:
        say(f"no question sets in {folder}")
    for problem in bank.problems:
        say(str(problem))
    return 1 if bank.errors else 0
