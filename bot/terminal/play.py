"""`quizbot play`: one quiz session for the person at the terminal."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

from bot.engine.models import QuizSet
from bot.engine.review import ReviewScheduler
from bot.engine.session import Mode, Player
from bot.engine.teams import TeamRoster
from bot.game.clock import SystemClock
from bot.game.registry import Place
from bot.game.starting import Host, StartRequest, start_session
from bot.game.wording import plural
from bot.settings import Settings
from bot.terminal import texts
from bot.terminal.console import Console, LineSource
from bot.terminal.loop import LOCAL_SCOPE, play_session
from bot.terminal.setup import (
    choose_set,
    local_player,
    opened_store,
    player_errors,
    settings_from,
    store_errors,
)

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
    with store_errors():
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
    async with opened_store(settings.database) as store:
        clock = SystemClock()
        with player_errors():
            started = await start_session(
                Host(store, clock, ReviewScheduler()),
                Place(LOCAL_SCOPE, CHANNEL),
                settings.quiz,
                start_request(request, player),
                sets={quiz.name: quiz},
                starter_id=player.id,
                # A fixed seed promises a repeatable game: the channel's history must not shift it.
                avoid_recent=request.seed is None,
            )
        session = started.session
        glyphs = texts.FANCY if console.fancy else texts.PLAIN
        roster = session.options.roster
        mode = "teams" if roster else session.mode
        playing = f"playing as {player.name}"
        if roster:
            playing += f" for team {roster.teams[0].name}"
        console.line(
            f"{quiz.title} {glyphs.dot} {plural(session.total, 'question')}"
            f" {glyphs.dot} {mode} {glyphs.dot} {playing}"
        )
        await play_session(started, clock, player, console, source)


def start_request(request: PlayRequest, player: Player) -> StartRequest:
    """What `quizbot play` asks of the game layer; a team game has the local player alone
    in the team they named."""
    with player_errors():
        roster = TeamRoster.single(request.team, [player.id]) if request.team else None
    return StartRequest(
        questions=request.questions,
        mode=request.mode,
        tags=request.tags,
        difficulties=request.difficulties,
        seed=request.seed,
        roster=roster,
        solo_pause=False,
    )
