"""Embeds and short texts for private practice, review and learning statistics.

Pure functions from engine events and plain records to `discord.Embed` or text.
Practice shows no points: practice answers count for statistics and review
cards, not for the server's leaderboard (see `Recorder(award_points=False)`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import discord

from bot.engine.models import AllOfQuestion, NumberQuestion, YearQuestion
from bot.engine.session import (
    Event,
    QuestionAsked,
    QuestionSkipped,
    QuestionTimedOut,
    Reveal,
    SessionFinished,
)
from bot.exts.learning.mastery import WeakQuestion
from bot.exts.ui.embeds import (
    INFO_COLOUR,
    MISSED_COLOUR,
    QUESTION_COLOUR,
    RIGHT_COLOUR,
    SKIPPED_TITLE,
    TIMES_UP_TITLE,
    choice_lines,
    clip,
    quoted,
    timestamp,
    with_ask,
)
from bot.exts.ui.pictures import add_question_picture
from bot.exts.ui.replies import feedback
from bot.game.mastery import TagMastery
from bot.game.wording import percent, right_text

PRIVATE_FOOTER = "Only you can see this."
MAX_TAGS_SHOWN = 10
MAX_WEAK_SHOWN = 5


def how_to_answer(asked: QuestionAsked, guesses: int) -> str:
    if asked.choices:
        return "Press the button with your answer (one pick)."
    question = asked.question
    what = "your answer"
    if isinstance(question, YearQuestion):
        what = "a year"
    elif isinstance(question, NumberQuestion):
        what = f"a number in {question.unit}" if question.unit else "a number"
    elif isinstance(question, AllOfQuestion):
        what = f"all {len(question.answer)} parts, in any order"
    tries = f"{guesses} guess{'es' if guesses != 1 else ''}"
    return f"Press **Type answer** and enter {what}. You have {tries}."


def question_embed(
    asked: QuestionAsked, *, kind: str, closes_at: datetime, guesses: int
) -> discord.Embed:
    choices = choice_lines(asked.choices)
    lines = [
        *choices,
        *([""] if choices else []),
        f"\N{STOPWATCH} Closes {timestamp(closes_at)}",
        how_to_answer(asked, guesses),
    ]
    embed = discord.Embed(
        title=f"Question {asked.number}/{asked.total}",
        description=with_ask(asked.question.ask, lines),
        colour=QUESTION_COLOUR,
    )
    embed.set_author(name=clip(f"{kind}: {asked.set_title}", 256))
    embed.set_footer(text=PRIVATE_FOOTER)
    add_question_picture(asked.question, embed)
    return embed


def picked_embed(asked: QuestionAsked, *, kind: str, picked: str, correct: bool) -> discord.Embed:
    """The question as it looks once the player has picked: closed, with their pick."""
    mark = "\N{WHITE HEAVY CHECK MARK}" if correct else "\N{CROSS MARK}"
    embed = discord.Embed(
        title=f"Question {asked.number}/{asked.total}",
        description=f"{clip(asked.question.ask, 3000)}\n\nYou picked {quoted(picked)} {mark}",
        colour=RIGHT_COLOUR if correct else MISSED_COLOUR,
    )
    embed.set_author(name=clip(f"{kind}: {asked.set_title}", 256))
    embed.set_footer(text=PRIVATE_FOOTER)
    add_question_picture(asked.question, embed)
    return embed


def hint_text(number: int, hint_number: int, text: str) -> str:
    return f"\N{ELECTRIC LIGHT BULB} Hint {hint_number} for question {number}: {clip(text, 1500)}"


def reveal_embed(reveal: Reveal, player_id: str) -> discord.Embed:
    """The answer, the explanation, and what the player said if they missed it."""
    won = any(a.player.id == player_id for a in reveal.winners)
    said = [a for m in reveal.misses if m.player.id == player_id for a in m.answers]
    if won:
        title, colour = "\N{WHITE HEAVY CHECK MARK} Right!", RIGHT_COLOUR
    elif isinstance(reveal, QuestionSkipped):
        title, colour = SKIPPED_TITLE, MISSED_COLOUR
    elif said:
        title, colour = "\N{CROSS MARK} Missed", MISSED_COLOUR
    else:
        title, colour = TIMES_UP_TITLE, MISSED_COLOUR
    lines = [f"The answer: **{discord.utils.escape_markdown(clip(reveal.answer, 500))}**"]
    if reveal.explain:
        lines += ["", clip(reveal.explain, 3000)]
    embed = discord.Embed(title=title, description="\n".join(lines), colour=colour)
    embed.set_author(name=f"Question {reveal.number}")
    if said and not won:
        answered = "\n".join(quoted(text) for text in said[-5:])
        embed.add_field(name="You answered", value=clip(answered, 1024), inline=False)
    if isinstance(reveal, QuestionTimedOut) and not won:
        embed.set_footer(text="It will come back in /quiz review.")
    return embed


def summary_embed(
    finished: SessionFinished, player_id: str, *, kind: str, idle: bool = False
) -> discord.Embed:
    mine = next((s for s in finished.standings if s.player.id == player_id), None)
    right, answered = (mine.correct, mine.answered) if mine else (0, 0)
    asked = finished.questions_asked
    lines = [f"{right_text(right, answered)} ({asked} question{'' if asked == 1 else 's'} asked)."]
    if idle:
        lines.append("Stopped after questions went unanswered.")
    elif finished.stopped:
        lines.append("Stopped before the end.")
    missed = finished.questions_asked - right  # wrong or unanswered
    if missed > 0:
        lines.append("The questions you missed come back in `/quiz review`.")
    return discord.Embed(
        title=f"{kind} over", description="\n".join(lines), colour=INFO_COLOUR
    ).set_footer(text=PRIVATE_FOOTER)


def answer_feedback(events: Sequence[Event], player_id: str) -> str:
    """What to tell the player about a typed answer or a pick, from the events it caused."""
    said = feedback(events, player_id, points=False)
    return "That question is already closed." if said.outcome == "none" else said.text


def add_learning_fields(
    embed: discord.Embed, tags: Sequence[TagMastery], weakest: Sequence[WeakQuestion]
) -> discord.Embed:
    """Mastery per tag and the weakest questions, added to a player's stats embed."""
    if tags:
        lines = []
        for line in tags[:MAX_TAGS_SHOWN]:
            tally = line.tally
            accuracy = f", {right_text(tally.correct, tally.answered)}" if tally else ""
            if line.mastery is None:
                lines.append(f"{line.tag}: no review card yet{accuracy}")
            else:
                lines.append(f"{line.tag}: {percent(line.mastery)} mastery{accuracy}")
        embed.add_field(
            name="Mastery by tag (chance to recall in a week)",
            value=clip("\n".join(lines), 1024),
            inline=False,
        )
    if weakest:
        lines = [
            f"{clip(w.ask, 120)} ({w.set_name}: missed {w.missed} of {w.answered})"
            for w in weakest[:MAX_WEAK_SHOWN]
        ]
        embed.add_field(
            name="Weakest questions",
            value=clip("\n".join(discord.utils.escape_markdown(x) for x in lines), 1024),
            inline=False,
        )
    return embed
