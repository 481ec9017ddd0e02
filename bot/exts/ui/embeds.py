"""Embeds for questions, reveals, standings, leaderboards, stats and the set list.

Pure functions from engine/store records to `discord.Embed`; no network. Anything
a user typed (names, answers) is escaped for markdown here, and names also have
their mentions defused, so an embed can never format or ping on a player's behalf.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

import discord

from bot.engine.models import (
    AllOfQuestion,
    ChoiceQuestion,
    NumberQuestion,
    QuestionBase,
    QuizSet,
    TrueFalseQuestion,
    YearQuestion,
)
from bot.engine.safetext import printable
from bot.engine.session import (
    QuestionAsked,
    QuestionSkipped,
    QuestionTimedOut,
    QuestionWon,
    Reveal,
    Session,
    SessionFinished,
    Standing,
    TimeoutReason,
)
from bot.exts.ui.pictures import add_question_picture
from bot.game.wording import guesses_text, percent, right_text
from bot.store.records import LeaderboardRow, Period, PlayerStats

QUESTION_COLOUR = discord.Colour.blurple()
RIGHT_COLOUR = discord.Colour.green()
MISSED_COLOUR = discord.Colour.orange()
INFO_COLOUR = discord.Colour.dark_teal()

MEDALS = ("\N{FIRST PLACE MEDAL}", "\N{SECOND PLACE MEDAL}", "\N{THIRD PLACE MEDAL}")
MAX_MISSES_SHOWN = 5
MAX_ANSWERS_PER_MISS = 3
MAX_ANSWER_CHARS = 60
BUTTON_LABEL_LIMIT = 80
MAX_CHOICE_CHARS = 300
MAX_ASK_CHARS = 3000
DESCRIPTION_LIMIT = 4096
PERIOD_NAMES: Mapping[str, str] = {"all": "all time", "week": "this week", "month": "this month"}


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\N{HORIZONTAL ELLIPSIS}"


def sets_drawn_from(session: Session, limit: int = 300) -> str:
    """The names of the sets a session's questions come from, for its opening line."""
    return clip(", ".join(sorted({pick.key[0] for pick in session.plan})), limit)


def player_name(name: str) -> str:
    """A display name made safe to show: no markdown tricks, no pings."""
    return discord.utils.escape_markdown(discord.utils.escape_mentions(name))


def quoted_answer(text: str) -> str:
    """What a player typed, shown verbatim but harmless (messages go out with no mentions)."""
    one_line = " ".join(printable(text).split())
    return discord.utils.escape_markdown(clip(one_line, MAX_ANSWER_CHARS))


def quoted(text: str) -> str:
    """What a player typed, in quotation marks, made harmless by `quoted_answer`."""
    return f"\N{LEFT DOUBLE QUOTATION MARK}{quoted_answer(text)}\N{RIGHT DOUBLE QUOTATION MARK}"


def choices_fit_buttons(choices: Sequence[str]) -> bool:
    return all(len(choice) <= BUTTON_LABEL_LIMIT for choice in choices)


def button_labels(choices: Sequence[str]) -> list[str]:
    """The choices as button labels; numbered when too long, to match `choice_lines`."""
    if choices_fit_buttons(choices):
        return list(choices)
    return [clip(f"{n}. {choice}", BUTTON_LABEL_LIMIT) for n, choice in enumerate(choices, 1)]


def pick_label(index: int, choice: str) -> str:
    """How to name a picked choice: by its number too when its button label was clipped."""
    return choice if len(choice) <= BUTTON_LABEL_LIMIT else f"{index + 1}. {choice}"


def choice_lines(choices: Sequence[str]) -> list[str]:
    """Choices too long for a button label are spelled out in the question itself,
    since clipped labels may all read the same."""
    if choices_fit_buttons(choices):
        return []
    return [f"**{n}.** {clip(choice, MAX_CHOICE_CHARS)}" for n, choice in enumerate(choices, 1)]


def with_ask(ask: str, after: Sequence[str]) -> str:
    """An embed description: the question, clipped so that the lines after it still fit."""
    tail = "\n".join(after)
    room = min(MAX_ASK_CHARS, DESCRIPTION_LIMIT - len(tail) - 2)
    return f"{clip(ask, room)}\n\n{tail}" if tail else clip(ask, room)


def code_line(text: str, limit: int = 300) -> str:
    """One line shown as code. Markdown escapes show as backslashes inside a code span and
    a backtick would end it early, so backticks become quotes instead."""
    plain = text.replace("`", "'")
    return f"`{clip(plain, limit)}`"


def timestamp(moment: datetime, style: str = "R") -> str:
    """Discord's self-updating time tag, e.g. "in 20 seconds" with style R."""
    return f"<t:{int(moment.timestamp())}:{style}>"


def answer_help(question: QuestionBase, *, mode: str, typed_in_channel: bool) -> str:
    """One line telling players how to answer this kind of question."""
    if isinstance(question, TrueFalseQuestion):
        how = "True or false? Press a button."
    elif isinstance(question, ChoiceQuestion):
        how = "Press the button with your answer."
    else:
        where = "Type your answer here or use `/quiz answer`."
        if not typed_in_channel:
            where = "Answer with `/quiz answer`."
        how = f"{_typed_help(question)} {where}".strip()
    if mode == "poll":
        how += " One answer each; results at the reveal."
    elif mode == "solo":
        how += " Only the player who started may answer."
    return how


def _typed_help(question: QuestionBase) -> str:
    if isinstance(question, YearQuestion):
        return "Answer with a year."
    if isinstance(question, NumberQuestion):
        return (
            f"Answer with a number in {question.unit}."
            if question.unit
            else "Answer with a number."
        )
    if isinstance(question, AllOfQuestion):
        return f"Name all {len(question.answer)} parts, in any order."
    return ""


def question_embed(
    asked: QuestionAsked,
    *,
    hints: Sequence[str],
    closes_at: datetime,
    mode: str,
    typed_in_channel: bool,
    closed: bool = False,
) -> discord.Embed:
    title = f"Question {asked.number}/{asked.total}"
    lines = choice_lines(asked.choices)
    if lines:
        lines.append("")
    if closed:
        lines.append("This question is closed.")
    else:
        lines.append(f"\N{STOPWATCH} Closes {timestamp(closes_at)}")
        lines.append(answer_help(asked.question, mode=mode, typed_in_channel=typed_in_channel))
    description = with_ask(asked.question.ask, lines)
    embed = discord.Embed(title=title, description=description, colour=QUESTION_COLOUR)
    embed.set_author(name=clip(asked.set_title, 256))
    if hints:
        shown = "\n".join(f"{i}. {clip(h, 300)}" for i, h in enumerate(hints, 1))
        embed.add_field(name="Hints", value=clip(shown, 1024), inline=False)
    # The author line shows the title already; a long one repeated here could push the
    # embed past Discord's 6000-character total.
    embed.set_footer(text=f"{clip(asked.set_title, 100)} \N{MIDDLE DOT} {asked.base_points} points")
    add_question_picture(asked.question, embed)
    return embed


SKIPPED_TITLE = "\N{BLACK RIGHT-POINTING DOUBLE TRIANGLE} Skipped"
TIMES_UP_TITLE = "\N{ALARM CLOCK} Time's up"


def timed_out_title(reason: TimeoutReason) -> str:
    match reason:
        case "out_of_guesses":
            return "\N{CROSS MARK} Out of guesses"
        case "time":
            return TIMES_UP_TITLE


def reveal_embed(reveal: Reveal, *, next_at: datetime | None) -> discord.Embed:
    if isinstance(reveal, QuestionWon):
        names = ", ".join(player_name(a.player.name) for a in reveal.winners)
        title, colour = f"\N{WHITE HEAVY CHECK MARK} {names} got it!", RIGHT_COLOUR
    elif isinstance(reveal, QuestionSkipped):
        title, colour = SKIPPED_TITLE, MISSED_COLOUR
    elif isinstance(reveal, QuestionTimedOut):
        title, colour = timed_out_title(reveal.reason), MISSED_COLOUR
    else:
        title, colour = TIMES_UP_TITLE, MISSED_COLOUR
    lines = [f"The answer: **{discord.utils.escape_markdown(clip(reveal.answer, 500))}**"]
    if reveal.explain:
        lines += ["", clip(reveal.explain, 3000)]
    if next_at is not None:
        lines += ["", f"Next question {timestamp(next_at)}"]
    embed = discord.Embed(title=clip(title, 256), description="\n".join(lines), colour=colour)
    embed.set_author(name=f"Question {reveal.number}")
    if reveal.winners:
        scored = "\n".join(
            f"{player_name(a.player.name)}: +{a.points} ({a.response_time:.1f} s)"
            for a in reveal.winners
        )
        embed.add_field(name="Points", value=clip(scored, 1024), inline=False)
    if reveal.misses:
        embed.add_field(name="Other answers", value=misses_text(reveal), inline=False)
    return embed


def misses_text(reveal: Reveal) -> str:
    lines = []
    for miss in reveal.misses[:MAX_MISSES_SHOWN]:
        said = ", ".join(quoted_answer(a) for a in miss.answers[-MAX_ANSWERS_PER_MISS:])
        lines.append(f"{player_name(miss.player.name)}: {said}")
    hidden = len(reveal.misses) - MAX_MISSES_SHOWN
    if hidden > 0:
        lines.append(f"\N{HORIZONTAL ELLIPSIS} and {hidden} more")
    return clip("\n".join(lines), 1024)


def standings_embed(finished: SessionFinished) -> discord.Embed:
    title = "Quiz stopped" if finished.stopped else "Quiz over"
    summary = f"{finished.questions_asked} of {finished.total} questions asked."
    lines = [summary, ""]
    lines += [standing_line(s) for s in finished.standings[:20]] or ["Nobody scored."]
    embed = discord.Embed(
        title=f"{title}: final standings",
        description=clip("\n".join(lines), 4096),
        colour=INFO_COLOUR,
    )
    return embed


def standing_line(standing: Standing) -> str:
    place = MEDALS[standing.rank - 1] if standing.rank <= len(MEDALS) else f"{standing.rank}."
    tie = " (tie)" if standing.tied else ""
    return (
        f"{place} **{player_name(standing.player.name)}**: {standing.points} points, "
        f"{right_text(standing.correct, standing.answered)}{tie}"
    )


def leaderboard_embed(rows: Sequence[LeaderboardRow], period: Period) -> discord.Embed:
    lines = [
        f"{MEDALS[r.rank - 1] if r.rank <= len(MEDALS) else f'{r.rank}.'} "
        f"**{player_name(r.name)}**: {r.points} points ({right_text(r.correct, r.answered)})"
        for r in rows
    ]
    return discord.Embed(
        title=f"Leaderboard, {PERIOD_NAMES.get(period, period)}",
        description=clip("\n".join(lines) or "No answers yet.", 4096),
        colour=INFO_COLOUR,
    )


def stats_embed(stats: PlayerStats, shown_name: str) -> discord.Embed:
    embed = discord.Embed(title=f"Stats for {player_name(shown_name)}", colour=INFO_COLOUR)
    if not stats.answered:
        embed.description = "No answers yet in this server."
        return embed
    embed.description = (
        f"{stats.points} points \N{MIDDLE DOT} {right_text(stats.correct, stats.answered)} "
        f"({percent(stats.accuracy)}) \N{MIDDLE DOT} {guesses_text(stats.guesses)}"
        f" \N{MIDDLE DOT} best streak {stats.best_streak}"
    )
    if stats.per_set:
        per_set = "\n".join(
            f"{name}: {right_text(t.correct, t.answered)}"
            for name, t in list(stats.per_set.items())[:10]
        )
        embed.add_field(name="By set", value=clip(per_set, 1024), inline=False)
    if stats.per_tag:
        per_tag = "\n".join(
            f"{tag}: {right_text(t.correct, t.answered)} ({percent(t.accuracy)})"
            for tag, t in list(stats.per_tag.items())[:10]
        )
        embed.add_field(name="By tag", value=clip(per_tag, 1024), inline=False)
    return embed


def sets_embed(sets: Mapping[str, QuizSet]) -> discord.Embed:
    embed = discord.Embed(title="Quiz sets", colour=INFO_COLOUR)
    if not sets:
        embed.description = "No quiz sets are loaded."
        return embed
    lines = []
    for name, quiz in sets.items():
        tags = f" \N{MIDDLE DOT} {', '.join(quiz.tags[:5])}" if quiz.tags else ""
        lines.append(f"**{name}**: {clip(quiz.title, 100)} ({len(quiz.questions)} questions{tags})")
    embed.description = clip("\n".join(lines), 4096)
    embed.set_footer(text="Start one with /quiz start set:<name>")
    return embed
