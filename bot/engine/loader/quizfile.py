"""Load one question file (ours or a Red-DiscordBot trivia list) into a validated QuizSet."""

from __future__ import annotations

import logging
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path as FsPath
from typing import Any

from pydantic import ValidationError

from bot.engine.errors import Problem, QuizFileError
from bot.engine.loader import redtrivia
from bot.engine.loader.images import MakeProblem, image_problems
from bot.engine.loader.recovery import read_recovering
from bot.engine.loader.validate import (
    Locator,
    ProblemMaker,
    choice_clashes,
    duplicate_ids,
    example_problems,
    valid_questions,
    validation_problems,
    with_question,
)
from bot.engine.loader.yamlsource import (
    DEFAULT_LIMITS,
    Limits,
    Path,
    Position,
    YamlDocument,
    decode_source,
    invisible_chars,
    repeated_key_message,
)
from bot.engine.models import QuizSet

logger = logging.getLogger(__name__)

_NAME_JUNK = re.compile(r"[^a-z0-9-]+")


@dataclass(frozen=True, slots=True)
class LoadResult:
    """A loaded set and the warnings (never errors) found while loading it."""

    quiz: QuizSet
    warnings: list[Problem] = field(default_factory=list)


def set_name(stem: str) -> str:
    """A file stem as a set name: lowercase letters, digits and single dashes."""
    name = _NAME_JUNK.sub("-", stem.casefold().replace("_", "-"))
    return re.sub(r"-{2,}", "-", name).strip("-")


def _fail(label: str, message: str, position: Position = (0, 0)) -> QuizFileError:
    return QuizFileError(label, [Problem(label, position[0], position[1], message)])


def _with_default_types(data: dict[str, Any]) -> dict[str, Any]:
    """A question without `type` is a text question."""
    questions = data.get("questions")
    if not isinstance(questions, list):
        return data
    filled = [
        {**q, "type": "text"} if isinstance(q, dict) and "type" not in q else q for q in questions
    ]
    return {**data, "questions": filled}


def _prepare(
    document: YamlDocument, name: str, label: str, is_red: bool
) -> tuple[dict[str, Any], Locator, list[Problem]]:
    """Our-format data to validate, how to locate its paths, and problems found so far."""
    if is_red:
        converted = redtrivia.convert(document, name, label)

        def locate_red(path: Path, key: bool) -> Position:
            return redtrivia.source_position(document, converted, path)

        return converted.data, locate_red, converted.problems

    def locate(path: Path, key: bool) -> Position:
        return document.position(path, key=key)

    return _with_default_types(document.data), locate, []


def _repeated_keys(document: YamlDocument, label: str, is_red: bool) -> list[Problem]:
    """Our format refuses a repeated key; Red keeps the later entry, so we do too, with a
    warning, so that Red's own lists load as Red loads them."""
    problems = []
    for repeat in document.duplicates:
        line, column = repeat.again
        key = repeat.path[-1]
        if not is_red:
            problems.append(Problem(label, line, column, repeated_key_message(repeat)))
            continue
        top = len(repeat.path) == 1 and key not in redtrivia.RESERVED_KEYS
        what = "this question is" if top else f"`{key}` is"
        message = (
            f"{what} repeated from line {repeat.first[0]}; like Red, only this later "
            "entry is used (remove or reword the other one)"
        )
        qid = redtrivia.question_id(str(key)) if top else None
        problems.append(Problem(label, line, column, message, qid, severity="warning"))
    return problems


def _check(
    raw: str | bytes, name: str, label: str, limits: Limits, image_dir: FsPath | None
) -> LoadResult:
    text = decode_source(raw, label, limits)
    recovered = read_recovering(text, label, limits)
    document, problems = recovered.document, recovered.problems
    invisible = invisible_chars(text, label)
    if not isinstance(document.data, dict):
        raise _fail(
            label,
            "the file should be a mapping with `title` and `questions` "
            "(or a Red-DiscordBot trivia list)",
            document.position(()),
        )
    is_red = redtrivia.looks_like_red_trivia(document.data)
    if is_red and not (problems or invisible or recovered.syntax or document.duplicates):
        clean = redtrivia.read_clean(document, name, label, limits.max_questions)
        if clean is not None:
            return _loaded(*clean, name, label)
    data, locate, more = _prepare(document, name, label, is_red)
    questions = data.get("questions")
    if isinstance(questions, list) and len(questions) > limits.max_questions:
        message = f"{len(questions):,} questions; the limit is {limits.max_questions:,} per file"
        raise _fail(label, message, locate(("questions",), True))
    maker = ProblemMaker(label, data, locate, document.null_words)
    repeated = _repeated_keys(document, label, is_red)
    if not is_red:  # Red paths differ from ours; their problems are already specific
        pairs = zip(problems, document.problem_paths, strict=True)
        problems = [with_question(maker, problem, path) for problem, path in pairs]
        paths = [repeat.path for repeat in document.duplicates]
        repeated = [with_question(maker, p, path) for p, path in zip(repeated, paths, strict=True)]
    problems += repeated + invisible
    problems += more
    problems += duplicate_ids(maker)
    quiz: QuizSet | None = None
    try:
        quiz = QuizSet.model_validate(data)
    except ValidationError as error:
        problems += validation_problems(maker, error)
    pictures, image_files = image_problems(questions, image_dir, _image_locator(maker))
    problems += pictures
    problems += choice_clashes(maker)
    if quiz is not None:
        for index, image_file in image_files.items():
            quiz.questions[index]._image_file = image_file
    # The judge prepares its matching data on first use: only questions with
    # `examples` are judged here, so loading stays at parse speed.
    problems += example_problems(maker, valid_questions(maker, quiz))
    problems = recovered.syntax + [p for p in problems if recovered.keeps(p)]
    if quiz is None or any(p.severity == "error" for p in problems):
        raise QuizFileError(label, sorted(problems, key=_where))
    return _loaded(quiz, problems, name, label)


def _image_locator(maker: ProblemMaker) -> MakeProblem:
    def make(index: int, message: str, severity: str) -> Problem:
        return maker.make(("questions", index, "image"), message, severity=severity)

    return make


def _where(problem: Problem) -> tuple[int, int]:
    return (problem.line, problem.column)


def _loaded(quiz: QuizSet, warnings: list[Problem], name: str, label: str) -> LoadResult:
    quiz._name = name
    quiz._path = label
    return LoadResult(quiz, sorted(warnings, key=_where))


def read_quiz_text(
    raw: str | bytes,
    name: str,
    path_label: str,
    limits: Limits = DEFAULT_LIMITS,
    image_dir: FsPath | None = None,
) -> LoadResult:
    """Validate a question file held in memory (e.g. a Discord upload).

    `image_dir` is where image paths start from; without one (an upload) a set may
    give images as URLs only. Raises QuizFileError, and nothing else, carrying
    every problem found.
    """
    clean_name = set_name(name)
    if not clean_name:
        raise _fail(path_label, f"{name!r} gives no usable set name; use letters and digits")
    try:
        return _check(raw, clean_name, path_label, limits, image_dir)
    except QuizFileError:
        raise
    except Exception as error:
        # Whatever slipped through is our bug, but it must never crash the caller.
        logger.exception("internal error while loading %s", path_label)
        message = (
            f"internal error while reading this file ({type(error).__name__}); please report it"
        )
        raise _fail(path_label, message) from error


def load_quiz_text(
    text: str | bytes, name: str, path_label: str, limits: Limits = DEFAULT_LIMITS
) -> QuizSet:
    result = read_quiz_text(text, name, path_label, limits)
    for warning in result.warnings:
        logger.warning("%s", warning)
    return result.quiz


def read_quiz_file(path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS) -> LoadResult:
    file_path = FsPath(path)
    label = str(path)
    try:
        # Non-blocking, so that a pipe given as a file cannot hang the reader.
        descriptor = os.open(file_path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as handle:
            status = os.fstat(handle.fileno())
            if not stat.S_ISREG(status.st_mode):
                raise _fail(label, "not a regular file; give a question file (.yaml)")
            if status.st_size > limits.max_bytes:
                message = f"the file is {status.st_size:,} bytes; the limit is {limits.max_bytes:,}"
                raise _fail(label, message + " (split it into several sets)")
            raw = handle.read(limits.max_bytes + 1)
    except OSError as error:
        raise _fail(label, f"cannot read the file: {error.strerror or error}") from None
    return read_quiz_text(raw, file_path.stem, label, limits, file_path.parent)


def load_quiz(path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS) -> QuizSet:
    """Load and validate one question file; raises QuizFileError with every problem found."""
    result = read_quiz_file(path, limits)
    for warning in result.warnings:
        logger.warning("%s", warning)
    return result.quiz
