"""From a start request, bot.yaml and the guild's overrides to `SessionOptions`.

Precedence: what the member asked for in `/quiz start`, then the guild's
`/quizadmin settings`, then bot.yaml. Pure, so it is tested without Discord.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bot.engine.errors import SessionError
from bot.engine.models import QuizSet
from bot.engine.session import QuestionKey, SessionOptions
from bot.settings import Mode, QuizSettings

logger = logging.getLogger(__name__)


class GuildOverrides(BaseModel):
    """A guild's own defaults; None keeps bot.yaml's value."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    time_limit: float | None = Field(default=None, ge=5, le=600)
    questions: int | None = Field(default=None, ge=1, le=100)
    hints: bool | None = None
    mode: Mode | None = None

    @classmethod
    def from_stored(cls, raw: Mapping[str, Any]) -> GuildOverrides:
        """Read what the store holds; a value that no longer validates is dropped, not fatal."""
        kept: dict[str, Any] = {}
        for name in cls.model_fields:
            if name not in raw:
                continue
            try:
                cls.model_validate({name: raw[name]})
            except ValidationError:
                logger.warning("ignoring a stored guild setting %s=%r", name, raw[name])
                continue
            kept[name] = raw[name]
        return cls.model_validate(kept)

    def to_stored(self) -> dict[str, Any]:
        return self.model_dump(exclude_none=True)

    def merged(self, **changes: Any) -> GuildOverrides:
        """These overrides with `changes` applied (a None change leaves a value as it was)."""
        given = {k: v for k, v in changes.items() if v is not None}
        return GuildOverrides.model_validate(self.model_dump() | given)


@dataclass(frozen=True, slots=True)
class StartRequest:
    set_name: str | None = None
    questions: int | None = None
    mode: Mode | None = None
    tags: str | None = None
    difficulty: str | None = None


def choose_sets(sets: Mapping[str, QuizSet], name: str | None) -> tuple[QuizSet, ...]:
    if not sets:
        raise SessionError(
            "No quiz sets are loaded. An admin can add some and `/quizadmin reload`."
        )
    if name is None or not name.strip():
        return tuple(sets.values())
    wanted = name.strip().casefold()
    if wanted in sets:
        return (sets[wanted],)
    raise SessionError(
        f"There is no quiz set named `{name.strip()[:64]}`; `/quiz sets` lists them."
    )


def parse_tags(text: str | None) -> frozenset[str]:
    if not text:
        return frozenset()
    return frozenset(t.strip().casefold() for t in text.split(",") if t.strip())


def effective(quiz: QuizSettings, overrides: GuildOverrides) -> QuizSettings:
    """bot.yaml's quiz settings with the guild's overrides applied."""
    changes: dict[str, Any] = {}
    if overrides.time_limit is not None:
        changes["time_limit"] = overrides.time_limit
    if overrides.questions is not None:
        changes["questions"] = overrides.questions
    if overrides.mode is not None:
        changes["mode"] = overrides.mode
    if overrides.hints is False:
        changes["hint_schedule"] = ()
    elif overrides.hints and not quiz.hint_schedule:
        # bot.yaml gives no hints by default; a server that asks for them gets the usual times.
        changes["hint_schedule"] = QuizSettings.model_fields["hint_schedule"].default
    return quiz.model_copy(update=changes)


def session_options(
    quiz: QuizSettings,
    overrides: GuildOverrides,
    request: StartRequest,
    *,
    sets: Mapping[str, QuizSet],
    starter_id: str,
    avoid: frozenset[QuestionKey] = frozenset(),
) -> SessionOptions:
    """Raises SessionError (with a message fit for the member) when the request cannot be met."""
    settings = effective(quiz, overrides)
    difficulty = request.difficulty.strip().casefold() if request.difficulty else None
    return SessionOptions(
        sets=choose_sets(sets, request.set_name),
        questions=request.questions or settings.questions,
        mode=request.mode or settings.mode,
        tags=parse_tags(request.tags),
        difficulties=frozenset({difficulty}) if difficulty else frozenset(),
        time_limit=settings.time_limit,
        hint_schedule=settings.hint_schedule,
        guess_limit=settings.guess_limit,
        reveal_pause=settings.reveal_pause,
        avoid_question_ids=avoid,
        starter_id=starter_id,
    )
