"""The question sets the bot can play, reloadable without a restart.

Loading runs on a worker thread (parsing YAML must not stall the event loop).
A reload that finds any broken file keeps the bank already in use, so a typo
in one file never takes every quiz away from the servers.

Each guild also sees the sets it uploaded, kept in the store (`bot.game.serversets`),
loaded at start-up and re-read from the store after every upload or removal, here
or announced by another process (`bot.game.guildbanks`). A shipped set wins over a
guild set of the same name (uploads cannot take shipped names anyway).
"""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.engine.errors import Problem
from bot.engine.loader import Bank, Limits, load_bank
from bot.engine.loader.bank import tags_of
from bot.engine.models import QuizSet
from bot.game.guildbanks import GuildBanks
from bot.store.base import Store

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ReloadResult:
    applied: bool
    set_count: int
    question_count: int
    errors: tuple[Problem, ...]
    warnings: tuple[Problem, ...]


def settle_heap() -> None:
    """Take what is loaded now out of the cyclic garbage collector's sight.

    A bank lives until the next reload and holds no reference cycles (it is freed
    by reference counting alone), yet every full collection would walk its ~5
    objects per question again: on a 15,000-question bank that was a quarter of
    the time spent judging each question's first answers. Called after each
    (re)load; the unfreeze and collect first let a replaced bank's leftovers go.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()


class Library:
    def __init__(
        self,
        folder: Path,
        store: Callable[[], Store] | None = None,
        guild_limits: Limits | None = None,
    ) -> None:
        """`store` gives the open store holding the servers' uploaded sets (None: no
        uploads, as in the terminal); `guild_limits` are the loader limits for them."""
        self.folder = folder
        self.bank = Bank()
        self._store = store
        self._guilds = GuildBanks(guild_limits or Limits())

    async def load(self) -> Bank:
        """First load at start-up: take every set that loads; report the files that do not."""
        bank = await asyncio.to_thread(load_bank, self.folder)
        for problem in bank.problems:
            logger.warning("quiz file problem: %s", problem)
        self.bank = bank
        logger.info("loaded %d quiz sets (%d questions)", len(bank.sets), bank.question_count())
        if self._store is not None:
            await self._guilds.load_all(self._store())
        settle_heap()
        return bank

    async def refresh_guild(self, scope: str) -> None:
        """Re-read one guild's uploaded sets (after an upload or a removal)."""
        if self._store is not None:
            await self._guilds.refresh(self._store(), scope)

    async def resync(self) -> list[str]:
        """Catch up with every server's uploaded sets (see `GuildBanks.resync`)."""
        if self._store is None:
            return []
        return await self._guilds.resync(self._store())

    def close(self) -> None:
        """Drop this process's copies of stored pictures."""
        self._guilds.close()

    def guild_set_names(self, scope: str) -> list[str]:
        own = self._guilds.banks.get(scope)
        return sorted(own.sets) if own is not None else []

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
        settle_heap()
        logger.info("reloaded %d quiz sets", len(bank.sets))
        return ReloadResult(True, len(bank.sets), bank.question_count(), (), warnings)

    def sets_for(self, scope: str) -> dict[str, QuizSet]:
        """The sets a guild may play: the shipped ones and the guild's own uploads."""
        own = self._guilds.banks.get(scope)
        if own is None or not own.sets:
            return dict(self.bank.sets)
        merged = {**own.sets, **self.bank.sets}
        return dict(sorted(merged.items()))

    def tags_for(self, scope: str) -> list[str]:
        return tags_of(self.sets_for(scope).values())
