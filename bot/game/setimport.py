"""Sets uploaded before they lived in the store: imported from their folders once.

Run at every start; the store remembers each imported set by its content, so a
second start imports nothing, a set removed since is not brought back, and a
set replaced since keeps its newer version. The folders are left as they are.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from pathlib import Path

from bot.authoring.oldfolders import sets_in_folders
from bot.store.base import Store
from bot.store.sets import SetUpload

logger = logging.getLogger(__name__)

UNKNOWN_UPLOADER = ""  # the folders never said who uploaded a set


async def import_folders(store: Store, root: Path, now: datetime) -> int:
    """Store the sets kept under `root` that were never imported; returns how many."""
    found = await asyncio.to_thread(sets_in_folders, root)
    if not found:
        return 0
    uploads = [
        SetUpload(
            str(one.guild_id), one.name, one.data, UNKNOWN_UPLOADER, one.modified, one.pictures
        )
        for one in found
    ]
    imported = await store.import_sets(uploads, now)
    if imported:
        logger.info("imported %d uploaded sets from %s into the score database", imported, root)
    return imported
