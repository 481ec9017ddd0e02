"""`quizbot stats` and `quizbot leaderboard`: the local player's record, read back as text."""

from __future__ import annotations

from collections.abc import Mapping

from bot.engine.loader import Bank
from bot.engine.session import Player
from bot.game.mastery import TagMastery
from bot.game.wording import guesses_text, percent, plural, right_text
from bot.store.records import LeaderboardRow, Period, PlayerStats, Tally
from bot.terminal.texts import INDENT

PERIOD_NAMES: Mapping[str, str] = {"all": "all time", "week": "this week", "month": "this month"}


def ask_text(bank: Bank, set_name: str, question_id: str) -> str:
    quiz = bank.get(set_name)
    try:
        return quiz.question(question_id).ask if quiz is not None else "(set not loaded)"
    except KeyError:
        return "(question no longer in its set)"


def stats_lines(
    player: Player, stats: PlayerStats, tags: list[TagMastery], bank: Bank
) -> list[str]:
    if stats.answered == 0:
        return [f"No answers yet for {player.name}: play a quiz with `quizbot play`."]
    lines = [
        f"Stats for {player.name} ({player.id})",
        f"{INDENT}{right_text(stats.correct, stats.answered)} ({percent(stats.accuracy)}),"
        f" {guesses_text(stats.guesses)}, {plural(stats.points, 'point')},"
        f" best streak {stats.best_streak}",
    ]
    if stats.per_set:
        lines += ["", "By set:"]
        lines += [tally_line(name, tally) for name, tally in sorted(stats.per_set.items())]
    if tags:
        lines += ["", "By tag (mastery: chance you still know it, from your review cards):"]
        width = max(len(t.tag) for t in tags)
        for line in sorted(tags, key=lambda t: t.tag):
            seen = tally_line(line.tag, line.tally, width) if line.tally else INDENT + line.tag
            lines.append(f"{seen:<{width + 30}}mastery {percent(_mastery_or_accuracy(line))}")
    if stats.weakest:
        lines += ["", "Weakest questions:"]
        for question in stats.weakest:
            missed = question.answered - question.correct
            lines.append(
                f"{INDENT}{question.set_name}/{question.question_id}: missed {missed} of "
                f"{question.answered} - {ask_text(bank, question.set_name, question.question_id)}"
            )
    return lines


def _mastery_or_accuracy(line: TagMastery) -> float:
    """A tag with no review card yet shows its accuracy instead."""
    if line.mastery is not None:
        return line.mastery
    return line.tally.accuracy if line.tally else 0.0


def tally_line(label: str, tally: Tally, width: int = 0) -> str:
    return (
        f"{INDENT}{label:<{width}}  {right_text(tally.correct, tally.answered)}"
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
            f"  {right_text(row.correct, row.answered)}{mark}"
        )
    return lines
