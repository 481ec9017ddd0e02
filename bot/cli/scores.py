"""`quizbot stats` and `quizbot leaderboard`: read back the scores saved by `quizbot play`."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

from bot.engine.review import ReviewScheduler
from bot.game.clock import SystemClock
from bot.game.mastery import END_OF_TIME, MAX_CARDS, tag_mastery
from bot.store import SqliteStore, StoreError
from bot.terminal.console import Console
from bot.terminal.loop import LOCAL_SCOPE
from bot.terminal.setup import (
    TerminalError,
    add_file_sets,
    load_sets,
    local_player,
    missing_files_line,
    settings_from,
)
from bot.terminal.stats import leaderboard_lines, stats_lines

logger = logging.getLogger(__name__)

PERIOD_CHOICES = ("all", "week", "month")
WEAKEST = 5


def register(subparsers: Any) -> None:
    stats = subparsers.add_parser(
        "stats",
        help="your answers, accuracy, mastery per tag and weakest questions",
        description="Statistics of a local player (scope `local`).",
    )
    stats.add_argument("--name", help="player name (default: your user name)")
    stats.add_argument("--config", type=Path, metavar="FILE", help="settings file (bot.yaml)")
    stats.set_defaults(handler=run_stats)

    board = subparsers.add_parser(
        "leaderboard",
        help="top 10 local players",
        description="The ten best players on this computer (scope `local`).",
    )
    board.add_argument("--period", choices=PERIOD_CHOICES, default="all", help="default all")
    board.add_argument("--config", type=Path, metavar="FILE", help="settings file (bot.yaml)")
    board.set_defaults(handler=run_leaderboard)


def run_stats(args: argparse.Namespace) -> int:
    try:
        settings = settings_from(args.config)
        player = local_player(args.name)
        bank = load_sets(settings)
        with SqliteStore(settings.database) as store:
            now = SystemClock().wall()
            stats = store.player_stats(LOCAL_SCOPE, player.id, weakest=WEAKEST)
            cards = store.due_cards(LOCAL_SCOPE, player.id, END_OF_TIME, MAX_CARDS)
        # Sets played by path are found again from their files.
        played = [*stats.per_set, *(card.set_name for card in cards)]
        missing = add_file_sets(bank, played)
    except TerminalError as error:
        print(error.message, file=sys.stderr)
        return error.status
    except StoreError as error:
        print(error, file=sys.stderr)
        return 1
    tags = tag_mastery(cards, stats.per_tag, bank.sets, ReviewScheduler(), now)
    # Through Console: names and question texts may hold control characters.
    lines = stats_lines(player, stats, tags, bank)
    if missing and stats.answered:
        lines += ["", missing_files_line(missing, settings)]
    Console().lines(lines)
    return 0


def run_leaderboard(args: argparse.Namespace) -> int:
    try:
        settings = settings_from(args.config)
        with SqliteStore(settings.database) as store:
            rows = store.leaderboard(LOCAL_SCOPE, args.period, SystemClock().wall(), 10)
    except TerminalError as error:
        print(error.message, file=sys.stderr)
        return error.status
    except StoreError as error:
        print(error, file=sys.stderr)
        return 1
    Console().lines(leaderboard_lines(rows, args.period, local_player(None).id))
    return 0
