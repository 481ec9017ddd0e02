"""`quizbot convert FILE [-o OUT]`: write a Red-DiscordBot trivia list in our format."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml

from bot.authoring.convert import to_plain
from bot.authoring.writing import dump_yaml, schema_line
from bot.cli.output import say
from bot.engine.errors import QuizFileError
from bot.engine.loader import read_quiz_file
from bot.engine.loader.redtrivia import looks_like_red_trivia
from bot.engine.models import QuizSet
from bot.settings import default_quizzes_folder

_HEADER = "# Converted by `quizbot convert`; edit freely, then run `quizbot validate`.\n"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "convert",
        help="convert a Red-DiscordBot trivia list to a quizbot question file",
        description="Write a Red-DiscordBot trivia list (or any question file) in this "
        "format: answers trimmed and listed once, answers that all name one number or year "
        "as `number`/`year` questions, and the schema line editors check the file with. "
        "Exit status 0 when written, 1 when the list is broken (its problems go to stderr).",
    )
    parser.add_argument("file", help="the trivia list (YAML)")
    parser.add_argument("-o", "--output", help="where to write (default: standard output)")
    parser.set_defaults(handler=run)


def dump(quiz: QuizSet, target: Path | None = None, *, retype: bool = False) -> str:
    """The file's text; `target` is where it goes (None: standard output); `retype`
    turns all-number answers into number and year questions (for Red lists)."""
    body = dump_yaml(to_plain(quiz, retype=retype))
    return schema_line(target, default_quizzes_folder()) + _HEADER + body


def is_red_list(path: Path) -> bool:
    try:
        return looks_like_red_trivia(yaml.safe_load(path.read_bytes()))
    except (OSError, yaml.YAMLError):
        return False


def run(args: argparse.Namespace) -> int:
    try:
        result = read_quiz_file(args.file)
    except QuizFileError as error:
        for problem in error.problems:
            say(problem, err=True)
        return 1
    for warning in result.warnings:
        say(warning, err=True)
    target = Path(args.output) if args.output else None
    text = dump(result.quiz, target, retype=is_red_list(Path(args.file)))
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
        say(f"wrote {len(result.quiz.questions)} questions to {args.output}", err=True)
    else:
        sys.stdout.write(text)
    return 0
