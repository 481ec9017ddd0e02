"""Words every front-end shares (terminal and Discord), so the same thing reads alike.

A question counts as answered once however many guesses it took, and as right
when one of them was; guesses are shown apart (see `PlayerStats`).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.engine.session import IgnoreReason


def right_text(correct: int, answered: int) -> str:
    """Questions right of questions answered: "3/4 right"."""
    return f"{correct}/{answered} right"


def guesses_text(guesses: int) -> str:
    return f"{guesses} guess" if guesses == 1 else f"{guesses} guesses"


def plural(count: int, word: str, many: str | None = None) -> str:
    """ "1 question", "3 questions"; `many` for irregular plurals ("guesses")."""
    return f"{count} {word}" if count == 1 else f"{count} {many or word + 's'}"


def percent(value: float) -> str:
    """A share from 0 to 1 as a whole percentage: "67%"."""
    return f"{round(value * 100)}%"


def duration(span: timedelta) -> str:
    """A span rounded for reading: "10 minutes", "3 hours", "2 days" (at least a minute)."""
    minutes = max(round(span.total_seconds() / 60), 1)
    if minutes < 120:
        return plural(minutes, "minute")
    hours = round(minutes / 60)
    if hours < 48:
        return plural(hours, "hour")
    return plural(round(hours / 24), "day")


def due_in(due: datetime, now: datetime) -> str:
    """When something falls due: "now", "in 10 minutes", "in 2 days"."""
    return "now" if due <= now else f"in {duration(due - now)}"


def ignored_text(reason: IgnoreReason) -> str:
    """Why an answer did not count, for the player who gave it."""
    match reason:
        case "not_started":
            return "The quiz has not started yet."
        case "finished":
            return "The quiz is over."
        case "late":
            return "Too late: that question is already closed."
        case "stale":
            return "That question is already closed."
        case "empty":
            return "Your answer was empty."
        case "guess_limit":
            return "You have no guesses left for this question."
        case "already_answered":
            return "You have already answered this question."
        case "not_player":
            return "Only this quiz's players may answer (a solo quiz, or a team game)."
        case "invalid_pick":
            return "That is not one of the choices."


def forgotten_text(answers: int, review_cards: int) -> str:
    """What a forget request deleted: "Deleted 12 answers and 3 review cards."."""
    return f"Deleted {plural(answers, 'answer')} and {plural(review_cards, 'review card')}."
