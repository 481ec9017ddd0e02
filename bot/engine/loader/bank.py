"""A bank: every question set found in some folders, with the problems met on the way."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bot.engine.errors import Problem, QuizFileError
from bot.engine.loader.quizfile import read_quiz_file
from bot.engine.loader.yamlsource import DEFAULT_LIMITS, Limits
from bot.engine.models import QuizSet

logger = logging.getLogger(__name__)

QUIZ_SUFFIXES = (".yaml", ".yml")


@dataclass(slots=True)
class Bank:
    """Loaded sets by name; a file that failed is in `problems`, not in `sets`."""

    sets: dict[str, QuizSet] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    files_read: int = 0

    def get(self, name: str) -> QuizSet | None:
        return self.sets.get(name)

    def all_tags(self) -> list[str]:
        return tags_of(self.sets.values())

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def question_count(self) -> int:
        return sum(len(quiz.questions) for quiz in self.sets.values())


def quiz_files(path: Path, skipped: list[Problem] | None = None) -> Iterator[Path]:
    """The question files in a folder (not its subfolders), in name order.

    Only regular files inside the folder are read: a link that leads out of it
    (which could expose any readable file on the host) and anything that is not a
    regular file (a pipe would block the reader) are skipped, with a warning
    added to `skipped`.
    """
    home = path.resolve()
    for child in sorted(path.iterdir()):
        if child.suffix.lower() not in QUIZ_SUFFIXES or child.name.startswith("."):
            continue
        reason = _not_readable(child, home)
        if reason is None:
            yield child
        elif skipped is not None:
            skipped.append(Problem(str(child), 0, 0, reason, severity="warning"))


def _not_readable(child: Path, home: Path) -> str | None:
    """Why a folder entry is not loaded, or None if it is a regular file inside the folder."""
    if child.is_symlink():
        target = child.resolve()
        if not target.is_relative_to(home):
            return (
                f"skipped: a link to {target}, outside {home}; "
                "copy the file into the folder instead"
            )
    if child.is_dir():
        return "skipped: a folder, not a question file (subfolders are not read)"
    if not child.is_file():
        return "skipped: not a regular file" + (" (a broken link)" if not child.exists() else "")
    return None


def load_bank(*paths: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS) -> Bank:
    """Load every question file in the given folders (or the given files themselves).

    A bad file is reported in `bank.problems` and skipped; the others load. Two
    files giving the same set name: the first wins, the second is reported.
    """
    bank = Bank()
    files: list[Path] = []
    for entry in map(Path, paths):
        if entry.is_dir():
            files.extend(quiz_files(entry, bank.problems))
        elif entry.is_file():
            files.append(entry)
        else:
            bank.problems.append(Problem(str(entry), 0, 0, "no such file or folder"))
    loaded: dict[str, QuizSet] = {}
    for file in files:
        bank.files_read += 1
        try:
            result = read_quiz_file(file, limits)
        except QuizFileError as error:
            logger.info("skipping %s: %s", file, error)
            bank.problems.extend(error.problems)
            continue
        bank.problems.extend(result.warnings)
        quiz = result.quiz
        if quiz.name in loaded:
            message = f"a set named {quiz.name!r} is already loaded from {loaded[quiz.name].path}"
            bank.problems.append(Problem(str(file), 0, 0, message + "; this file is skipped"))
            continue
        loaded[quiz.name] = quiz
    bank.sets = dict(sorted(loaded.items()))
    return bank


def tags_of(sets: Iterable[QuizSet]) -> list[str]:
    """Every tag of these sets and of their questions, sorted."""
    tags: set[str] = set()
    for quiz in sets:
        tags.update(quiz.tags)
        for question in quiz.questions:
            tags.update(question.tags)
    return sorted(tags)
