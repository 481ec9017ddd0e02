"""Reading past syntax errors, so that one run of `validate` reports all of them.

On a syntax error, the line at fault is blanked (line numbers stay the same) and
the text is read again, up to a bound. The document then read has lost those
lines; problems that only come from losing them (a key "missing" that was
written on a blanked line, anything inside the region a blanked line opened)
are dropped, so what is reported is what the author must fix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.engine.errors import Problem, QuizFileError
from bot.engine.loader.yamlsource import (
    EMPTY_FILE,
    Limits,
    YamlDocument,
    YamlSyntaxError,
    read_yaml,
)

# More syntax errors than this in one file: report these, the rest after fixing them.
MAX_SYNTAX_ERRORS = 20
_MISSING = re.compile(r"`([^`]+)` is missing")
# Problems that an entry whose content was blanked would show: not the author's.
_EMPTIED = re.compile(r"^no answers|is empty$|^an empty answer")


@dataclass(slots=True)
class Recovered:
    document: YamlDocument
    problems: list[Problem]
    syntax: list[Problem] = field(default_factory=list)
    # 1-based lines blanked, and the original lines of the file.
    blanked: set[int] = field(default_factory=set)
    lines: list[str] = field(default_factory=list)

    def keeps(self, problem: Problem) -> bool:
        """False for a problem caused only by the blanked lines."""
        if not self.blanked:
            return True
        if _EMPTIED.search(problem.message) and any(
            self._within(problem.line, n) for n in self.blanked if n > problem.line
        ):
            return False
        found = _MISSING.search(problem.message)
        if found is not None:
            key = re.compile(rf"^\s*(-\s+)?['\"]?{re.escape(found.group(1))}['\"]?\s*:")
            lost = [n for n in self.blanked if key.match(self.lines[n - 1])]
            if any(self._within(problem.line, n) for n in lost):
                return False
        return not any(self._in_region(n, problem.line) for n in self.blanked)

    def _within(self, start: int, number: int) -> bool:
        """Whether line `number` belongs to the mapping that begins on line `start`."""
        if number < start:
            return False
        top = self._indent_of(start)
        if top == 0 and self._indent_of(number) == 0:
            return True
        for k in range(start + 1, number + 1):
            text = self.lines[k - 1]
            if text.strip() and not text.startswith("\t") and _indent(text) <= top:
                return False
        return True

    def _in_region(self, blank: int, line: int) -> bool:
        """Whether `line` lies in the block the blanked line began (its more-indented tail)."""
        if line < blank:
            return False
        if line == blank:
            return True
        indent = self._indent_of(blank)
        for number in range(blank + 1, line + 1):
            text = self.lines[number - 1] if number <= len(self.lines) else ""
            if text.strip() and not text.lstrip().startswith("#") and _indent(text) <= indent:
                return False
        return True

    def _indent_of(self, number: int) -> int:
        """The blanked line's indentation; a tab-indented line (whose depth YAML cannot
        tell) is taken to sit with the line above it."""
        while 0 < number <= len(self.lines):
            line = self.lines[number - 1]
            if line.strip() and not line.startswith("\t"):
                return _indent(line)
            number -= 1
        return 0


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def read_recovering(text: str, label: str, limits: Limits) -> Recovered:
    """read_yaml, reading on past each syntax error; raises QuizFileError (with every
    syntax problem found) only when no readable document is left."""
    lines = text.split("\n")
    working = list(lines)
    blanked: set[int] = set()
    syntax: list[Problem] = []
    for _ in range(MAX_SYNTAX_ERRORS):
        try:
            document, problems = read_yaml("\n".join(working), label, limits, keep_repeats=True)
        except YamlSyntaxError as error:
            syntax.append(error.problems[-1])
            fresh = [n for n in error.at_fault if n not in blanked and 0 < n <= len(working)]
            if not fresh:
                break
            blanked.add(fresh[0])
            working[fresh[0] - 1] = ""
            continue
        except QuizFileError as error:
            # Nothing left once the unreadable lines are skipped is not news.
            rest = [p for p in error.problems if not (blanked and p.message == EMPTY_FILE)]
            raise QuizFileError(label, _unique(syntax + rest)) from None
        return Recovered(document, problems, syntax, blanked, lines)
    raise QuizFileError(label, _unique(syntax))


def _unique(problems: list[Problem]) -> list[Problem]:
    return list(dict.fromkeys(problems))
