"""`quizbot stats` and `quizbot leaderboard`: read back the scores saved by `quizbot play`."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any

from bot.charts import (
    StatsCard,
    leaderboard_alt_text,
    render_leaderboard,
    render_stats_card,
    stats_alt_text,
)
from bot.cli.export import FORMATS, board_csv, board_json, stats_csv, stats_json
from bot.cli.output import say
from bot.engine.review import ReviewScheduler
from bot.game.clock import SystemClock
from bot.game.mastery import END_OF_TIME, MAX_CARDS, tag_mastery
from bot.store import LeaderboardRow, Period, PlayerStats
from bot.store.records import DueCard
from bot.terminal.console import Console
from bot.terminal.loop import LOCAL_SCOPE
from bot.terminal.setup import (
    add_file_sets,
    load_sets,
    local_player,
    missing_files_line,
    opened_store,
    settings_from,
    store_errors,
)
from bot.terminal.stats import PERIOD_NAMES, leaderboard_lines, stats_lines

PERIOD_CHOICES = ("all", "week", "month")
WEAKEST = 5


def register(subparsers: Any) -> None:
    stats = subparsers.add_parser(
        "stats",
        help="your answers, accuracy, mastery per tag and weakest questions",
        description="Statistics of a local player (scope `local`): questions right of "
        "questions answered, guesses, points, streaks, per set and per tag, mastery and the "
        "weakest questions. --format json|csv prints the data instead. Exit status 0; 1 when "
        "the database cannot be read; 2 for a bad bot.yaml.",
    )
    stats.add_argument("--name", help="player name (default: your user name)")
    stats.add_argument("--config", type=Path, metavar="FILE", help="settings file (bot.yaml)")
    stats.add_argument("--chart", type=Path, metavar="FILE.png", help="also draw the stats card")
    stats.add_argument(
        "--format", choices=FORMATS, default="text", help="text (default), json or csv"
    )
    stats.set_defaults(handler=run_stats)

    board = subparsers.add_parser(
        "leaderboard",
        help="top 10 local players",
        description="The ten best players on this computer (scope `local`). --format "
        "json|csv prints the data instead. Exit status 0; 1 when the database cannot be "
        "read; 2 for a bad bot.yaml.",
    )
    board.add_argument("--period", choices=PERIOD_CHOICES, default="all", help="default all")
    board.add_argument("--config", type=Path, metavar="FILE", help="settings file (bot.yaml)")
    board.add_argument("--chart", type=Path, metavar="FILE.png", help="also draw the podium")
    board.add_argument(
        "--format", choices=FORMATS, default="text", help="text (default), json or csv"
    )
    board.set_defaults(handler=run_leaderboard)


def run_stats(args: argparse.Namespace) -> int:
    settings = settings_from(args.config)
    player = local_player(args.name)
    bank = load_sets(settings)
    now = SystemClock().wall()
    with store_errors():
        stats, cards = asyncio.run(read_player(settings.database, player.id))
    # Sets played by path are found again from their files.
    played = [*stats.per_set, *(card.set_name for card in cards)]
    missing = add_file_sets(bank, played)
    if args.format != "text":
        sys.stdout.write(stats_json(stats) if args.format == "json" else stats_csv(stats))
        return 0
    tags = tag_mastery(cards, stats.per_tag, bank.sets, ReviewScheduler(), now)
    # Through Console: names and question texts may hold control characters.
    lines = stats_lines(player, stats, tags, bank)
    if missing and stats.answered:
        lines += ["", missing_files_line(missing, settings)]
    Console().lines(lines)
    if args.chart is None:
        return 0
    card = StatsCard(player.name, stats, tags, now.date())
    return _write_chart(args.chart, render_stats_card(card), stats_alt_text(card))


def run_leaderboard(args: argparse.Namespace) -> int:
    settings = settings_from(args.config)
    with store_errors():
        rows = asyncio.run(read_board(settings.database, args.period))
    if args.format != "text":
        sys.stdout.write(board_json(rows) if args.format == "json" else board_csv(rows))
        return 0
    Console().lines(leaderboard_lines(rows, args.period, local_player(None).id))
    if args.chart is None:
        return 0
    title = f"Leaderboard, {PERIOD_NAMES[args.period]}"
    return _write_chart(
        args.chart, render_leaderboard(rows, title), leaderboard_alt_text(rows, title)
    )


def _write_chart(path: Path, png: bytes, alt_text: str) -> int:
    """Write through a temporary file, so a failed write leaves no half picture."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_bytes(png)
        partial.replace(path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        say(f"{path}: cannot write the chart: {error.strerror or error}", err=True)
        return 1
    Console().lines([f"Chart written to {path} ({alt_text})"])
    return 0


async def read_player(database: Path | str, player_id: str) -> tuple[PlayerStats, list[DueCard]]:
    async with opened_store(database, migrate=False) as store:
        stats = await store.player_stats(LOCAL_SCOPE, player_id, weakest=WEAKEST)
        cards = await store.due_cards(LOCAL_SCOPE, player_id, END_OF_TIME, MAX_CARDS)
    return stats, cards


async def read_board(database: Path | str, period: Period) -> list[LeaderboardRow]:
    async with opened_store(database, migrate=False) as store:
        return await store.leaderboard(LOCAL_SCOPE, period, SystemClock().wall(), 10)
