"""A small, defensive YAML reader that remembers where every value came from.

PyYAML's own constructors follow YAML 1.1, which turns `yes`, `on`, `010`,
`1:30` or `2022-09-30` into booleans, numbers and dates behind the author's
back, silently keeps the last of two duplicate keys, and expands aliases
without bound. This reader consumes the parser's event stream instead and
builds plain data itself:

* every unquoted value stays the text the author typed (the question models
  then convert it where they expect a number or a yes/no); only an empty
  value, `~` and `null` mean "nothing";
* a repeated key keeps the later value, as PyYAML does, and is recorded
  with both lines so the caller can report it;
* size, nesting depth and alias expansion are capped, failing fast.

Each value's position is kept in a map from its path (keys and list indices
from the document root) to its 1-based line and column.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import yaml

from bot.engine.errors import Problem, QuizFileError
from bot.engine.loader import fastyaml
from bot.engine.loader.fastyaml import NULL_WORDS, UNUSUAL, hidden_char, read_plain

logger = logging.getLogger(__name__)

Path = tuple[str | int, ...]
Position = tuple[int, int]

_NULLS = NULL_WORDS
_CORE_TAG = "tag:yaml.org,2002:"
_ALLOWED_TAGS = frozenset(
    {"!", *(_CORE_TAG + name for name in ("str", "int", "float", "bool", "null", "seq", "map"))}
)
# Characters YAML itself refuses (C0 controls except tab/newline/CR, DEL, surrogates...).
_FORBIDDEN_CHARS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]"
)
# Invisible characters YAML itself accepts raw: bidi overrides and isolates, and
# zero-width spaces. They make text read differently from what is compared.
_INVISIBLE_RAW = re.compile("[\u061c\u180e\u200b\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_STRAY_JOINER = re.compile("(?<=[\x00-\x7f])[\u200c\u200d]|[\u200c\u200d](?=[\x00-\x7f])")
_MAX_REPORTED = 20
_HIDDEN_FIX = (
    "invisible and control characters make text look different from what players must "
    "type; remove it"
)
# What a parser complaint usually means, in plain words with the fix; PyYAML and
# libyaml word some differently, so each is matched by the start of either.
_SYNTAX_MEANINGS: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("mapping values are not allowed",),
        "a value holding `: ` must be put in quotes, or the indentation is off",
    ),
    (
        ("found a tab character", "found character '\\t'"),
        "a tab is used for indentation; indent with spaces, not tabs",
    ),
    (
        ("found undefined alias", "expected alphabetic or numeric character"),
        "`*` and `&` start aliases and anchors in YAML; put the value in quotes",
    ),
    (
        ("did not find expected '-' indicator", "expected <block end>"),
        "the indentation is off: items of one list or mapping must start in the same column",
    ),
    (
        ("did not find expected key", "could not find expected ':'"),
        "a key is missing its `:`, a quote is left open, or the indentation is off",
    ),
    (
        ("found unexpected end of stream",),
        "a quote or bracket is opened but never closed; close it",
    ),
    (
        ("did not find expected ',' or ']'", "did not find expected ',' or '}'"),
        "a `[...]` or `{...}` is not closed, or its items are not separated by commas",
    ),
    (
        ("found unknown escape character",),
        "an unknown `\\` escape in double quotes; use single quotes, or write `\\\\`",
    ),
    (
        ("exceeded maximum nesting depth",),
        "brackets are nested far too deep; a question file needs a few levels at most",
    ),
    (
        ("found unexpected ':'",),
        "an unexpected `:`; put the value in quotes",
    ),
)
EMPTY_FILE = "the file is empty"
_CANNOT_START = "a value cannot start with {char!r}; put the value in quotes"

WITH_LIBYAML: bool = bool(getattr(yaml, "__with_libyaml__", False))


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds that keep a hostile or broken file from costing much."""

    max_bytes: int = 2 * 1024 * 1024
    # QuizSet links every question to every other's answers (quadratic), so a
    # big count costs seconds and hundreds of MB: keep it modest by default.
    max_questions: int = 2_000
    max_depth: int = 20
    # Nodes that aliases may add on top of what is written out in the file.
    max_alias_nodes: int = 10_000


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True, slots=True)
class Duplicate:
    """A key written twice in one mapping: where first, and where again (which wins)."""

    path: Path
    first: Position
    again: Position


@dataclass(slots=True)
class YamlDocument:
    """Plain data (dicts, lists, str, None) plus where each piece was written."""

    data: Any
    positions: dict[Path, Position] = field(default_factory=dict)
    key_positions: dict[Path, Position] = field(default_factory=dict)
    # Values an unquoted `~`/`null` turned into nothing, with the word typed.
    null_words: dict[Path, str] = field(default_factory=dict)
    # For each reading problem, the path it is about (None when unknown).
    problem_paths: list[Path | None] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    # Set when the data was read plainly: the text and limits to find positions from.
    unlocated: tuple[str, Limits] | None = None

    def position(self, path: Path, *, key: bool = False) -> Position:
        """The position of `path`, or of its nearest ancestor that has one."""
        if self.unlocated is not None:
            self._locate()
        if key and path in self.key_positions:
            return self.key_positions[path]
        while path:
            if path in self.positions:
                return self.positions[path]
            path = path[:-1]
        return self.positions.get((), (1, 1))

    def _locate(self) -> None:
        assert self.unlocated is not None
        text, limits = self.unlocated
        self.unlocated = None
        builder = _Builder("", limits)
        try:
            _feed_all(builder, text)
        except (_StopReadingError, yaml.YAMLError):  # pragma: no cover - it read fine before
            logger.warning("positions of a plainly read file could not be found again")
        self.positions = builder.document.positions
        self.key_positions = builder.document.key_positions


def repeated_key_message(repeat: Duplicate) -> str:
    return (
        f"duplicate key `{repeat.path[-1]}`: it is already set on line {repeat.first[0]}; "
        "YAML would silently keep only the last one"
    )


class YamlSyntaxError(QuizFileError):
    """The YAML could not be parsed; `at_fault` are the 1-based lines to skip to read on."""

    def __init__(self, path: str, problems: list[Problem], at_fault: tuple[int, ...]) -> None:
        super().__init__(path, problems)
        self.at_fault = at_fault


def _lines_at_fault(error: yaml.YAMLError) -> tuple[int, ...]:
    """The line the parser stopped on, and (first, when the trouble opened earlier, as an
    unclosed quote or bracket does) the line where what it was reading began."""
    problem = getattr(error, "problem_mark", None)
    context = getattr(error, "context_mark", None)
    lines = [problem.line + 1] if problem is not None else []
    opened = str(getattr(error, "context", "") or "")
    if context is not None and ("quoted" in opened or "flow" in opened):
        lines.insert(0, context.line + 1)
    elif context is not None:
        lines.append(context.line + 1)
    return tuple(dict.fromkeys(lines))


class _StopReadingError(Exception):
    """Reading cannot go on; the problem is already recorded."""


@dataclass(slots=True)
class _Frame:
    container: dict[str, Any] | list[Any]
    path: Path
    anchor: str | None
    size: int = 1
    key: str | None = None
    key_position: Position = (0, 0)


def _pos(mark: Any) -> Position:
    return (mark.line + 1, mark.column + 1)


def decode_source(raw: bytes | str, label: str, limits: Limits = DEFAULT_LIMITS) -> str:
    """Bytes to text, refusing oversized, non-UTF-8 and binary input with a located problem."""
    size = len(raw.encode("utf-8", "surrogatepass")) if isinstance(raw, str) else len(raw)
    if size > limits.max_bytes:
        raise QuizFileError(
            label,
            [
                Problem(
                    label,
                    0,
                    0,
                    f"the file is {size:,} bytes; the limit is {limits.max_bytes:,} "
                    "(split it into several sets)",
                )
            ],
        )
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = raw.count(b"\n", 0, error.start) + 1
            column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
            message = (
                f"byte 0x{raw[error.start]:02x} is not valid UTF-8; "
                "save the file as UTF-8 (is this a text file?)"
            )
            raise QuizFileError(label, [Problem(label, line, column, message)]) from None
    else:
        text = raw.removeprefix("\ufeff")
    bad = _FORBIDDEN_CHARS.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        column = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
        name = (
            "a NUL byte" if bad.group() == "\0" else f"control character U+{ord(bad.group()):04X}"
        )
        message = f"the file contains {name}; is this a text file?"
        raise QuizFileError(label, [Problem(label, line, column, message)])
    return text


def invisible_chars(text: str, label: str) -> list[Problem]:
    """Every invisible character typed raw (bidi controls, zero-width spaces), located."""
    found = list(_INVISIBLE_RAW.finditer(text))
    if "\u200c" in text or "\u200d" in text:
        found += [m for m in _STRAY_JOINER.finditer(text)]
    problems = []
    for hidden in sorted(found, key=lambda m: m.start())[:_MAX_REPORTED]:
        line = text.count("\n", 0, hidden.start()) + 1
        column = hidden.start() - (text.rfind("\n", 0, hidden.start()) + 1) + 1
        message = f"the file contains {describe_char(hidden.group())}; {_HIDDEN_FIX}"
        problems.append(Problem(label, line, column, message))
    return problems


def describe_char(char: str) -> str:
    """'U+202E (RIGHT-TO-LEFT OVERRIDE)' for a character nobody can see."""
    name = unicodedata.name(char, "control character")
    return f"U+{ord(char):04X}" + (f" ({name})" if name else "")


class _Builder:
    """Turns parser events into plain data, recording positions and problems."""

    def __init__(self, label: str, limits: Limits) -> None:
        self.label = label
        self.limits = limits
        self.problems: list[Problem] = []
        self.document = YamlDocument(data=None)
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.alias_nodes = 0
        self.documents = 0

    def problem(
        self, position: Position, message: str, *, fatal: bool = False, path: Path | None = None
    ) -> None:
        self.problems.append(Problem(self.label, position[0], position[1], message))
        self.document.problem_paths.append(path)
        if fatal:
            raise _StopReadingError

    def feed(self, event: Any) -> None:
        kind = type(event)
        if kind is yaml.ScalarEvent:
            self.scalar(event)
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            self.open(event, {} if kind is yaml.MappingStartEvent else [])
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            self.close()
        elif kind is yaml.AliasEvent:
            self.alias(event)
        elif kind is yaml.DocumentStartEvent:
            self.documents += 1
            if self.documents > 1:
                message = "only one YAML document per file (remove the second `---`)"
                self.problem(_pos(event.start_mark), message, fatal=True)

    def check_tag(self, event: Any) -> None:
        tag = event.tag
        if tag is not None and tag not in _ALLOWED_TAGS:
            self.problem(_pos(event.start_mark), f"YAML tag {tag!r} is not supported here")

    def scalar(self, event: Any) -> None:
        self.check_tag(event)
        value: str | None = event.value
        hidden = hidden_char(event.value) if event.style == '"' else None
        if hidden is not None:
            message = f"the escape here gives {describe_char(hidden.group())}; {_HIDDEN_FIX}"
            self.problem(_pos(event.start_mark), message)
        if (event.implicit[0] and value in _NULLS) or event.tag == _CORE_TAG + "null":
            value = None
        frame = self.stack[-1] if self.stack else None
        if frame is not None and isinstance(frame.container, dict) and frame.key is None:
            if event.anchor is not None:
                self.anchors[event.anchor] = (event.value, 1)
            self.take_key(frame, event.value, _pos(event.start_mark))
            return
        path = self.attach(value, _pos(event.start_mark), 1, event.anchor)
        if value is None and event.value:
            self.document.null_words[path] = event.value

    def take_key(self, frame: _Frame, key: str, position: Position) -> None:
        assert isinstance(frame.container, dict)
        frame.key, frame.key_position = key, position
        path = (*frame.path, key)
        first = self.document.key_positions.get(path)
        if first is not None:
            # Like PyYAML, the later value wins; the caller decides how bad that is.
            self.document.duplicates.append(Duplicate(path, first, position))
            self.forget_below(path)

    def forget_below(self, path: Path) -> None:
        """Drop the positions of an earlier value that a repeated key replaces."""
        depth = len(path)
        for table in (self.document.positions, self.document.key_positions):
            for stale in [p for p in table if len(p) > depth and p[:depth] == path]:
                del table[stale]

    def attach(self, value: Any, position: Position, size: int, anchor: str | None) -> Path:
        if anchor is not None:
            self.anchors[anchor] = (value, size)
        if not self.stack:
            self.document.data = value
            self.document.positions[()] = position
            return ()
        frame = self.stack[-1]
        frame.size += size
        container = frame.container
        if isinstance(container, list):
            path: Path = (*frame.path, len(container))
            container.append(value)
        else:
            if frame.key is None:
                self.problem(
                    position, "a key must be plain text, not a list or mapping", fatal=True
                )
            key = frame.key
            assert key is not None
            path = (*frame.path, key)
            container[key] = value
            self.document.key_positions[path] = frame.key_position
            frame.key = None
        self.document.positions[path] = position
        return path

    def open(self, event: Any, container: dict[str, Any] | list[Any]) -> None:
        self.check_tag(event)
        position = _pos(event.start_mark)
        if len(self.stack) >= self.limits.max_depth:
            self.problem(
                position, f"nested more than {self.limits.max_depth} levels deep", fatal=True
            )
        path = self.attach(container, position, 0, None)
        self.stack.append(_Frame(container, path, event.anchor))

    def close(self) -> None:
        frame = self.stack.pop()
        if self.stack:
            self.stack[-1].size += frame.size
        if frame.anchor is not None:
            self.anchors[frame.anchor] = (frame.container, frame.size)

    def alias(self, event: Any) -> None:
        position = _pos(event.start_mark)
        if event.anchor not in self.anchors:
            self.problem(
                position, f"alias `*{event.anchor}` refers to no complete anchor", fatal=True
            )
        value, size = self.anchors[event.anchor]
        self.alias_nodes += size
        if self.alias_nodes > self.limits.max_alias_nodes:
            self.problem(
                position,
                f"aliases expand to more than {self.limits.max_alias_nodes:,} values; "
                "write the content out instead of repeating it with `*` aliases",
                fatal=True,
            )
        frame = self.stack[-1] if self.stack else None
        if frame is not None and isinstance(frame.container, dict) and frame.key is None:
            if not isinstance(value, str):
                self.problem(
                    position, "a key must be plain text, not a list or mapping", fatal=True
                )
            self.take_key(frame, value, position)
            return
        self.attach(value, position, size, None)


def _syntax_problem(label: str, error: yaml.YAMLError, text: str) -> Problem:
    """A parser error in plain words with a fix; the parser's own words as a detail."""
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or str(error)
    context = getattr(error, "context", None)
    opened = getattr(error, "context_mark", None)
    if opened is not None and context and ("quoted" in context or "flow" in context):
        mark = opened  # where the unclosed quote or bracket begins, not where it gave out
    line, column = _pos(mark) if mark is not None else (0, 0)
    meaning = next(
        (plain for starts, plain in _SYNTAX_MEANINGS if problem.startswith(starts)), None
    )
    if meaning is None and "cannot start any token" in problem and line:
        char = _char_at(text, line, column)
        if char == "\t":
            meaning = _SYNTAX_MEANINGS[1][1]
        elif char:
            meaning = _CANNOT_START.format(char=char)
    detail = problem + (f" {context}" if context else "")
    plain = meaning or "this line cannot be read as YAML; check its quotes, colons and indentation"
    return Problem(label, line, column, f"YAML syntax error: {plain} (parser: {detail})")


def _char_at(text: str, line: int, column: int) -> str:
    lines = text.split("\n", line)
    row = lines[line - 1] if len(lines) >= line else ""
    return row[column - 1] if 0 < column <= len(row) else ""


def _feed_all(builder: _Builder, text: str) -> None:
    parser = fastyaml.event_parser(text)
    try:
        while parser.check_event():
            builder.feed(parser.get_event())
    finally:
        parser.dispose()


def read_yaml(
    text: str, label: str, limits: Limits = DEFAULT_LIMITS, *, keep_repeats: bool = False
) -> tuple[YamlDocument, list[Problem]]:
    """Parse one YAML document into plain data with positions.

    Returns the document and the problems that did not stop reading (duplicate
    keys, unsupported tags); raises QuizFileError when reading had to stop.
    With `keep_repeats`, a repeated key is only listed in `document.duplicates`
    (its later value kept) for the caller to judge; otherwise it is an error.
    """
    plain = read_plain(text, limits.max_depth)
    if plain is not UNUSUAL:
        return YamlDocument(plain, unlocated=(text, limits)), []
    builder = _Builder(label, limits)
    try:
        _feed_all(builder, text)
    except _StopReadingError:
        raise QuizFileError(label, builder.problems) from None
    except yaml.YAMLError as error:
        syntax = _syntax_problem(label, error, text)
        raise YamlSyntaxError(label, [*builder.problems, syntax], _lines_at_fault(error)) from None
    if builder.documents == 0 or builder.document.data is None:
        builder.problem((1, 1), EMPTY_FILE)
        raise QuizFileError(label, builder.problems)
    if not keep_repeats:
        for repeat in builder.document.duplicates:
            builder.problem(repeat.again, repeated_key_message(repeat), path=repeat.path)
    return builder.document, builder.problems
