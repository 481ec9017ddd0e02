"""Each server's uploaded sets, loaded from the store and kept current.

A server's bank is re-read from the store when told (an upload or removal here,
or an announcement from another process) and at start-up. Only sets whose
stored version changed are loaded again. Pictures stored with a set are written
into a private folder of this process, one folder per set version (the version
before the current one keeps its pictures, for a game still asking its questions;
older copies go), and the set is loaded against it, so questions refer to picture
files as they do for shipped sets. The whole folder goes when the library closes.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bot.authoring.guildsets import SUFFIX
from bot.authoring.setimages import lay_out
from bot.engine.errors import Problem, QuizFileError
from bot.engine.loader import Bank, Limits, read_quiz_text
from bot.engine.models import QuizSet
from bot.store.base import Store
from bot.store.records import to_micros
from bot.store.sets import StoredSet

logger = logging.getLogger(__name__)

KEPT_VERSIONS = 2


@dataclass(frozen=True, slots=True)
class Loaded:
    stamp: tuple[int, datetime]
    quiz: QuizSet | None
    problems: tuple[Problem, ...]


class GuildBanks:
    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.banks: dict[str, Bank] = {}
        self._loaded: dict[str, dict[str, Loaded]] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self._pictures: Path | None = None
        self._versions: dict[tuple[str, str], list[Path]] = {}  # picture folders, oldest first

    async def load_all(self, store: Store) -> None:
        """Every server's sets (at start-up)."""
        scopes = sorted({version.scope for version in await store.set_versions()})
        for scope in scopes:
            await self.refresh(store, scope)
            for problem in self.banks[scope].problems:
                logger.warning("guild %s quiz set problem: %s", scope, problem)

    async def resync(self, store: Store) -> list[str]:
        """Refresh the servers whose stored sets differ from the loaded ones (one listing
        of every set): what catches up on a change whose announcement was missed, while
        the connection that hears them was down. Returns the servers refreshed."""
        listed: dict[str, dict[str, tuple[int, datetime]]] = {}
        for version in await store.set_versions():
            listed.setdefault(version.scope, {})[version.name] = version.stamp
        stale = sorted(
            scope
            for scope in {*listed, *self._loaded}
            if listed.get(scope, {}) != _stamps(self._loaded.get(scope, {}))
        )
        for scope in stale:
            await self.refresh(store, scope)
        return stale

    async def refresh(self, store: Store, scope: str) -> None:
        """Bring one server's sets up to what the store holds; unchanged sets are kept."""
        # One refresh of a server at a time, so an older listing never lands last.
        async with self._locks.setdefault(scope, asyncio.Lock()):
            versions = await store.set_versions(scope)
            known = self._loaded.get(scope, {})
            current: dict[str, Loaded] = {}
            for version in versions:
                had = known.get(version.name)
                if had is not None and had.stamp == version.stamp:
                    current[version.name] = had
                    continue
                stored = await store.get_set(scope, version.name)
                if stored is not None:
                    current[version.name] = await asyncio.to_thread(self._load, stored)
            if _stamps(current) != _stamps(known) or scope not in self.banks:
                logger.info("guild %s: uploaded sets now %s", scope, ", ".join(current) or "none")
            self._loaded[scope] = current
            self.banks[scope] = _bank(current)

    def _load(self, stored: StoredSet) -> Loaded:
        folder = None
        if stored.pictures:
            where = f"{stored.name}-{stored.version}-{to_micros(stored.uploaded_at)}"
            folder = lay_out(self._picture_root() / stored.scope / where, stored.name,
                             stored.pictures)  # fmt: skip
            self._keep(stored, folder)
        label = f"{stored.name}{SUFFIX}"
        try:
            result = read_quiz_text(stored.content, stored.name, label, self.limits, folder)
        except QuizFileError as error:
            return Loaded(stored.stamp, None, tuple(error.problems))
        return Loaded(stored.stamp, result.quiz, tuple(result.warnings))

    def _keep(self, stored: StoredSet, folder: Path) -> None:
        """Keep the pictures of this version and the one before (a game started with it
        may still be asking its questions); older copies go."""
        folders = self._versions.setdefault((stored.scope, stored.name), [])
        folders.append(folder)
        while len(folders) > KEPT_VERSIONS:
            shutil.rmtree(folders.pop(0), ignore_errors=True)

    def _picture_root(self) -> Path:
        if self._pictures is None:
            self._pictures = Path(tempfile.mkdtemp(prefix="quizbot-pictures-"))
        return self._pictures

    def close(self) -> None:
        if self._pictures is not None:
            shutil.rmtree(self._pictures, ignore_errors=True)
            self._pictures = None


def _stamps(loaded: dict[str, Loaded]) -> dict[str, tuple[int, datetime]]:
    return {name: one.stamp for name, one in loaded.items()}


def _bank(loaded: dict[str, Loaded]) -> Bank:
    bank = Bank()
    for name, one in sorted(loaded.items()):
        if one.quiz is not None:
            bank.sets[name] = one.quiz
        bank.problems.extend(one.problems)
        bank.files_read += 1
    return bank
