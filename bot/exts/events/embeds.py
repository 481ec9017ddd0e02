"""Embeds for schedules, the question of the day and the champion post."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import discord

from bot.engine.models import ChoiceQuestion, QuestionBase, TrueFalseQuestion
from bot.engine.qotd import QotdSummary
from bot.exts.ui.embeds import (
    INFO_COLOUR,
    MEDALS,
    QUESTION_COLOUR,
    RIGHT_COLOUR,
    clip,
    player_name,
    timestamp,
)
from bot.game.schedules import ScheduleSpec
from bot.game.wording import right_text
from bot.store.calendar import ScheduleRecord
from bot.store.records import LeaderboardRow


def schedule_line(record: ScheduleRecord, spec: ScheduleSpec | None) -> str:
    what = spec.what() if spec else "unreadable schedule"
    when = spec.timing.describe() if spec else ""
    line = f"**#{record.schedule_id}** <#{record.channel}>: {what}, {when}"
    if spec and spec.lead_minutes:
        line += f", announced {spec.lead_minutes} min before"
    if not record.enabled:
        line += f"\n\N{NO ENTRY SIGN} off: {discord.utils.escape_markdown(record.note)}"
    elif record.next_at is not None:
        line += f"\nnext {timestamp(record.next_at, 'f')} ({timestamp(record.next_at)})"
    return line


def schedules_embed(rows: Sequence[tuple[ScheduleRecord, ScheduleSpec | None]]) -> discord.Embed:
    lines = [schedule_line(record, spec) for record, spec in rows]
    return discord.Embed(
        title="Schedules in this server",
        description=clip("\n\n".join(lines), 4096) or "None yet: `/quizadmin schedule add`.",
        colour=INFO_COLOUR,
    )


def qotd_embed(question: QuestionBase, closes_at: datetime, set_title: str) -> discord.Embed:
    lines = [clip(question.ask, 3000)]
    if isinstance(question, ChoiceQuestion):
        lines += [""] + [f"**{n}.** {clip(c, 300)}" for n, c in enumerate(question.choices, 1)]
    elif isinstance(question, TrueFalseQuestion):
        lines += ["", "True or false?"]
    lines += [
        "",
        "Press **Answer** to reply privately: one answer each, nobody sees it.",
        f"The answer is revealed {timestamp(closes_at)}.",
    ]
    embed = discord.Embed(
        title="Question of the day", description="\n".join(lines), colour=QUESTION_COLOUR
    )
    embed.set_footer(text=clip(set_title, 100))
    return embed


def qotd_summary_embed(summary: QotdSummary, opened_at: datetime) -> discord.Embed:
    lines = [f"The answer: **{discord.utils.escape_markdown(clip(summary.answer, 500))}**"]
    if summary.explain:
        lines += ["", clip(summary.explain, 2500)]
    lines += ["", f"{summary.answered} answered, {summary.right} right."]
    embed = discord.Embed(
        title="Question of the day: the answer", description="\n".join(lines), colour=RIGHT_COLOUR
    )
    if summary.fastest:
        fastest = "\n".join(
            f"{MEDALS[i] if i < len(MEDALS) else f'{i + 1}.'} {player_name(a.player.name)}"
            f" ({_after(a.seconds_after(opened_at))})"
            for i, a in enumerate(summary.fastest)
        )
        embed.add_field(name="Fastest right answers", value=clip(fastest, 1024), inline=False)
    return embed


def _after(seconds: float) -> str:
    minutes = int(seconds // 60)
    if minutes < 1:
        return f"{seconds:.0f} s"
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d} min"


def champion_embed(rows: Sequence[LeaderboardRow], period: str) -> discord.Embed:
    span = "week" if period == "week" else "month"
    if not rows:
        return discord.Embed(
            title=f"Champion of the {span}",
            description=f"Nobody played this {span}. Next time!",
            colour=INFO_COLOUR,
        )
    winners = [r for r in rows if r.rank == 1]
    names = ", ".join(f"**{player_name(r.name)}**" for r in winners)
    lines = [f"\N{TROPHY} {names} with {winners[0].points} points!", ""]
    for row in rows[:10]:
        place = MEDALS[row.rank - 1] if row.rank <= len(MEDALS) else f"{row.rank}."
        lines.append(
            f"{place} {player_name(row.name)}: {row.points} points"
            f" ({right_text(row.correct, row.answered)})"
        )
    return discord.Embed(
        title=f"Champion of the {span}",
        description=clip("\n".join(lines), 4096),
        colour=RIGHT_COLOUR,
    )
