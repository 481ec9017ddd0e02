"""Words every front-end shares for a player's record, so the numbers read alike.

A question counts as answered once however many guesses it took, and as right
when one of them was; guesses are shown apart (see `PlayerStats`).
"""

from __future__ import annotations


def right_text(correct: int, answered: int) -> str:
    """Questions right of questions answered: "3/4 right"."""
    return f"{correct}/{answered} right"


def guesses_text(guesses: int) -> str:
    return f"{guesses} guess" if guesses == 1 else f"{guesses} guesses"
