"""`quizbot try SET QUESTION_ID "answer"`: show how the judge reads one answer.

For authors tuning `accept`/`reject`: prints the verdict, the alternative
matched and the judge's reason.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from bot.cli.output import say
from bot.engine.errors import QuizFileError
from bot.engine.judge import judge
from bot.engine.loader import load_bank, load_quiz
from bot.engine.loader.validate import suggest
from bot.engine.models import QuizSet
from bot.settings import default_quizzes_folder


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "try",
        help="judge one typed answer to one question and explain the verdict",
        description="Judge one answer as a player would type it, and print the verdict "
        "(RIGHT, CLOSE or WRONG), the alternative it matched and the judge's reason. "
        "Question ids are listed by `quizbot sets --ids` and shown at each reveal of "
        "`quizbot play`.",
        epilog="Exit status: 0 when the answer is judged right, 1 when it is wrong (close "
        "or not), 2 when the set or the question cannot be found.",
    )
    parser.add_argument("set", help="set name (looked up in --quizzes) or path to a file")
    parser.add_argument("question_id", help="the question's id")
    parser.add_argument("answer", help="the answer as a player would type it")
    parser.add_argument(
        "--quizzes", help="folder of sets (default: the quizzes folder named in bot.yaml)"
    )
    parser.set_defaults(handler=run)


def find_set(name: str, quizzes: str) -> QuizSet | str:
    """The set, or a message saying why it could not be found."""
    if Path(name).is_file():
        try:
            return load_quiz(name)
        except QuizFileError as error:
            return "\n".join(str(p) for p in error.problems) or str(error)
    bank = load_bank(quizzes)
    quiz = bank.get(name)
    if quiz is not None:
        return quiz
    known = ", ".join(sorted(bank.sets)) or "none"
    return f"no set named {name!r} in {quizzes} (sets there: {known})"


def run(args: argparse.Namespace) -> int:
    found = find_set(args.set, str(args.quizzes or default_quizzes_folder()))
    if isinstance(found, str):
        say(found, err=True)
        return 2
    # Ids are lower case by rule, so `Shoigu-Name` can only mean `shoigu-name`.
    wanted = args.question_id.strip().lower()
    try:
        question = found.question(wanted)
    except KeyError:
        ids = [q.id for q in found.questions]
        guess = suggest(wanted, ids)
        hint = f"did you mean {guess!r}? " if guess else ""
        listed = ", ".join(ids)
        say(f"no question {args.question_id!r} in set {args.set!r} ({hint}ids: {listed})", err=True)
        return 2
    verdict = judge(question, args.answer)
    label = "RIGHT" if verdict.correct else ("CLOSE" if verdict.close else "WRONG")
    say(f"verdict: {label}")
    say(f"matched: {verdict.matched if verdict.matched is not None else '-'}")
    say(f"reason:  {verdict.reason}")
    return 0 if verdict.correct else 1
