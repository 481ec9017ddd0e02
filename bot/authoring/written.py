"""Questions written in a form (Discord's modal) rather than a file, and sets written
back as tidy YAML.

A form has five boxes: the question, the answer, other accepted answers (one a
line), choices (one a line, for `choice`) or hints (one a line, otherwise), and
the explanation. `question_data` turns them into the mapping a question file
would hold, so the new question is validated exactly like a file; `set_yaml`
writes a whole set back in the authors' guide's key order, block style only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

import yaml

from bot.engine.models import (
    AllOfQuestion,
    ChoiceQuestion,
    NumberQuestion,
    QuestionBase,
    QuizSet,
    TextQuestion,
    TrueFalseQuestion,
    YearQuestion,
)

QuestionType = Literal["text", "number", "year", "choice", "truefalse", "all_of"]

SET_KEYS = ("title", "description", "author", "source", "tags", "defaults", "questions")
QUESTION_KEYS = (
    *("id", "type", "ask", "answer", "tolerance", "unit", "accept", "reject", "choices"),
    *("hint", "explain", "tags", "difficulty", "points", "time_limit", "image", "examples"),
)
# What each question field is called in the form, for errors that name the box.
FORM_LABELS: Mapping[str, str] = {
    "ask": "Question",
    "answer": "Answer",
    "accept": "Other accepted answers",
    "choices": "Choices",
    "hint": "Hint",
    "explain": "Explanation",
    "examples": "the should_accept / should_refuse options",
    "tags": "the tags option",
    "difficulty": "the difficulty option",
}
_TRUE = {"true", "yes", "y", "t", "1"}
_FALSE = {"false", "no", "n", "f", "0"}
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True, slots=True)
class WrittenQuestion:
    """The five boxes of the form, as typed."""

    ask: str
    answer: str
    accepted: str = ""
    extra: str = ""  # choices for `choice`, hints for the others
    explain: str = ""


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def extra_label(kind: QuestionType) -> str:
    return "Choices" if kind == "choice" else "Hint"


def question_data(kind: QuestionType, written: WrittenQuestion, question_id: str) -> dict[str, Any]:
    """The question as a file would hold it; the loader does every check."""
    data: dict[str, Any] = {"id": question_id, "type": kind, "ask": written.ask.strip()}
    if kind == "text":
        del data["type"]  # the default; tidy files leave it out
    data["answer"] = _answer(kind, written.answer)
    if lines(written.accepted):
        data["accept"] = lines(written.accepted)
    extra = lines(written.extra)
    if extra:
        data["choices" if kind == "choice" else "hint"] = extra
    if written.explain.strip():
        data["explain"] = written.explain.strip()
    return data


def option_fields(
    *,
    tags: str | None = None,
    difficulty: str | None = None,
    hint: str | None = None,
    should_accept: str | None = None,
    should_refuse: str | None = None,
) -> dict[str, Any]:
    """What the command's options add to the form: lists are separated by `;`
    (`tags` also by commas), examples are answers the judge must accept or refuse."""
    fields: dict[str, Any] = {}
    if tags:
        fields["tags"] = [t.strip() for t in re.split(r"[;,]", tags) if t.strip()]
    if difficulty:
        fields["difficulty"] = difficulty
    if hint and hint.strip():
        fields["hint"] = [hint.strip()]
    examples = {
        key: [part.strip() for part in given.split(";") if part.strip()]
        for key, given in (("accept", should_accept), ("reject", should_refuse))
        if given
    }
    if any(examples.values()):
        fields["examples"] = {key: value for key, value in examples.items() if value}
    return fields


def with_options(question: dict[str, Any], options: Mapping[str, Any]) -> dict[str, Any]:
    """The form's question with the options added; a hint option comes after the form's."""
    merged = question | {k: v for k, v in options.items() if k != "hint"}
    if "hint" in options:
        merged["hint"] = [*question.get("hint", []), *options["hint"]]
    return merged


def _answer(kind: QuestionType, typed: str) -> Any:
    text = typed.strip()
    if kind == "all_of":
        return lines(typed)
    if kind == "truefalse":
        folded = text.casefold()
        return True if folded in _TRUE else False if folded in _FALSE else text
    if kind in ("number", "year"):
        try:
            number = float(text.replace(",", ""))
        except ValueError:
            return text  # the loader says it is not a number
        return int(number) if number.is_integer() else number
    return text


def written_from(question: QuestionBase) -> tuple[QuestionType, WrittenQuestion]:
    """A question's boxes, to fill the form for editing."""
    explain, hints = question.explain, "\n".join(question.hint)
    if isinstance(question, ChoiceQuestion):
        answer = question.choices[question.answer_index]
        return "choice", WrittenQuestion(
            question.ask, answer, "", "\n".join(question.choices), explain
        )
    if isinstance(question, TextQuestion):
        accepted = "\n".join(question.accept)
        return "text", WrittenQuestion(question.ask, question.answer, accepted, hints, explain)
    if isinstance(question, AllOfQuestion):
        parts = "\n".join(part[0] for part in question.answer)
        return "all_of", WrittenQuestion(question.ask, parts, "", hints, explain)
    if isinstance(question, TrueFalseQuestion):
        answer = "true" if question.answer else "false"
        return "truefalse", WrittenQuestion(question.ask, answer, "", hints, explain)
    if isinstance(question, NumberQuestion | YearQuestion):
        kind: QuestionType = "number" if isinstance(question, NumberQuestion) else "year"
        return kind, WrittenQuestion(question.ask, question.answer_texts()[0], "", hints, explain)
    raise ValueError(f"a {type(question).__name__} cannot be edited in a form")


def new_id(ask: str, taken: Iterable[str]) -> str:
    """A readable id from the question's first words, unique among `taken`."""
    used = set(taken)
    words = _SLUG_JUNK.sub(" ", ask.casefold()).split()[:6]
    stem = "-".join(words)[:48].strip("-") or "question"
    candidate, number = stem, 1
    while candidate in used:
        number += 1
        candidate = f"{stem}-{number}"
    return candidate


def set_data(quiz: QuizSet) -> dict[str, Any]:
    """A loaded set as the data of a question file, defaults left out."""
    data = quiz.model_dump(mode="json", exclude_defaults=True)
    questions = []
    for question, dumped in zip(quiz.questions, data.get("questions", []), strict=True):
        if question.type != "text":
            dumped["type"] = question.type  # a default of its model, but not of the file
        if isinstance(question, NumberQuestion):
            dumped["answer"] = _plain_number(question.answer)
        questions.append(dumped)
    data["questions"] = questions
    return data


def _plain_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def set_yaml(data: Mapping[str, Any]) -> str:
    """Tidy YAML: keys in the guide's order, block style, long lines left whole."""
    ordered = _ordered(data, SET_KEYS)
    ordered["questions"] = [_ordered(q, QUESTION_KEYS) for q in data.get("questions", [])]
    return yaml.safe_dump(
        ordered, sort_keys=False, allow_unicode=True, default_flow_style=False, width=1000
    )


def _ordered(data: Mapping[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    known = {key: data[key] for key in keys if key in data}
    return known | {key: value for key, value in data.items() if key not in known}


def has_comments(text: str | bytes) -> bool:
    """Whether a question file holds YAML comments, which `set_yaml` cannot keep: a `#`
    at a line's start or after a space, outside every scalar (so `C#`, a quoted `#`
    or one inside a block of text is no comment)."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    if "#" not in text:
        return False
    try:
        scalars = [
            (token.start_mark.index, token.end_mark.index)
            for token in yaml.scan(text)
            if isinstance(token, yaml.ScalarToken)
        ]
    except yaml.YAMLError:
        return False
    for at, char in enumerate(text):
        if char != "#" or (at > 0 and text[at - 1] not in " \t\r\n"):
            continue
        if not any(start <= at < end for start, end in scalars):
            return True
    return False
