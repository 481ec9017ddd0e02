"""Player names made safe before they are stored or shown, whatever their source.

A terminal argument may carry bytes that are not UTF-8 (Python hands them over
as lone surrogates, which no UTF-8 database or terminal accepts), and a Discord
display name may carry control, bidi-override or zero-width characters. Either
could lose an answer at the store or garble a screen.
"""

from __future__ import annotations

import unicodedata

MAX_NAME_LENGTH = 32  # Discord's own limit for a display name
REPLACEMENT = "\N{REPLACEMENT CHARACTER}"
# Control, format (bidi overrides, zero-width), line and paragraph separators.
_DROPPED = frozenset({"Cc", "Cf", "Zl", "Zp"})


def clean_name(raw: str, fallback: str = "player") -> str:
    """`raw` with undecodable bytes shown as U+FFFD, invisible and control characters
    removed, spaces collapsed and the length capped; `fallback` if nothing is left."""
    text = unicodedata.normalize("NFC", _visible_bytes(raw))
    kept = "".join(ch for ch in text if unicodedata.category(ch) not in _DROPPED)
    words = " ".join(kept.split())
    return words[:MAX_NAME_LENGTH].rstrip() or fallback


def _visible_bytes(raw: str) -> str:
    # Surrogates only ever stand for bytes that were not valid UTF-8.
    return "".join(REPLACEMENT if "\ud800" <= ch <= "\udfff" else ch for ch in raw)
