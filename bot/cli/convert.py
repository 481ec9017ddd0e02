"""`quizbot convert FILE [-o OUT]`: write a Red-DiscordBot trivia list in our format."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

import yaml

from bot.engine.errors import QuizFileError
from bot.engine.loader import read_quiz_file
from bot.engine.models import QuizSet

logger = logging.getLogger(__name__)

# The order authors read a question in, not the models' declaration order.
_FIELD_ORDER = (
    "id", "type", "ask", "answer", "accept", "reject", "choices", "tolerance", "unit",
    "hint", "explain", "tags", "difficulty", "points", "time_limit", "examples",
)  # fmt: skip
_HEADER = "# Converted by `quizbot convert`; edit freely, then run `quizbot validate`.\n"

try:
    from yaml import CSafeDumper as _Dumper
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeDumper as _Dumper  # type: ignore[assignment]


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "convert", help="convert a Red-DiscordBot trivia list to a quizbot question file"
    )
    parser.add_argument("file", help="the trivia list (YAML)")
    parser.add_argument("-o", "--output", help="where to write (default: standard output)")
    parser.set_defaults(handler=run)


def to_plain(quiz: QuizSet) -> dict[str, Any]:
    """The set as plain data in authoring order, leaving out what equals the default."""
    data = quiz.model_dump(mode="json", exclude_defaults=True, exclude={"questions"})
    questions = []
    for question in quiz.questions:
        fields = question.model_dump(mode="json", exclude_defaults=True)
        if getattr(question, "type", "text") != "text":
            fields["type"] = question.type
        questions.append({key: fields[key] for key in _FIELD_ORDER if key in fields})
    return {**data, "questions": questions}


def dump(quiz: QuizSet) -> str:
    body = yaml.dump(to_plain(quiz), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    return _HEADER + body


def run(args: argparse.Namespace) -> int:
    try:
        result = read_quiz_file(args.file)
    except QuizFileError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 1
    for warning in result.warnings:
        print(warning, file=sys.stderr)
    text = dump(result.quiz)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"wrote {len(result.quiz.questions)} questions to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0
