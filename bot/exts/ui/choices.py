"""Autocomplete for the set and tag options of the commands that start a game."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from discord import app_commands

from bot.engine.models import QuizSet
from bot.exts.ui.embeds import clip

MAX_CHOICES = 25
CHOICE_LIMIT = 100


def set_choices(sets: Mapping[str, QuizSet], current: str) -> list[app_commands.Choice[str]]:
    """Autocomplete for a set option. A name over Discord's 100 characters (a long file
    name) is left out: one such choice makes Discord refuse the whole list."""
    typed = current.strip().casefold()
    return [
        app_commands.Choice(name=clip(f"{name}: {quiz.title}", CHOICE_LIMIT), value=name)
        for name, quiz in sets.items()
        if len(name) <= CHOICE_LIMIT and (typed in name or typed in quiz.title.casefold())
    ][:MAX_CHOICES]


def tag_choices(tags: Iterable[str], current: str) -> list[app_commands.Choice[str]]:
    """Autocomplete for a comma-separated tags option: completes the last tag typed."""
    *done, typing = current.split(",")
    chosen = [t.strip().casefold() for t in done if t.strip()]
    prefix = ", ".join(chosen)
    found = []
    for tag in tags:
        if tag.startswith(typing.strip().casefold()) and tag not in chosen:
            value = f"{prefix}, {tag}" if prefix else tag
            if len(value) <= CHOICE_LIMIT:
                found.append(app_commands.Choice(name=value, value=value))
    return found[:MAX_CHOICES]
