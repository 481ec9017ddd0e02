"""`quizbot db upgrade` and `quizbot db copy`: look after the score database."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any, TextIO

from bot.cli.output import say
from bot.store import StoreError, open_store
from bot.store.copying import TABLES, copy_database
from bot.store.url import DatabaseUrl, parse_database_url
from bot.terminal.setup import settings_from

BAR_WIDTH = 30


def register(subparsers: Any) -> None:
    db = subparsers.add_parser(
        "db",
        help="upgrade the score database, or copy it to another (SQLite <-> PostgreSQL)",
        description="Look after the score database named by bot.yaml or QUIZBOT_DATABASE_URL.",
    )
    actions = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = actions.add_parser(
        "upgrade", help="apply schema migrations", description="Apply schema migrations."
    )
    upgrade.add_argument("--config", type=Path, metavar="FILE", help="settings file (bot.yaml)")
    upgrade.set_defaults(handler=run_upgrade)
    copy = actions.add_parser(
        "copy",
        help="copy every score, session, card, setting and uploaded set into another database",
        description=(
            "Copy everything from one database into another, creating its schema. A target"
            " that already holds data is refused unless --merge, which copies only what it"
            " lacks. URLs: a file path, sqlite:///path or postgresql://user@host/dbname."
        ),
    )
    copy.add_argument("--from", dest="source", required=True, metavar="URL")
    copy.add_argument("--to", dest="target", required=True, metavar="URL")
    copy.add_argument("--merge", action="store_true", help="add only what the target lacks")
    copy.set_defaults(handler=run_copy)


def run_upgrade(args: argparse.Namespace) -> int:
    try:
        settings = settings_from(args.config)
        asyncio.run(_upgrade(settings.database))
    except StoreError as error:
        say(error, err=True)
        return 1
    say(f"{settings.database_url.shown}: schema is up to date")
    return 0


async def _upgrade(database: Path | str) -> None:
    store = await open_store(database)  # a writer's open migrates
    await store.close()


def run_copy(args: argparse.Namespace) -> int:
    try:
        source = parse_database_url(args.source, Path.cwd())
        target = parse_database_url(args.target, Path.cwd())
        bar = ProgressBar(sys.stderr)
        written = asyncio.run(copy_database(source, target, merge=args.merge, progress=bar))
    except StoreError as error:
        say(f"quizbot db copy: {error}", err=True)
        return 1
    say(summary(source, target, written))
    return 0


def summary(source: DatabaseUrl, target: DatabaseUrl, written: dict[str, int]) -> str:
    copied = ", ".join(f"{written[t.name]} {t.name}" for t in TABLES if written[t.name])
    return (
        f"Copied {copied or 'nothing new'} from {source.shown} to {target.shown};"
        " every row of the source is in the target."
    )


class ProgressBar:
    """One bar per table: redrawn in place on a terminal, one line per table otherwise."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.live = out.isatty()

    def __call__(self, table: str, done: int, total: int) -> None:
        if not self.live and done < total:
            return
        filled = BAR_WIDTH if total == 0 else BAR_WIDTH * done // total
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        line = f"{table:<18} [{bar}] {done}/{total}"
        if self.live:
            self.out.write("\r" + line + ("\n" if done >= total else ""))
        else:
            self.out.write(line + "\n")
        self.out.flush()
