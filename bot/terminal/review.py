"""`quizbot review`: the player's due spaced-repetition cards, asked as a solo session.

The session is an ordinary one over sets trimmed to the due questions, so the
same judge, hints, scoring and recorder (which updates the cards) apply.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bot.engine.loader import Bank
from bot.engine.review import ReviewScheduler
from bot.engine.session import Player
from bot.game import SystemClock
from bot.game.mastery import END_OF_TIME
from bot.game.registry import Place
from bot.game.reviewing import due_keys, due_sets, review_request
from bot.game.starting import Host, start_session
from bot.game.wording import duration, plural
from bot.settings import Settings
from bot.store.base import Store
from bot.terminal.console import Console, LineSource
from bot.terminal.loop import LOCAL_SCOPE, play_session
from bot.terminal.setup import (
    add_file_sets,
    load_sets,
    local_player,
    missing_files_line,
    opened_store,
    player_errors,
    settings_from,
    store_errors,
)

CHANNEL = "terminal-review"


@dataclass(frozen=True, slots=True)
class ReviewRequest:
    name: str | None = None
    limit: int = 20
    config: Path | None = None


def run_review(request: ReviewRequest, console: Console, source: LineSource) -> int:
    settings = settings_from(request.config)
    player = local_player(request.name)
    bank = load_sets(settings)
    with store_errors():
        asyncio.run(_review(request, settings, bank, player=player, console=console, source=source))
    return 0


async def _review(
    request: ReviewRequest,
    settings: Settings,
    bank: Bank,
    *,
    player: Player,
    console: Console,
    source: LineSource,
) -> None:
    async with opened_store(settings.database) as store:
        now = SystemClock().wall()
        keys = await due_keys(store, LOCAL_SCOPE, player.id, now, request.limit)
        missing = add_file_sets(bank, (set_name for set_name, _ in keys))
        sets = due_sets(bank.sets, keys)
        if missing:
            console.line(missing_files_line(missing, settings))
        if not sets:
            console.line(await nothing_due(store, player, now, stale=len(keys)))
            return
        clock = SystemClock()
        with player_errors():
            started = await start_session(
                Host(store, clock, ReviewScheduler()),
                Place(LOCAL_SCOPE, CHANNEL),
                settings.quiz,
                review_request(sets, solo_pause=False),
                sets={quiz.name: quiz for quiz in sets},
                starter_id=player.id,
                # Reviewing is practice: it moves cards and stats, not the leaderboard.
                award_points=False,
                avoid_recent=False,
            )
        total = started.session.total
        console.line(f"Review: {plural(total, 'card')} due for {player.name}")
        await play_session(started, clock, player, console, source)
        console.line(await next_due_line(store, player, SystemClock().wall()))


async def nothing_due(store: Store, player: Player, now: datetime, *, stale: int) -> str:
    if stale:
        return (
            f"{plural(stale, 'due card')} refer to questions no longer in the bank;"
            " nothing else to review."
        )
    return await next_due_line(store, player, now, first="Nothing to review right now.")


async def next_due_line(
    store: Store, player: Player, now: datetime, first: str = "Review done."
) -> str:
    cards = await store.due_cards(LOCAL_SCOPE, player.id, END_OF_TIME, 1)
    if not cards:
        return f"{first} No review cards yet: play a quiz first (quizbot play)."
    due = cards[0].due
    if due <= now:
        return f"{first} A card is due now: run quizbot review again."
    when = due.strftime("%Y-%m-%d %H:%M UTC")
    return f"{first} The next card is due in {duration(due - now)} ({when})."
