"""What to tell one player about their own answer or pick, from the events it produced.

Pure: the cog and the buttons decide how to deliver it (a reaction, a brief reply,
an ephemeral message); this module only reads the events.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

import discord

from bot.engine.session import AnswerIgnored, AnswerJudged, AnswerLocked, Event, Player
from bot.exts.ui.embeds import pick_label, quoted_answer

logger = logging.getLogger(__name__)

Outcome = Literal["right", "close", "wrong", "locked", "ignored", "none"]

IGNORED_TEXT: Mapping[str, str] = {
    "not_started": "The quiz has not started yet.",
    "finished": "The quiz is over.",
    "late": "Too late: that question is already closed.",
    "stale": "That question is already closed.",
    "empty": "Your answer was empty.",
    "guess_limit": "You have no guesses left for this question.",
    "already_answered": "You have already answered this question.",
    "not_player": "This is a solo quiz: only the player who started it may answer.",
    "invalid_pick": "That is not one of the choices.",
}


@dataclass(frozen=True, slots=True)
class Feedback:
    outcome: Outcome
    text: str
    points: int = 0


def player_of(user: discord.abc.User) -> Player:
    """The engine's view of a Discord user: a stable id and a display name."""
    return Player(id=str(user.id), name=user.display_name)


def feedback(
    events: Sequence[Event], player_id: str, *, picked: bool = False, pick: int | None = None
) -> Feedback:
    """How the player's own answer went; the last event about them decides.

    `pick` is the index of the button pressed: a long choice is then named by its number.
    """
    for event in reversed(events):
        if isinstance(event, AnswerJudged) and event.player.id == player_id:
            return _judged(event, picked or pick is not None, _named(event.text, pick))
        if isinstance(event, AnswerLocked) and event.player.id == player_id:
            said = quoted_answer(_named(event.text, pick))
            return Feedback(
                "locked",
                f"Your answer \N{LEFT DOUBLE QUOTATION MARK}{said}"
                "\N{RIGHT DOUBLE QUOTATION MARK} is in. Results at the reveal.",
            )
        if isinstance(event, AnswerIgnored) and event.player.id == player_id:
            return Feedback("ignored", IGNORED_TEXT.get(event.reason, "That answer did not count."))
    return Feedback("none", "No question is open right now.")


def _named(text: str, pick: int | None) -> str:
    return text if pick is None else pick_label(pick, text)


def _judged(event: AnswerJudged, picked: bool, text: str) -> Feedback:
    said = f"\N{LEFT DOUBLE QUOTATION MARK}{quoted_answer(text)}\N{RIGHT DOUBLE QUOTATION MARK}"
    if picked and not event.correct:
        return Feedback("wrong", f"You picked {said}. Results at the reveal.")
    if event.correct:
        return Feedback(
            "right", f"\N{WHITE HEAVY CHECK MARK} {said} is right! +{event.points}", event.points
        )
    left = ""
    if event.guesses_left:
        left = f" {event.guesses_left} guess{'es' if event.guesses_left != 1 else ''} left."
    if event.close:
        return Feedback("close", f"{said} is close!{left}")
    return Feedback("wrong", f"{said} is not it.{left}")
