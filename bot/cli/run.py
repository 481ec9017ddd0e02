"""`quizbot run [--config bot.yaml]`: start the Discord bot."""

from __future__ import annotations

import argparse
import signal
from pathlib import Path
from types import FrameType
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "run",
        help="start the Discord bot",
        description=(
            "Start the Discord bot. The token comes from DISCORD_TOKEN (environment or a .env "
            "file beside bot.yaml); DISCORD_API_BASE and DISCORD_GATEWAY_URL point it at a "
            "Discord-compatible server instead of discord.com."
        ),
    )
    parser.add_argument(
        "--config",
        type=Path,
        default=None,
        metavar="FILE",
        help="settings file (default: ./bot.yaml if present, else built-in defaults)",
    )
    parser.add_argument(
        "--shard-count",
        type=int,
        metavar="N",
        help="shards in all, across every process (with --shard-ids; default: Discord's advice)",
    )
    parser.add_argument(
        "--shard-ids",
        metavar="LIST",
        help="the shards this process runs: ids and ranges, e.g. 0, 0-3, 0,2-3",
    )
    parser.set_defaults(handler=run)


def _stop_starting(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(0)


def run(args: argparse.Namespace) -> int:
    # SIGTERM while still starting (importing discord takes a while) ends the process at once
    # and cleanly: nothing is open yet. Once running, the launcher handles it in its loop.
    signal.signal(signal.SIGTERM, _stop_starting)
    # discord is heavy: import it only to run the bot, so other subcommands start fast.
    from bot.launcher import run as launch  # noqa: PLC0415

    config: Path | None = args.config
    return launch(config, shard_count=args.shard_count, shard_ids=args.shard_ids)
