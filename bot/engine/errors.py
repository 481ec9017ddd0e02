"""Errors raised by the engine. Front-ends turn them into user messages."""

from __future__ import annotations

from dataclasses import dataclass


class QuizError(Exception):
    """Base for every error the engine raises on purpose."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a question file, located as precisely as we can."""

    path: str
    line: int  # 1-based; 0 when unknown
    column: int  # 1-based; 0 when unknown
    message: str
    question_id: str | None = None
    field: str | None = None
    severity: str = "error"  # "error" or "warning"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.column}" if self.line else self.path
        about = ""
        if self.question_id:
            about = f"question {self.question_id!r}"
            if self.field:
                about += f", field {self.field!r}"
            about += ": "
        elif self.field:
            about = f"field {self.field!r}: "
        return f"{where}: {self.severity}: {about}{self.message}"


class QuizFileError(QuizError):
    """A question file could not be loaded; carries every problem found in it."""

    def __init__(self, path: str, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        first = str(problems[0]) if problems else path
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(first + more)


class SessionError(QuizError):
    """A session command that cannot be carried out (wrong state, not allowed...)."""
