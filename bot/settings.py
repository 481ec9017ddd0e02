"""Typed settings from bot.yaml.

Every key has a default so an empty file works; unknown keys and wrong types
are refused at start-up with `bot.yaml:line: message`, because a typo in a
setting silently falling back to its default is worse than not starting.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from bot.engine.errors import QuizError, QuizFileError
from bot.engine.limits import GUESS_LIMIT, QUESTIONS, REVEAL_PAUSE, TIME_LIMIT
from bot.engine.loader.yamlsource import read_yaml
from bot.engine.session import Mode
from bot.settings_errors import describe
from bot.store.records import StoreError
from bot.store.url import DatabaseUrl, parse_database_url

logger = logging.getLogger(__name__)


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class QuizSettings(_Section):
    time_limit: float = Field(default=30, ge=TIME_LIMIT.low, le=TIME_LIMIT.high)
    questions: int = Field(default=10, ge=QUESTIONS.low, le=QUESTIONS.high)
    hint_schedule: tuple[float, ...] = (0.4, 0.7)
    guess_limit: int = Field(default=3, ge=GUESS_LIMIT.low, le=GUESS_LIMIT.high)
    mode: Mode = "race"
    reveal_pause: float = Field(default=4, ge=REVEAL_PAUSE.low, le=REVEAL_PAUSE.high)

    @field_validator("hint_schedule")
    @classmethod
    def _fractions_in_order(cls, value: tuple[float, ...]) -> tuple[float, ...]:
        if any(not 0 < f < 1 for f in value):
            raise ValueError("each hint time is a fraction of the time limit, between 0 and 1")
        if list(value) != sorted(value):
            raise ValueError("hint times must be in increasing order")
        return value


class GuildOverrides(BaseModel):
    """A server's own defaults (`/quizadmin settings`); None keeps bot.yaml's value."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    time_limit: float | None = Field(default=None, ge=TIME_LIMIT.low, le=TIME_LIMIT.high)
    questions: int | None = Field(default=None, ge=QUESTIONS.low, le=QUESTIONS.high)
    hints: bool | None = None
    mode: Mode | None = None
    # Where the bot reports what went wrong with the server's schedules (a channel id).
    log_channel: str | None = Field(default=None, pattern=r"^[0-9]{1,20}$")
    # The server's own team names, in order (teams beyond the list keep the defaults).
    team_names: tuple[str, ...] | None = Field(default=None, max_length=6)
    # Their colours as 0xRRGGBB, in the same order (teams beyond the list keep the defaults).
    team_colours: tuple[Annotated[int, Field(ge=0, le=0xFFFFFF)], ...] | None = Field(
        default=None, max_length=6
    )

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


def effective(quiz: QuizSettings, overrides: GuildOverrides) -> QuizSettings:
    """bot.yaml's quiz settings with a server's overrides applied."""
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


class DiscordSettings(_Section):
    starter_role: str | None = None
    max_sessions_per_guild: int = Field(default=3, ge=1, le=50)
    dev_guild_id: int | None = None
    message_content: bool = True
    command_prefix: str = Field(default="!", min_length=1, max_length=5)
    upload_max_bytes: int = Field(default=256 * 1024, ge=1024, le=2 * 1024 * 1024)
    team_lobby_seconds: float = Field(default=120, ge=10, le=900)
    # How late a run missed while the bot was down may still start (0: never late).
    schedule_grace_minutes: float = Field(default=10, ge=0, le=24 * 60)


class ShardingSettings(_Section):
    """Gateway shards for this process; `quizbot run --shard-count/--shard-ids` win."""

    shard_count: int | None = Field(default=None, ge=1)
    shard_ids: str | None = None  # e.g. "0", "0-3", "0,2-3"

    @field_validator("shard_ids", mode="before")
    @classmethod
    def _ids_as_text(cls, value: object) -> object:
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        if isinstance(value, list) and all(isinstance(v, int) for v in value):
            return ",".join(str(v) for v in value)
        return value


class Settings(_Section):
    quizzes: Path = Path("quizzes")
    guild_quizzes: Path = Path("data/guild-quizzes")
    # A file path, sqlite:///path or postgresql://...; QUIZBOT_DATABASE_URL wins over it.
    # After resolve(): an absolute Path for SQLite, the URL text for PostgreSQL.
    database: Path | str = Path("data/quizbot.db")
    quiz: QuizSettings = Field(default_factory=QuizSettings)
    discord: DiscordSettings = Field(default_factory=DiscordSettings)
    sharding: ShardingSettings = Field(default_factory=ShardingSettings)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    @field_validator("database")
    @classmethod
    def _database_url(cls, value: Path | str) -> Path | str:
        try:
            parse_database_url(value)
        except StoreError as error:
            raise ValueError(str(error)) from None
        return value

    @property
    def database_url(self) -> DatabaseUrl:
        return parse_database_url(self.database)

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    def resolve(self, base: Path, environ: Mapping[str, str] | None = None) -> Settings:
        """Make relative paths relative to the folder holding bot.yaml, and let
        QUIZBOT_DATABASE_URL in the environment choose the database."""
        database = self.database
        chosen = (os.environ if environ is None else environ).get(DATABASE_VARIABLE, "").strip()
        try:
            if chosen:
                url = parse_database_url(chosen, Path.cwd())
            else:
                url = parse_database_url(database, base)
        except StoreError as error:
            raise SettingsError(f"{DATABASE_VARIABLE}: {error}") from None
        return self.model_copy(
            update={
                "quizzes": base / self.quizzes,
                "guild_quizzes": base / self.guild_quizzes,
                "database": url.path if url.path is not None else url.text,
            }
        )


DEFAULT_SETTINGS_FILE = Path("bot.yaml")
DATABASE_VARIABLE = "QUIZBOT_DATABASE_URL"
# The checkout this package runs from (an editable install), whose bot.yaml and
# quizzes/ serve when the current folder has no bot.yaml of its own.
PROJECT_DIR = Path(__file__).resolve().parents[1]


class SettingsError(QuizError):
    """bot.yaml is unreadable or holds a wrong setting; the message names the line."""


def load_settings(path: Path | None = None) -> Settings:
    """Read settings from `path`; without one, from ./bot.yaml, else the defaults when
    this folder has a quizzes/ of its own, else the project's bot.yaml (so that
    `quizbot play` works from any folder), else the defaults."""
    if path is None:
        path = default_settings_file()
        if path is None:
            return Settings().resolve(Path.cwd())
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise SettingsError(f"{path}: cannot read the settings file: {error.strerror}") from None
    return parse_settings(raw, str(path)).resolve(path.resolve().parent)


def default_settings_file() -> Path | None:
    """./bot.yaml; else, unless this folder has its own quizzes, the project's bot.yaml."""
    here = Path.cwd()
    if (here / DEFAULT_SETTINGS_FILE).is_file():
        return here / DEFAULT_SETTINGS_FILE
    if (here / "quizzes").is_dir():
        return None  # an author's own folder: the defaults, relative to it
    project = PROJECT_DIR / DEFAULT_SETTINGS_FILE
    return project if project.is_file() else None


def parse_settings(raw: bytes | str, label: str) -> Settings:
    text = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw
    if all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()):
        return Settings()
    try:
        document, problems = read_yaml(text, label)
    except QuizFileError as error:
        raise SettingsError(_lines(label, [(p.line, p.message) for p in error.problems])) from None
    if problems:
        raise SettingsError(_lines(label, [(p.line, p.message) for p in problems]))
    if not isinstance(document.data, dict):
        raise SettingsError(f"{label}:1: settings must be a mapping of keys to values")
    try:
        return Settings.model_validate(document.data)
    except ValidationError as error:
        located = [_locate(document.position, err) for err in error.errors()]
        raise SettingsError(_lines(label, located)) from None


def _locate(position: Any, error: Any) -> tuple[int, str]:
    loc = tuple(error["loc"])
    line, _column = position(loc, key=error["type"] == "extra_forbidden")
    return line, describe(Settings, error)


def _lines(label: str, located: list[tuple[int, str]]) -> str:
    return "\n".join(f"{label}:{line}: {message}" for line, message in sorted(located))


def default_quizzes_folder() -> Path:
    """The quizzes folder of the settings in force, relative to here when it is below here.

    Commands such as `quizbot validate` default to it, so they find the same sets
    as `quizbot play` from any folder; a broken bot.yaml falls back to ./quizzes.
    """
    try:
        folder = load_settings().quizzes
    except SettingsError:
        return Path("quizzes")
    try:
        return folder.relative_to(Path.cwd())
    except ValueError:
        return folder
