"""What to tell one player about their own answer or pick, from the events it produced.

Pure: the cog and the buttons decide how to deliver it (a reaction, a brief reply,
an ephemeral message); this module only reads the events.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import discord

from bot.engine.names import clean_name
from bot.engine.session import AnswerIgnored, AnswerJudged, AnswerLocked, Event, Player
from bot.exts.ui.embeds import pick_label, quoted
from bot.game.wording import ignored_text

Outcome = Literal["right", "close", "wrong", "locked", "ignored", "none"]


@dataclass(frozen=True, slots=True)
class Feedback:
    outcome: Outcome
    text: str
    points: int = 0


def player_of(user: discord.abc.User) -> Player:
    """The engine's view of a Discord user: a stable id and a display name."""
    return Player(id=str(user.id), name=clean_name(user.display_name))


def feedback(
    events: Sequence[Event], player_id: str, *, pick: int | None = None, points: bool = True
) -> Feedback:
    """How the player's own answer went; the last event about them decides.

    `pick` is the index of the button pressed: a long choice is then named by its number.
    Without `points` (private practice, which earns none) a right answer shows no score.
    """
    for event in reversed(events):
        if isinstance(event, AnswerJudged) and event.player.id == player_id:
            return _judged(event, pick is not None, _named(event.text, pick), points)
        if isinstance(event, AnswerLocked) and event.player.id == player_id:
            said = quoted(_named(event.text, pick))
            return Feedback("locked", f"Your answer {said} is in. Results at the reveal.")
        if isinstance(event, AnswerIgnored) and event.player.id == player_id:
            return Feedback("ignored", ignored_text(event.reason))
    return Feedback("none", "No question is open right now.")


def _named(text: str, pick: int | None) -> str:
    return text if pick is None else pick_label(pick, text)


def _judged(event: AnswerJudged, picked: bool, text: str, points: bool) -> Feedback:
    said = quoted(text)
    if picked and not event.correct:
        return Feedback("wrong", f"You picked {said}. Results at the reveal.")
    if event.correct:
        score = f" +{event.points}" if points else ""
        return Feedback(
            "right", f"\N{WHITE HEAVY CHECK MARK} {said} is right!{score}", event.points
        )
    left = ""
    if event.guesses_left:
        left = f" {event.guesses_left} guess{'es' if event.guesses_left != 1 else ''} left."
    if event.close:
        return Feedback("close", f"{said} is close!{left}")
    return Feedback("wrong", f"{said} is not it.{left}")
