"""`quizbot draft ARTICLE.txt [-o FILE] [--questions N]`: a draft quiz from an article."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.authoring import DraftError, draft_quiz
from bot.authoring.atomic import write_atomically
from bot.authoring.draft import MAX_QUESTIONS_LIMIT
from bot.cli.output import say

# Read a little more than the drafter uses, so it can say the article was cut.
_READ_LIMIT = 2 * 1024 * 1024


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "draft",
        help="draft a question file from a plain-text article, for review",
        description="Read a plain-text article, find its distinct facts (who, which post, "
        "where, when, how many, what was agreed) and write a draft question file to "
        "review: at most two questions per fact, fill-in-the-blank questions at most 30%%. "
        "Exit status 0 when written, 1 when the article cannot be read or holds no facts.",
    )
    parser.add_argument("article", type=Path, help="the article, as a UTF-8 text file")
    parser.add_argument("-o", "--output", type=Path, help="write here instead of stdout")
    parser.add_argument(
        "--questions",
        type=int,
        default=None,
        metavar="N",
        help=f"the N most important distinct facts (1-{MAX_QUESTIONS_LIMIT}); "
        "default: a question for every distinct fact found",
    )
    parser.add_argument("--title", help="the quiz title (default: from the file name)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    path: Path = args.article
    try:
        with path.open("rb") as handle:
            raw = handle.read(_READ_LIMIT)
    except OSError as error:
        say(f"quizbot draft: cannot read {path}: {error.strerror or error}", err=True)
        return 1
    text = raw.decode("utf-8", errors="replace")
    try:
        yaml_text = draft_quiz(
            text, title=args.title, max_questions=args.questions, source_name=path.name
        )
    except DraftError as error:
        say(f"quizbot draft: {path}: {error}", err=True)
        return 1
    if args.output is None:
        sys.stdout.write(yaml_text)
        return 0
    try:
        write_atomically(args.output, yaml_text.encode("utf-8"))
    except OSError as error:
        say(f"quizbot draft: cannot write {args.output}: {error}", err=True)
        return 1
    say(f"wrote {args.output}: review every question before use", err=True)
    return 0
