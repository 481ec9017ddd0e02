"""Turn pydantic's complaints and the loader's own checks into located Problems."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError
from rapidfuzz import fuzz, process

from bot.engine.errors import Problem
from bot.engine.judge import judge
from bot.engine.judge.normalise import joined, phrase
from bot.engine.loader.lookalike import skeleton
from bot.engine.loader.yamlsource import Path, Position
from bot.engine.models import (
    QUESTION_TYPES,
    AllOfQuestion,
    AnyQuestion,
    ChoiceQuestion,
    Defaults,
    Examples,
    NumberQuestion,
    Question,
    QuizSet,
    Source,
    TextQuestion,
    TrueFalseQuestion,
    YearQuestion,
    link_peers,
)

logger = logging.getLogger(__name__)

# Maps a path in the validated data to a path (and key-or-value flag) in the source.
Locator = Callable[[Path, bool], Position]

QUESTION_ADAPTER: TypeAdapter[AnyQuestion] = TypeAdapter(Question)
QUESTION_MODELS: dict[str, type[BaseModel]] = {
    "text": TextQuestion,
    "number": NumberQuestion,
    "year": YearQuestion,
    "choice": ChoiceQuestion,
    "truefalse": TrueFalseQuestion,
    "all_of": AllOfQuestion,
}
_DUPLICATE_ID_MESSAGE = "is used more than once"
_WORD = re.compile(r"[a-z0-9]+")


def suggest(word: str, options: Iterable[str]) -> str | None:
    """The option closest to `word`, if any is close enough to be a likely typo."""
    best = process.extractOne(word.casefold(), list(options), scorer=fuzz.ratio, score_cutoff=60)
    return best[0] if best else None


def _model_at(loc: Path) -> type[BaseModel] | None:
    """Which model owns the mapping at `loc` (a location with question tags removed)."""
    if loc == ():
        return QuizSet
    if loc == ("source",):
        return Source
    if loc == ("defaults",):
        return Defaults
    return None


def _strip_tag(loc: tuple[Any, ...]) -> tuple[Path, str | None]:
    """('questions', 0, 'text', 'answer') -> (('questions', 0, 'answer'), 'text')."""
    if (
        len(loc) >= 3
        and loc[0] == "questions"
        and isinstance(loc[1], int)
        and loc[2] in QUESTION_TYPES
    ):
        return (loc[0], loc[1], *loc[3:]), loc[2]
    return tuple(loc), None


def _field_name(rest: Path) -> str | None:
    if not rest:
        return None
    text = ""
    for part in rest:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


class ProblemMaker:
    """Builds Problems for one file: knows its label, raw data and how to locate paths."""

    def __init__(
        self,
        label: str,
        raw: dict[str, Any],
        locate: Locator,
        null_words: dict[Path, str] | None = None,
    ) -> None:
        self.label = label
        self.raw = raw
        self.locate = locate
        self.null_words = null_words or {}

    def question_id(self, index: int) -> str | None:
        questions = self.raw.get("questions")
        if isinstance(questions, list) and 0 <= index < len(questions):
            item = questions[index]
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                return str(item["id"])
        return None

    def make(
        self, path: Path, message: str, *, key: bool = False, severity: str = "error"
    ) -> Problem:
        line, column = self.locate(path, key)
        question_id = None
        rest = path
        if len(path) >= 2 and path[0] == "questions" and isinstance(path[1], int):
            question_id = self.question_id(path[1])
            rest = path[2:]
            if question_id is None and not rest:
                message = f"question {path[1] + 1}: {message}"
        return Problem(self.label, line, column, message, question_id, _field_name(rest), severity)


def with_question(maker: ProblemMaker, problem: Problem, path: Path | None) -> Problem:
    """Add the question id and field to a problem found while reading the YAML."""
    if path is None:
        return problem
    named = maker.make(path, problem.message)
    return replace(problem, question_id=named.question_id, field=named.field)


def duplicate_ids(maker: ProblemMaker) -> list[Problem]:
    questions = maker.raw.get("questions")
    if not isinstance(questions, list):
        return []
    first_seen: dict[str, int] = {}
    problems = []
    for index, item in enumerate(questions):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            continue
        qid = item["id"].strip()
        if qid in first_seen:
            first_line = maker.locate(("questions", first_seen[qid], "id"), False)[0]
            message = (
                f"question id {qid!r} is already used on line {first_line}; ids must be unique"
            )
            problems.append(maker.make(("questions", index, "id"), message))
        else:
            first_seen[qid] = index
    return problems


def _unknown_key(maker: ProblemMaker, loc: Path, tag: str | None) -> Problem:
    key = str(loc[-1])
    owner_loc = loc[:-1]
    model: type[BaseModel] | None
    if tag is not None and len(owner_loc) == 2:
        model = QUESTION_MODELS[tag]
    elif tag is not None and owner_loc[2:] == ("examples",):
        model = Examples
    else:
        model = _model_at(owner_loc)
    if tag is not None and model is QUESTION_MODELS[tag]:
        owners = [t for t, m in QUESTION_MODELS.items() if key in m.model_fields]
        if owners:
            kinds = " or ".join(owners)
            message = f"`{key}` only applies to {kinds} questions"
            if len(owners) == 1 and owners[0] != "text":
                message += f" (did you forget `type: {owners[0]}`?)"
            return maker.make(loc, message, key=True)
    message = f"unknown key `{key}`"
    if model is not None:
        guess = suggest(key, model.model_fields)
        if guess:
            message += f"; did you mean `{guess}`?"
        else:
            message += "; expected one of " + ", ".join(f"`{f}`" for f in model.model_fields)
    return maker.make(loc, message, key=True)


def _describe_input(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    text = str(value)
    return f"`{text[:60]}...`" if len(text) > 60 else f"`{text}`"


def _message(error: dict[str, Any], field: str) -> str:
    kind = error["type"]
    value = error.get("input")
    ctx = error.get("ctx") or {}
    if value is None and kind in {
        "string_type",
        "float_type",
        "int_type",
        "bool_type",
        "list_type",
    }:
        return f"`{field}` is empty"
    given = _describe_input(value)
    mapping = f"should be a mapping of keys to values, not {given}"
    simple = {
        "missing": f"`{field}` is missing",
        "string_too_short": f"`{field}` is empty",
        "string_type": f"`{field}` should be text, not {given}",
        "list_type": f"`{field}` should be a list, not {given}",
        "dict_type": f"`{field}` {mapping}",
        "model_type": f"`{field}` {mapping}",
        "model_attributes_type": f"this {mapping}",
        "float_parsing": f"`{field}` should be a number, not {given}",
        "float_type": f"`{field}` should be a number, not {given}",
        "int_parsing": f"`{field}` should be a whole number, not {given}",
        "int_type": f"`{field}` should be a whole number, not {given}",
        "int_from_float": f"`{field}` should be a whole number, not {given}",
        "bool_parsing": f"`{field}` should be true or false (yes/no also work), not {given}",
        "bool_type": f"`{field}` should be true or false, not {given}",
        "greater_than_equal": f"`{field}` must be at least {ctx.get('ge')}",
        "less_than_equal": f"`{field}` must be at most {ctx.get('le')}",
        "too_short": f"`{field}` needs at least {ctx.get('min_length')} item(s)",
        "too_long": f"`{field}` has {ctx.get('actual_length')} items; "
        f"it allows at most {ctx.get('max_length')}",
    }
    if kind in simple:
        return simple[kind]
    if kind == "string_too_long":
        length = len(value.strip()) if isinstance(value, str) else 0
        return (
            f"`{field}` is {length:,} characters long; the limit is {ctx.get('max_length')} "
            "(keep the answer short and put the detail in `explain`)"
        )
    if kind == "literal_error":
        expected = str(ctx.get("expected", ""))
        message = f"`{field}` must be {expected}, not {given}"
        guess = suggest(str(value), _WORD.findall(expected)) if isinstance(value, str) else None
        return message + (f"; did you mean `{guess}`?" if guess else "")
    if kind == "string_pattern_mismatch" and field == "id":
        return (
            f"id {value!r} may hold only lowercase letters, digits, `-` and `_`, "
            "start with a letter or digit, and be at most 64 characters"
        )
    return str(error.get("msg", kind)).removeprefix("Value error, ")


def _one_error(maker: ProblemMaker, error: dict[str, Any]) -> Problem | None:
    loc, tag = _strip_tag(tuple(error["loc"]))
    kind = error["type"]
    if kind == "extra_forbidden":
        return _unknown_key(maker, loc, tag)
    if kind in {"union_tag_invalid", "union_tag_not_found"}:
        given = (error.get("ctx") or {}).get("tag", "")
        message = f"unknown question type `{given}`; the types are " + ", ".join(QUESTION_TYPES)
        guess = suggest(str(given), QUESTION_TYPES)
        if guess:
            message += f"; did you mean `{guess}`?"
        return maker.make((*loc, "type"), message)
    message = str(error.get("msg", ""))
    if kind == "value_error" and _DUPLICATE_ID_MESSAGE in message:
        return None  # reported with both lines by duplicate_ids()
    if kind == "value_error" and "not one of the choices" in message:
        return _choice_problem(maker, loc)
    if kind == "value_error" and "choices must all be different" in message:
        return None  # reported choice by choice, with both, by choice_clashes()
    field = next((str(p) for p in reversed(loc) if isinstance(p, str)), "value")
    if kind == "missing":
        return maker.make(loc[:-1], _message(error, field))
    message = _message(error, field)
    if kind == "string_pattern_mismatch" and field == "id":
        message += _id_hint(maker, error.get("input"))
    word = maker.null_words.get(loc)
    if word is not None and error.get("input") is None:
        message += f"; an unquoted `{word}` means nothing in YAML, write '{word}' to mean the text"
    return maker.make(loc, message)


def _id_hint(maker: ProblemMaker, value: Any) -> str:
    """A valid id to use instead, never one another question already has (`Q1` beside `q1`)."""
    slug = "-".join(_WORD.findall(str(value).casefold()))[:64]
    if not slug:
        return ""
    questions = maker.raw.get("questions")
    items = questions if isinstance(questions, list) else []
    taken = {q.get("id") for q in items if isinstance(q, dict)}
    if slug not in taken:
        return f"; try `{slug}`"
    free = next(f"{slug}-{n}" for n in range(2, len(taken) + 3) if f"{slug}-{n}" not in taken)
    return f"; `{slug}` is taken by another question, try `{free}`"


def _choice_problem(maker: ProblemMaker, loc: Path) -> Problem:
    question = maker.raw["questions"][loc[1]]
    answer = str(question.get("answer"))
    choices = [str(c) for c in question.get("choices") or []]
    message = f"the answer {answer!r} is not one of the choices"
    guess = suggest(answer, choices)
    if guess:
        message += f"; did you mean `{guess}`?"
    return maker.make((*loc, "answer"), message)


def validation_problems(maker: ProblemMaker, error: ValidationError) -> list[Problem]:
    problems = []
    for item in error.errors(include_url=False):
        problem = _one_error(maker, dict(item))
        if problem is not None:
            problems.append(problem)
    return problems


def _raw_choices(maker: ProblemMaker) -> Iterator[tuple[int, list[tuple[int, str]]]]:
    """Each choice question's choices as written, by question index, whether or not the
    rest of the question is valid."""
    questions = maker.raw.get("questions")
    for index, item in enumerate(questions if isinstance(questions, list) else []):
        if isinstance(item, dict) and item.get("type") == "choice":
            choices = item.get("choices")
            if isinstance(choices, list):
                yield index, [(n, c.strip()) for n, c in enumerate(choices) if isinstance(c, str)]


def choice_clashes(maker: ProblemMaker) -> list[Problem]:
    """Choices the judge cannot tell apart (case, accents, punctuation and a leading
    article are ignored), or that look the same on screen: typing one of them would
    pick the other."""
    problems = []
    for index, choices in _raw_choices(maker):
        seen: dict[str, str] = {}
        for number, choice in choices:
            key = joined(phrase(skeleton(choice)))
            if key in seen:
                other = seen[key]
                if joined(phrase(choice)) == joined(phrase(other)):
                    how = (
                        "once case, accents, punctuation and a leading the/a/an are ignored; "
                        "players could not type it apart"
                    )
                else:
                    how = (
                        "on screen: it mixes in look-alike letters of another script or "
                        "invisible characters; write both in one script"
                    )
                message = f"choice {choice!r} reads the same as {other!r} {how}"
                problems.append(maker.make(("questions", index, "choices", number), message))
            seen.setdefault(key, choice)
    return problems


def valid_questions(maker: ProblemMaker, quiz: QuizSet | None) -> list[tuple[int, AnyQuestion]]:
    """The questions that are valid on their own, by index, linked to one another's
    answers as in a loaded set: when the set as a whole is not valid, the good
    questions' examples are still checked in the same run."""
    if quiz is not None:
        return list(enumerate(quiz.questions))
    questions = maker.raw.get("questions")
    found: list[tuple[int, AnyQuestion]] = []
    for index, item in enumerate(questions if isinstance(questions, list) else []):
        try:
            found.append((index, QUESTION_ADAPTER.validate_python(item)))
        except ValidationError:
            continue
    link_peers([question for _, question in found])
    return found


def example_problems(
    maker: ProblemMaker, questions: list[tuple[int, AnyQuestion]]
) -> list[Problem]:
    """Run every question's examples through the judge; each disagreement is a problem."""
    problems = []
    for index, question in questions:
        if not (question.examples.accept or question.examples.reject):
            continue
        for field_name, expected in (("accept", True), ("reject", False)):
            for number, text in enumerate(getattr(question.examples, field_name)):
                path = ("questions", index, "examples", field_name, number)
                try:
                    correct = judge(question, text).correct
                except Exception as error:  # a judge bug must not take the loader down
                    logger.exception("judge failed on example %r", text)
                    problems.append(
                        maker.make(path, f"the judge failed on example {text!r}: {error}")
                    )
                    continue
                if correct != expected:
                    wanted = "accepted" if expected else "rejected"
                    verb = "rejects" if expected else "accepts"
                    message = f"example {text!r} should be {wanted}, but the judge {verb} it"
                    problems.append(maker.make(path, message))
    return problems
