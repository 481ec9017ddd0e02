"""Write a file so that readers see the old content or the new, never half of either.

Used for the question sets servers upload and for drafts written to disk: the
data goes to a hidden temporary file beside the target, is flushed to disk, and
replaces the target in one rename, which is itself made durable.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomically(target: Path, data: bytes) -> None:
    """Raises OSError (the target untouched, no temporary file left) when it cannot."""
    folder = target.parent if str(target.parent) else Path()
    # A leading dot and a non-YAML suffix keep a half-written file out of every listing.
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    fsync_folder(folder)


def fsync_folder(folder: Path) -> None:
    """Make a rename or unlink in `folder` durable (a no-op where folders cannot be opened)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
