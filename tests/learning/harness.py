"""The real `QuizBot`, in-process, for the learning tests.

It runs in the same event loop as the fake Discord, so a test can look at the
bot's state (its store, the learning cog's running practices) while it plays;
tests/discord runs the same features through the real `quizbot run` process.
Every unexpected failure the bot logs with a traceback fails the test.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any, cast

from bot.client import QuizBot
from bot.exts.learning.cog import LearningCog
from bot.game.clock import Clock
from bot.settings import Settings
from tests.fakediscord import FakeDiscord, connected, discord_py_pointed_at


class _Failures(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.failures: list[BaseException] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info and record.exc_info[1] is not None:
            self.failures.append(record.exc_info[1])


@contextlib.contextmanager
def _failures_logged() -> Iterator[list[BaseException]]:
    handler = _Failures()
    logger = logging.getLogger("bot")
    logger.addHandler(handler)
    try:
        yield handler.failures
    finally:
        logger.removeHandler(handler)


def learning(bot: QuizBot) -> LearningCog:
    return cast("LearningCog", bot.get_cog("Learning"))


@contextlib.asynccontextmanager
async def running(
    fake: FakeDiscord, settings: Settings, clock: Clock | None = None
) -> AsyncIterator[QuizBot]:
    discord_settings = settings.discord.model_copy(update={"dev_guild_id": fake.guild.id})
    settings = settings.model_copy(update={"discord": discord_settings})
    with discord_py_pointed_at(fake), _failures_logged() as failures:
        bot = QuizBot(settings, clock=clock, guild_ready_timeout=0.05)
        async with connected(bot, fake):
            yield bot
        assert not failures, failures


def settings_in(folder: Path, quizzes: dict[str, str], **quiz: Any) -> Settings:
    shipped = folder / "quizzes"
    shipped.mkdir(parents=True, exist_ok=True)
    for name, text in quizzes.items():
        (shipped / f"{name}.yaml").write_text(text, encoding="utf-8")
    return Settings.model_validate(
        {
            "quizzes": shipped,
            "guild_quizzes": folder / "guild-quizzes",
            "database": folder / "scores.db",
            "quiz": {"reveal_pause": 0.2, "hint_schedule": [0.5], **quiz},
        }
    )
