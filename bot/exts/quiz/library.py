"""The question sets the bot can play, reloadable without a restart.

Loading runs on a worker thread (parsing YAML must not stall the event loop).
A reload that finds any broken file keeps the bank already in use, so a typo
in one file never takes every quiz away from the servers.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from pathlib import Path

from bot.engine.errors import Problem
from bot.engine.loader import Bank, load_bank
from bot.engine.models import QuizSet

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ReloadResult:
    applied: bool
    set_count: int
    question_count: int
    errors: tuple[Problem, ...]
    warnings: tuple[Problem, ...]


class Library:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.bank = Bank()

    async def load(self) -> Bank:
        """First load at start-up: take every set that loads; report the files that do not."""
        bank = await asyncio.to_thread(load_bank, self.folder)
        for problem in bank.problems:
            logger.warning("quiz file problem: %s", problem)
        self.bank = bank
        logger.info("loaded %d quiz sets (%d questions)", len(bank.sets), bank.question_count())
        return bank

    async def reload(self) -> ReloadResult:
        bank = await asyncio.to_thread(load_bank, self.folder)
        errors = tuple(bank.errors)
        warnings = tuple(p for p in bank.problems if p.severity != "error")
        if errors:
            logger.warning("reload refused, %d errors; keeping the loaded sets", len(errors))
            current = self.bank
            return ReloadResult(
                False, len(current.sets), current.question_count(), errors, warnings
            )
        self.bank = bank
        logger.info("reloaded %d quiz sets", len(bank.sets))
        return ReloadResult(True, len(bank.sets), bank.question_count(), (), warnings)

    def sets_for(self, scope: str) -> dict[str, QuizSet]:
        """The sets a guild may play. Guild-owned uploads will join the shipped ones here."""
        return dict(self.bank.sets)

    def tags_for(self, scope: str) -> list[str]:
        tags: set[str] = set()
        for quiz in self.sets_for(scope).values():
            tags.update(quiz.tags)
            for question in quiz.questions:
                tags.update(question.tags)
        return sorted(tags)
