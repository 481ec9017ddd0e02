"""`quizbot forget`: delete everything stored about a terminal player."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any

from bot.cli.output import say
from bot.game.wording import forgotten_text
from bot.store import Forgotten
from bot.terminal.console import Console
from bot.terminal.setup import local_player, opened_store, settings_from, store_errors


def register(subparsers: Any) -> None:
    forget = subparsers.add_parser(
        "forget",
        help="delete a local player's answers, scores and review cards",
        description="Delete everything stored about a player of `quizbot play`: answers, "
        "scores, streaks and review cards. Question statistics stay, counted without them.",
    )
    forget.add_argument("--name", required=True, help="the player to forget")
    forget.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    forget.add_argument("--config", type=Path, metavar="FILE", help="settings file (bot.yaml)")
    forget.set_defaults(handler=run_forget)


def run_forget(args: argparse.Namespace) -> int:
    player = local_player(args.name)
    if not args.yes and not _confirmed(player.name):
        say("Nothing was deleted.")
        return 1
    settings = settings_from(args.config)
    with store_errors():
        gone = asyncio.run(_forget(settings.database, player.id))
    Console().line(f"Forgot {player.name}. {forgotten_text(gone.answers, gone.review_cards)}")
    return 0


async def _forget(database: Path | str, player_id: str) -> Forgotten:
    async with opened_store(database) as store:
        return await store.forget_player(player_id)


def _confirmed(name: str) -> bool:
    # Through Console: a name may hold control characters.
    Console().line(
        f"Delete every answer, score and review card of {name}? This cannot be undone. [y/N]"
    )
    reply = sys.stdin.readline()  # end of input (a script without --yes) means no
    return reply.strip().casefold() in {"y", "yes"}
