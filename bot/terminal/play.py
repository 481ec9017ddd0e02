"""`quizbot play`: one quiz session for the person at the terminal."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from pathlib import Path

from bot.engine.errors import SessionError
from bot.engine.models import QuizSet
from bot.engine.session import Mode, Player, Session, SessionOptions
from bot.engine.teams import TeamError, TeamRoster
from bot.settings import Settings
from bot.store.aio import AsyncStore
from bot.store.records import StoreError
from bot.terminal import texts
from bot.terminal.console import Console, LineSource
from bot.terminal.loop import LOCAL_SCOPE, play_session
from bot.terminal.setup import TerminalError, choose_set, local_player, settings_from

logger = logging.getLogger(__name__)

CHANNEL = "terminal"


@dataclass(frozen=True, slots=True)
class PlayRequest:
    """What `quizbot play` was asked for; None means "from bot.yaml" or "the default"."""

    set_name: str | None = None
    questions: int | None = None
    mode: Mode = "solo"
    # A team game: the local player plays for this team, under race rules.
    team: str | None = None
    seed: int | None = None
    name: str | None = None
    tags: frozenset[str] = frozenset()
    difficulties: frozenset[str] = frozenset()
    config: Path | None = None


def run_play(request: PlayRequest, console: Console, source: LineSource) -> int:
    """Play to the end; returns the exit status. Raises TerminalError for the player's errors."""
    settings = settings_from(request.config)
    player = local_player(request.name)
    quiz = choose_set(request.set_name, settings, console, source)
    asyncio.run(_play(request, settings, quiz, player=player, console=console, source=source))
    return 0


async def _play(
    request: PlayRequest,
    settings: Settings,
    quiz: QuizSet,
    *,
    player: Player,
    console: Console,
    source: LineSource,
) -> None:
    store = await open_store(settings)
    try:
        # A fixed seed promises a repeatable game, so the channel's history must not shift it.
        recent = (
            await store.recent_questions(LOCAL_SCOPE, CHANNEL) if request.seed is None else set()
        )
        session = new_session(session_options(request, settings, quiz, player, frozenset(recent)))
        glyphs = texts.FANCY if console.fancy else texts.PLAIN
        roster = session.options.roster
        mode = "teams" if roster else session.mode
        playing = f"playing as {player.name}"
        if roster:
            playing += f" for team {roster.teams[0].name}"
        console.line(
            f"{quiz.title} {glyphs.dot} {texts.plural(session.total, 'question')}"
            f" {glyphs.dot} {mode} {glyphs.dot} {playing}"
        )
        await play_session(session, store, player, console, source, channel=CHANNEL)
    finally:
        await store.close()


def session_options(
    request: PlayRequest,
    settings: Settings,
    quiz: QuizSet,
    player: Player,
    recent: frozenset[tuple[str, str]],
) -> SessionOptions:
    rules = settings.quiz
    try:
        roster = TeamRoster.single(request.team, [player.id]) if request.team else None
        return SessionOptions(
            sets=(quiz,),
            questions=request.questions or rules.questions,
            mode=request.mode,
            tags=request.tags,
            difficulties=request.difficulties,
            seed=request.seed,
            time_limit=rules.time_limit,
            hint_schedule=rules.hint_schedule,
            guess_limit=rules.guess_limit,
            # Solo moves on as soon as a question is settled; a race keeps the pause.
            reveal_pause=None if request.mode == "solo" else rules.reveal_pause,
            avoid_question_ids=recent,
            starter_id=player.id,
            roster=roster,
        )
    except (SessionError, TeamError) as error:
        raise TerminalError(str(error), 2) from None


def new_session(options: SessionOptions) -> Session:
    try:
        return Session(options)
    except SessionError as error:  # e.g. no question matches the filters
        raise TerminalError(str(error), 2) from None


async def open_store(settings: Settings) -> AsyncStore:
    try:
        return await AsyncStore.open_sqlite(settings.database)
    except StoreError as error:
        raise TerminalError(str(error), 1) from None
