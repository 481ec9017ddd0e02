"""The question-file format as typed models.

These models are the single source of truth for the authoring format: the
loader validates against them, `quizzes/schema.json` is generated from them,
and every front-end reads questions through them. They hold plain data only,
never a Discord object or anything with a clock.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    PrivateAttr,
    StringConstraints,
    Tag,
    field_validator,
    model_validator,
)

from bot.engine.limits import TIME_LIMIT

QUESTION_ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"
DIFFICULTIES = ("easy", "medium", "hard")
QUESTION_TYPES = ("text", "number", "year", "choice", "truefalse", "all_of")

# Caps on what the judge compares a response with, so that no file can make one
# judgment expensive. The same for every format; they admit every answer in the
# lists that ship with Red-DiscordBot (the longest is 589 characters, the most
# answers to one question 34).
MAX_ANSWER_LENGTH = 700
MAX_ALTERNATIVES = 50

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp")
IMAGE_SCHEMES = ("https://", "http://")

Difficulty = Literal["easy", "medium", "hard"]
NonEmptyStr = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
AnswerStr = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_ANSWER_LENGTH)
]
TagName = Annotated[
    str,
    StringConstraints(strip_whitespace=True, to_lower=True, min_length=1, max_length=32),
]
Alternatives = Annotated[list[AnswerStr], Field(max_length=MAX_ALTERNATIVES)]
Spellings = Annotated[list[AnswerStr], Field(min_length=1, max_length=MAX_ALTERNATIVES)]


class _Strict(BaseModel):
    """Base for every model: unknown keys are errors, instances are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Examples(_Strict):
    """Answers the author promises the judge will accept or reject."""

    accept: list[NonEmptyStr] = Field(default_factory=list)
    reject: list[NonEmptyStr] = Field(default_factory=list)


def is_image_url(image: str) -> bool:
    return image.casefold().startswith(IMAGE_SCHEMES)


def check_image_reference(image: str) -> str:
    """An `image` value as written: a URL (http/https) or a relative file path.

    Only its shape is checked here; the loader opens files and decodes them.
    """
    image = image.strip()
    if not image:
        raise ValueError("image is empty; give a file path or an https:// URL")
    if "://" in image:
        if not is_image_url(image):
            raise ValueError("an image URL must start with https://")
        if any(ch.isspace() for ch in image):
            raise ValueError("an image URL cannot hold spaces; encode them as %20")
        return image
    if image.startswith(("/", "\\")) or (len(image) > 1 and image[1] == ":"):
        raise ValueError("an image path must be relative to the question file")
    if not image.casefold().endswith(IMAGE_SUFFIXES):
        raise ValueError("an image file must be .png, .jpg, .jpeg, .gif or .webp")
    return image


def _one_or_many(value: Any) -> Any:
    """Let authors write a single string where a list is expected."""
    if isinstance(value, str):
        return [value]
    return value


class QuestionBase(_Strict):
    id: Annotated[str, StringConstraints(pattern=QUESTION_ID_PATTERN)] = Field(
        description="Stable identifier, unique in its file: statistics are kept against it."
    )
    ask: NonEmptyStr = Field(description="The question as players see it.")
    hint: list[NonEmptyStr] = Field(
        default_factory=list, description="One hint or a list, revealed in order."
    )
    explain: str = Field(default="", description="What the player learns after the question.")
    tags: list[TagName] = Field(default_factory=list)
    difficulty: Difficulty = "medium"
    points: int | None = Field(default=None, ge=1, le=1000)
    time_limit: float | None = Field(
        default=None, ge=TIME_LIMIT.low, le=TIME_LIMIT.high, description="Seconds."
    )
    examples: Examples = Field(default_factory=Examples)
    image: str | None = Field(
        default=None,
        description="A picture shown with the question: a PNG, JPEG, GIF or WebP file "
        "(path relative to this file) or an https:// URL.",
    )

    # Where a local `image` is on disk; set by the loader once it has checked the file.
    _image_file: str | None = PrivateAttr(default=None)
    # Filled in by QuizSet: every question's answers in the same set, shared by
    # all its questions (one tuple per set, not one per question, so a big set
    # stays linear), so the judge can refuse a typo landing on another answer.
    _answer_pool: tuple[tuple[str, tuple[str, ...]], ...] = PrivateAttr(default=())
    _peer_answers: tuple[str, ...] | None = PrivateAttr(default=None)
    # Judge-owned cache of precomputed matching data (normalised forms etc.).
    _compiled: Any = PrivateAttr(default=None)

    @field_validator("hint", "tags", mode="before")
    @classmethod
    def _listify(cls, value: Any) -> Any:
        return _one_or_many(value)

    @field_validator("image")
    @classmethod
    def _image_reference(cls, value: str | None) -> str | None:
        return None if value is None else check_image_reference(value)

    @property
    def image_file(self) -> str | None:
        """The checked local image file, when `image` is a path."""
        return self._image_file

    @property
    def peer_answers(self) -> tuple[str, ...]:
        """The answers of the other questions in the same set, computed on first use."""
        if self._peer_answers is None:
            self._peer_answers = tuple(
                text for qid, texts in self._answer_pool if qid != self.id for text in texts
            )
        return self._peer_answers

    def answer_texts(self) -> list[str]:
        """Every spelling of a right answer, for display and for peers' guards."""
        raise NotImplementedError

    def display_answer(self) -> str:
        """The answer as the reveal shows it."""
        return self.answer_texts()[0]


class TextQuestion(QuestionBase):
    type: Literal["text"] = "text"
    answer: AnswerStr
    accept: Alternatives = Field(
        default_factory=list, description="Other spellings or forms that also count."
    )
    reject: Alternatives = Field(
        default_factory=list, description="Near misses that must never count, however close."
    )

    @field_validator("accept", "reject", mode="before")
    @classmethod
    def _listify_alternatives(cls, value: Any) -> Any:
        return _one_or_many(value)

    def answer_texts(self) -> list[str]:
        return [self.answer, *self.accept]

    @classmethod
    def from_checked(cls, qid: str, ask: str, answers: list[str]) -> TextQuestion:
        """What `model_validate({"id", "type", "ask", "answer"[, "accept"]})` builds, for
        values the caller has already checked (stripped, non-empty, within the caps).

        The loader's fast path for Red lists: validating thousands of one-line
        questions through pydantic costs several times parsing them.
        """
        question = cls.__new__(cls)
        values = dict(_TEXT_TEMPLATE)
        values.update(id=qid, ask=ask, answer=answers[0], accept=answers[1:])
        fields_set = _RED_FIELDS if len(answers) > 1 else _RED_FIELDS_ONE
        _set_state(question, values, fields_set, dict(_PRIVATE_TEMPLATE))
        return question


class NumberQuestion(QuestionBase):
    type: Literal["number"] = "number"
    answer: float = Field(allow_inf_nan=False)
    tolerance: float = Field(default=0, ge=0, allow_inf_nan=False)
    unit: str | None = None

    def answer_texts(self) -> list[str]:
        number = format_number(self.answer)
        if self.unit == "%":
            return [f"{number}%"]
        return [f"{number} {self.unit}" if self.unit else number]


class YearQuestion(QuestionBase):
    type: Literal["year"] = "year"
    answer: int = Field(ge=-9999, le=9999)

    def answer_texts(self) -> list[str]:
        return [str(self.answer)]


class ChoiceQuestion(QuestionBase):
    type: Literal["choice"] = "choice"
    choices: list[AnswerStr] = Field(min_length=2, max_length=10)
    answer: AnswerStr

    @model_validator(mode="after")
    def _answer_is_a_choice(self) -> ChoiceQuestion:
        folded = [c.casefold() for c in self.choices]
        if len(set(folded)) != len(folded):
            raise ValueError("choices must all be different")
        if self.answer.casefold() not in folded:
            raise ValueError(f"answer {self.answer!r} is not one of the choices")
        return self

    @property
    def answer_index(self) -> int:
        folded = [c.casefold() for c in self.choices]
        return folded.index(self.answer.casefold())

    def answer_texts(self) -> list[str]:
        return [self.choices[self.answer_index]]


class TrueFalseQuestion(QuestionBase):
    type: Literal["truefalse"] = "truefalse"
    answer: bool

    def answer_texts(self) -> list[str]:
        return ["true" if self.answer else "false"]


class AllOfQuestion(QuestionBase):
    """Several parts, all of which must be named, in any order."""

    type: Literal["all_of"] = "all_of"
    answer: list[Spellings] = Field(
        min_length=2,
        max_length=10,
        description="The parts; each is a string or a list of accepted spellings.",
    )

    @field_validator("answer", mode="before")
    @classmethod
    def _parts_listify(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [_one_or_many(part) for part in value]
        return value

    def answer_texts(self) -> list[str]:
        return [" and ".join(part[0] for part in self.answer)]


def _question_type(value: Any) -> str:
    """A question without `type` is a text question."""
    if isinstance(value, dict):
        kind = value.get("type", "text")
        return kind if isinstance(kind, str) else ""
    return str(getattr(value, "type", ""))


Question = Annotated[
    Annotated[TextQuestion, Tag("text")]
    | Annotated[NumberQuestion, Tag("number")]
    | Annotated[YearQuestion, Tag("year")]
    | Annotated[ChoiceQuestion, Tag("choice")]
    | Annotated[TrueFalseQuestion, Tag("truefalse")]
    | Annotated[AllOfQuestion, Tag("all_of")],
    Discriminator(_question_type),
]


class Source(_Strict):
    title: str | None = None
    publisher: str | None = None
    date: str | None = None
    url: str | None = None


class Defaults(_Strict):
    time_limit: float | None = Field(default=None, ge=TIME_LIMIT.low, le=TIME_LIMIT.high)
    points: int | None = Field(default=None, ge=1, le=1000)
    difficulty: Difficulty | None = None


class QuizSet(_Strict):
    """One question file."""

    title: NonEmptyStr
    description: str = ""
    author: str | None = None
    source: Source | None = None
    tags: list[TagName] = Field(default_factory=list)
    defaults: Defaults = Field(default_factory=Defaults)
    questions: list[Question] = Field(min_length=1)

    # The set's name (from its file name) and where it came from; set by the loader.
    _name: str = PrivateAttr(default="")
    _path: str | None = PrivateAttr(default=None)

    @field_validator("tags", mode="before")
    @classmethod
    def _listify(cls, value: Any) -> Any:
        return _one_or_many(value)

    @model_validator(mode="after")
    def _ids_unique(self) -> QuizSet:
        seen: set[str] = set()
        for question in self.questions:
            if question.id in seen:
                raise ValueError(f"question id {question.id!r} is used more than once")
            seen.add(question.id)
        return self

    def model_post_init(self, context: Any, /) -> None:
        self._link_peers()

    def _link_peers(self) -> None:
        link_peers(self.questions)

    @property
    def name(self) -> str:
        return self._name

    @property
    def path(self) -> str | None:
        return self._path

    def question(self, question_id: str) -> QuestionBase:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(question_id)


AnyQuestion = (
    TextQuestion
    | NumberQuestion
    | YearQuestion
    | ChoiceQuestion
    | TrueFalseQuestion
    | AllOfQuestion
)


def link_peers(questions: Sequence[QuestionBase]) -> None:
    """Let each question see the answers of the others (the judge's rival guard)."""
    pool = tuple((q.id, tuple(q.answer_texts())) for q in questions)
    for question in questions:
        # Straight into the private dict: pydantic's __setattr__ costs more than
        # the rest of loading a short question.
        private = question.__pydantic_private__
        if private is None:  # pragma: no cover - every question has private attributes
            question._answer_pool, question._peer_answers = pool, None
        else:
            private["_answer_pool"], private["_peer_answers"] = pool, None


def _set_state(
    model: BaseModel, values: dict[str, Any], fields_set: set[str], private: dict[str, Any] | None
) -> None:
    setter = object.__setattr__
    setter(model, "__dict__", values)
    setter(model, "__pydantic_fields_set__", fields_set)
    setter(model, "__pydantic_extra__", None)
    setter(model, "__pydantic_private__", private)


def _template(model: type[BaseModel]) -> dict[str, Any]:
    """Field values of `model` in declaration order, defaults filled in (None if required)."""
    return {
        name: None if info.is_required() else info.get_default(call_default_factory=True)
        for name, info in model.model_fields.items()
    }


# The empty defaults (hint, tags, reject, examples) and the set of fields given are
# shared by every question built from checked values: a large library then holds
# a few objects per question, not ten, which the garbage collector walks again and
# again while it loads. Questions are frozen and nothing changes them in place.
_TEXT_TEMPLATE = _template(TextQuestion)
_PRIVATE_TEMPLATE: dict[str, Any] = {
    name: attr.get_default() for name, attr in TextQuestion.__private_attributes__.items()
}
_RED_FIELDS_ONE = {"id", "type", "ask", "answer"}
_RED_FIELDS = _RED_FIELDS_ONE | {"accept"}


def format_number(value: float) -> str:
    """25.0 -> '25', 3.14 -> '3.14', 1000000 -> '1000000'."""
    if float(value).is_integer():
        return str(int(value))
    return repr(float(value))
