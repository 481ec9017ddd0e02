"""A server's uploaded sets: checked by `bot.authoring`, kept in the store, announced.

Every front-end goes through `ServerSets` to add, read or remove a server's set.
The checks (name, size, validation) are the authoring ones; the limit and the
replace check happen inside the store's write transaction, so they hold across
concurrent uploads in any number of processes. After a change the other
processes on the database are told (topic `sets`, the scope as message) and
re-read that server's sets (`Library.refresh_guild`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from functools import partial

from bot.authoring import setimages
from bot.authoring.guildsets import Checked, GuildSetError, GuildSets, guild_key, validate_name
from bot.store.base import Store
from bot.store.records import StoreError
from bot.store.sets import MAX_PICTURES, SetRefusedError, SetUpload, StoredSet

logger = logging.getLogger(__name__)

SETS_TOPIC = "sets"


class ServerSets:
    """`checks` holds the rules; `store` gives the open store (it opens after start-up)."""

    def __init__(
        self, checks: GuildSets, store: Callable[[], Store], now: Callable[[], datetime]
    ) -> None:
        self.checks = checks
        self._store = store
        self._now = now

    @property
    def max_bytes(self) -> int:
        return self.checks.max_bytes

    async def check(
        self,
        data: bytes,
        filename: str,
        guild_id: int,
        name: str | None,
        attached: Mapping[str, bytes],
    ) -> tuple[Checked, dict[str, bytes]]:
        """Validate an upload and its pictures (QuizFileError or GuildSetError if refused)."""
        check = partial(setimages.check_with_images, self.checks, data, filename, guild_id, name,
                        attached=attached)  # fmt: skip
        return await asyncio.to_thread(check)

    async def check_change(
        self,
        data: bytes,
        guild_id: int,
        name: str,
        pictures: Mapping[str, bytes] | None = None,
    ) -> Checked:
        """Validate a set changed in Discord against `pictures`, by default the ones
        stored with it."""
        if pictures is None:
            stored = await self._store().get_set(str(guild_key(guild_id)), validate_name(name))
            pictures = stored.pictures if stored is not None else {}
        check = setimages.check_with_stored
        return await asyncio.to_thread(check, self.checks, data, guild_id, name, pictures)

    async def exists(self, guild_id: int, name: str) -> bool:
        clean = validate_name(name)
        versions = await self._store().set_versions(str(guild_key(guild_id)))
        return any(v.name == clean for v in versions)

    async def read(self, guild_id: int, name: str) -> StoredSet:
        clean = validate_name(name)
        stored = await self._store().get_set(str(guild_key(guild_id)), clean)
        if stored is None:
            raise GuildSetError(f"This server has no uploaded set named `{clean}`.")
        return stored

    async def save(
        self,
        checked: Checked,
        pictures: Mapping[str, bytes],
        uploader: str,
        *,
        replace: bool,
    ) -> int:
        """Store a checked set with its pictures (they replace the stored ones); a set of
        that name is replaced only with `replace` (the member confirmed it)."""
        if len(pictures) > MAX_PICTURES:
            raise GuildSetError(
                f"A set keeps at most {MAX_PICTURES} pictures; `{checked.name}` would have"
                f" {len(pictures)}. Give some questions an https:// image URL instead."
            )
        scope = str(checked.guild_id)
        upload = SetUpload(scope, checked.name, checked.data, uploader, self._now(), pictures)
        try:
            version = await self._store().save_set(
                upload, replace=replace, max_sets=self.checks.max_sets
            )
        except SetRefusedError as refused:
            raise GuildSetError(self._refusal(refused)) from None
        logger.info("guild %s saved set %s (%d bytes, version %d)", scope, checked.name,
                    len(checked.data), version)  # fmt: skip
        await self._announce(scope)
        return version

    async def remove(self, guild_id: int, name: str) -> None:
        scope, clean = str(guild_key(guild_id)), validate_name(name)
        try:
            await self._store().remove_set(scope, clean)
        except SetRefusedError as refused:
            raise GuildSetError(self._refusal(refused)) from None
        logger.info("guild %s removed set %s", scope, clean)
        await self._announce(scope)

    async def _announce(self, scope: str) -> None:
        # The change is committed: failing to tell the others must not report it as lost.
        try:
            await self._store().announce(SETS_TOPIC, scope)
        except StoreError as error:
            logger.warning("guild %s: could not tell the other processes: %s", scope, error)

    def _refusal(self, refused: SetRefusedError) -> str:
        if refused.kind == "exists":
            return (
                f"A set named `{refused.name}` was saved here meanwhile; "
                "upload again to replace it."
            )
        if refused.kind == "full":
            limit = self.checks.max_sets
            return f"This server already has {limit} uploaded sets; remove one first."
        return f"This server has no uploaded set named `{refused.name}`."
