"""Every extension loads, reloads and unloads alone, and no two commands share a name."""

from __future__ import annotations

from pathlib import Path

import pytest
from discord import app_commands

from bot.client import QuizBot
from bot.exts import EXTENSIONS
from bot.settings import Settings

QUIZ = {"start", "stop", "skip", "hint", "answer", "sets", "leaderboard"}
LEARNING = {"practice", "review", "stats", "forget-me"}
EVENTS = {"schedule", "schedule add", "schedule list", "schedule remove", "qotd-close"}
ADMIN = {
    *("reload", "settings", "reset-scores", "forget", "upload", "export", "remove", "draft"),
    *("add", "edit", "delete-question"),
}
OWNED = {
    "bot.exts.quiz": ({f"quiz {n}" for n in QUIZ}, set()),
    "bot.exts.learning": ({f"quiz {n}" for n in LEARNING}, set()),
    "bot.exts.admin": (set(), {f"quizadmin {n}" for n in ADMIN}),
    "bot.exts.events": (set(), {f"quizadmin {n}" for n in EVENTS}),
}


def slash_names(bot: QuizBot) -> list[str]:
    names = []
    for command in bot.tree.get_commands():
        names.append(command.qualified_name)
        if isinstance(command, app_commands.Group):
            names += [c.qualified_name for c in command.walk_commands()]
    return names


def prefix_names(bot: QuizBot) -> list[str]:
    return [c.qualified_name for c in bot.walk_commands()]


def snapshot(bot: QuizBot) -> tuple[set[str], set[str]]:
    slash, prefix = slash_names(bot), prefix_names(bot)
    assert len(slash) == len(set(slash)), f"slash command names clash: {sorted(slash)}"
    assert len(prefix) == len(set(prefix)), f"prefix command names clash: {sorted(prefix)}"
    return set(slash), set(prefix)


@pytest.fixture
def bot(tmp_path: Path) -> QuizBot:
    return QuizBot(Settings(quizzes=tmp_path, database=tmp_path / "scores.db"))


async def test_every_extension_loads_with_its_commands_under_the_shared_groups(
    bot: QuizBot,
) -> None:
    for extension in EXTENSIONS:
        await bot.load_extension(extension)
    slash, prefix = snapshot(bot)
    hybrid = {name for owned in OWNED.values() for name in owned[0]}
    admin = {name for owned in OWNED.values() for name in owned[1]}
    assert slash == {"quiz", "quizadmin"} | hybrid | admin
    assert prefix == {"quiz"} | hybrid, "admin commands are slash commands only"
    assert set(OWNED) == set(EXTENSIONS)
    await bot.close()


@pytest.mark.parametrize("extension", EXTENSIONS)
async def test_each_extension_reloads_and_unloads_alone(bot: QuizBot, extension: str) -> None:
    for name in EXTENSIONS:
        await bot.load_extension(name)
    everything = snapshot(bot)

    await bot.reload_extension(extension)
    assert snapshot(bot) == everything

    await bot.unload_extension(extension)
    slash, prefix = snapshot(bot)
    hybrid, admin = OWNED[extension]
    assert not (slash & (hybrid | admin)) and not (prefix & hybrid), "its commands are gone"
    others = everything[0] - hybrid - admin
    assert others - {"quiz", "quizadmin"} <= slash, "the other extensions keep theirs"

    await bot.load_extension(extension)
    assert snapshot(bot) == everything
    await bot.close()
