"""`/quiz review`: which of a member's cards are due, as sets trimmed to those questions.

The review session is an ordinary solo session over the trimmed sets, so the
judge, hints and the recorder (which moves each card on) work as in any game.
Reviews are kept short (`REVIEW_LIMIT` cards) because a private session lives on
interaction tokens, which Discord honours for 15 minutes.
"""

from __future__ import annotations

from datetime import datetime

from bot.game.wording import due_in, plural
from bot.store.records import DueCard

REVIEW_LIMIT = 10


def nothing_due_text(next_card: DueCard | None, now: datetime, *, stale: int = 0) -> str:
    if stale:
        return (
            f"{plural(stale, 'due card')} belong to questions no longer "
            "loaded here; nothing else to review right now."
        )
    if next_card is None:
        return (
            "No review cards yet: play or `/quiz practice` first; every question you meet "
            "becomes a card."
        )
    return f"Nothing to review right now. Your next card is due {due_in(next_card.due, now)}."
