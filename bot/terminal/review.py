"""`quizbot review`: the player's due spaced-repetition cards, asked as a solo session.

The session is an ordinary one over sets trimmed to the due questions, so the
same judge, hints, scoring and recorder (which updates the cards) apply.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from bot.engine.loader import Bank
from bot.engine.models import QuizSet
from bot.engine.review import pick_due
from bot.engine.session import Player, SessionOptions
from bot.game import SystemClock
from bot.settings import Settings
from bot.store.aio import AsyncStore
from bot.store.records import DueCard
from bot.terminal import texts
from bot.terminal.console import Console, LineSource
from bot.terminal.loop import LOCAL_SCOPE, play_session
from bot.terminal.play import new_session, open_store
from bot.terminal.setup import load_sets, local_player, settings_from
from bot.terminal.stats import END_OF_TIME

logger = logging.getLogger(__name__)

CHANNEL = "terminal-review"
CardKey = tuple[str, str]


@dataclass(frozen=True, slots=True)
class ReviewRequest:
    name: str | None = None
    limit: int = 20
    config: Path | None = None


def run_review(request: ReviewRequest, console: Console, source: LineSource) -> int:
    settings = settings_from(request.config)
    player = local_player(request.name)
    bank = load_sets(settings)
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
    store = await open_store(settings)
    try:
        now = SystemClock().wall()
        due = await store.due_cards(LOCAL_SCOPE, player.id, now, request.limit)
        keys = pick_due([(_key(c), c.card_json, c.due) for c in due], now, request.limit)
        sets = due_sets(bank, keys)
        if not sets:
            console.line(await nothing_due(store, player, now, stale=len(keys)))
            return
        options = review_options(sets, settings, player)
        session = new_session(options)
        console.line(f"Review: {texts.plural(session.total, 'card')} due for {player.name}")
        await play_session(session, store, player, console, source, channel=CHANNEL)
        console.line(await next_due_line(store, player, SystemClock().wall()))
    finally:
        await store.close()


def _key(card: DueCard) -> CardKey:
    return (card.set_name, card.question_id)


def due_sets(bank: Bank, keys: list[CardKey]) -> tuple[QuizSet, ...]:
    """Each set cut down to its due questions; cards of questions gone from the bank are left."""
    wanted: dict[str, set[str]] = {}
    for set_name, question_id in keys:
        wanted.setdefault(set_name, set()).add(question_id)
    trimmed = []
    for set_name, ids in wanted.items():
        quiz = bank.get(set_name)
        if quiz is None:
            continue
        questions = [q for q in quiz.questions if q.id in ids]
        if questions:
            # model_copy keeps the set's name and the questions as loaded (judge data, peers).
            trimmed.append(quiz.model_copy(update={"questions": questions}))
    return tuple(trimmed)


def review_options(sets: tuple[QuizSet, ...], settings: Settings, player: Player) -> SessionOptions:
    rules = settings.quiz
    return SessionOptions(
        sets=sets,
        questions=sum(len(s.questions) for s in sets),
        mode="solo",
        time_limit=rules.time_limit,
        hint_schedule=rules.hint_schedule,
        guess_limit=rules.guess_limit,
        starter_id=player.id,
    )


async def nothing_due(store: AsyncStore, player: Player, now: datetime, *, stale: int) -> str:
    if stale:
        return (
            f"{texts.plural(stale, 'due card')} refer to questions no longer in the bank;"
            " nothing else to review."
        )
    return await next_due_line(store, player, now, first="Nothing to review right now.")


async def next_due_line(
    store: AsyncStore, player: Player, now: datetime, first: str = "Review done."
) -> str:
    cards = await store.due_cards(LOCAL_SCOPE, player.id, END_OF_TIME, 1)
    if not cards:
        return f"{first} No review cards yet: play a quiz first (quizbot play)."
    due = cards[0].due
    if due <= now:
        return f"{first} A card is due now: run quizbot review again."
    when = due.strftime("%Y-%m-%d %H:%M UTC")
    return f"{first} The next card is due in {duration(due - now)} ({when})."


def duration(span: timedelta) -> str:
    minutes = max(round(span.total_seconds() / 60), 1)
    if minutes < 120:
        return texts.plural(minutes, "minute")
    hours = round(minutes / 60)
    if hours < 48:
        return texts.plural(hours, "hour")
    return texts.plural(round(hours / 24), "day")
