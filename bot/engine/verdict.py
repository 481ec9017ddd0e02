"""The judge's answer about one typed answer."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Verdict:
    correct: bool
    # Wrong, but near enough that the player deserves a "close!" nudge.
    close: bool = False
    # The answer alternative that the text matched (or came closest to).
    matched: str | None = None
    # Short machine-readable reason, e.g. "exact", "typo", "hedge", "empty".
    reason: str = ""
