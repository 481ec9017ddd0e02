"""`quizbot stats` and `quizbot leaderboard`: the local player's record, read back as text."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from bot.engine.loader import Bank
from bot.engine.review import ReviewScheduler
from bot.engine.session import Player
from bot.store.records import DueCard, LeaderboardRow, Period, PlayerStats, Tally
from bot.terminal.texts import INDENT, plural

logger = logging.getLogger(__name__)

# Asking for every card "due" before this moment lists all of a player's cards.
END_OF_TIME = datetime(9999, 1, 1, tzinfo=UTC)
MAX_CARDS = 100_000
PERIOD_NAMES: Mapping[str, str] = {"all": "all time", "week": "this week", "month": "this month"}


@dataclass(frozen=True, slots=True)
class TagLine:
    tag: str
    tally: Tally | None
    mastery: float  # 0..1


def percent(value: float) -> str:
    return f"{round(value * 100)}%"


def ask_text(bank: Bank, set_name: str, question_id: str) -> str:
    quiz = bank.get(set_name)
    try:
        return quiz.question(question_id).ask if quiz is not None else "(set no longer loaded)"
    except KeyError:
        return "(question no longer in its set)"


def tag_mastery(
    stats: PlayerStats,
    cards: list[DueCard],
    bank: Bank,
    scheduler: ReviewScheduler,
    now: datetime,
) -> list[TagLine]:
    """Mastery per tag from the review cards; a tag with no card falls back to accuracy."""
    by_tag: dict[str, list[str]] = defaultdict(list)
    for card in cards:
        quiz = bank.get(card.set_name)
        try:
            tags = quiz.question(card.question_id).tags if quiz is not None else []
        except KeyError:
            tags = []
        for tag in tags:
            by_tag[tag].append(card.card_json)
    lines = []
    for tag in sorted(set(by_tag) | set(stats.per_tag)):
        tally = stats.per_tag.get(tag)
        if by_tag[tag]:
            mastery = scheduler.mastery(by_tag[tag], now)
        else:
            mastery = tally.accuracy if tally else 0.0
        lines.append(TagLine(tag, tally, mastery))
    return lines


def stats_lines(player: Player, stats: PlayerStats, tags: list[TagLine], bank: Bank) -> list[str]:
    if stats.answered == 0:
        return [f"No answers yet for {player.name}: play a quiz with `quizbot play`."]
    lines = [
        f"Stats for {player.name} ({player.id})",
        f"{INDENT}answered {stats.answered}, correct {stats.correct}, "
        f"accuracy {percent(stats.accuracy)}, {plural(stats.points, 'point')}, "
        f"best streak {stats.best_streak}",
    ]
    if stats.per_set:
        lines += ["", "By set:"]
        lines += [tally_line(name, tally) for name, tally in sorted(stats.per_set.items())]
    if tags:
        lines += ["", "By tag (mastery: chance you still know it, from your review cards):"]
        width = max(len(t.tag) for t in tags)
        for line in tags:
            seen = tally_line(line.tag, line.tally, width) if line.tally else INDENT + line.tag
            lines.append(f"{seen:<{width + 30}}mastery {percent(line.mastery)}")
    if stats.weakest:
        lines += ["", "Weakest questions:"]
        for question in stats.weakest:
            missed = question.answered - question.correct
            lines.append(
                f"{INDENT}{question.set_name}/{question.question_id}: missed {missed} of "
                f"{question.answered} - {ask_text(bank, question.set_name, question.question_id)}"
            )
    return lines


def tally_line(label: str, tally: Tally, width: int = 0) -> str:
    return (
        f"{INDENT}{label:<{width}}  {tally.correct}/{tally.answered} right"
        f" ({percent(tally.accuracy)})"
    )


def leaderboard_lines(
    rows: list[LeaderboardRow], period: Period, local_id: str | None
) -> list[str]:
    title = f"Leaderboard ({PERIOD_NAMES[period]}, this computer)"
    if not rows:
        return [title, f"{INDENT}No scores yet: play a quiz with `quizbot play`."]
    width = max(len(row.name) for row in rows)
    lines = [title]
    for row in rows:
        mark = " (you)" if row.player_id == local_id else ""
        lines.append(
            f"{INDENT}{row.rank:>2}. {row.name:<{width}}  {plural(row.points, 'point'):>10}"
            f"  {row.correct}/{row.answered} right{mark}"
        )
    return lines
