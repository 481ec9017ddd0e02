"""From settings and a player's request to a session and the recorder that stores it.

Every front-end starts its games here: `/quiz start`, private practice and review
on Discord, `quizbot play` and `quizbot review` at the terminal. Precedence: what
the player asked for, then the server's overrides (already folded into `rules`
by `bot.settings.effective`), then bot.yaml.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from bot.engine.errors import SessionError
from bot.engine.models import QuizSet
from bot.engine.review import ReviewScheduler
from bot.engine.session import Mode, QuestionKey, Session, SessionOptions
from bot.engine.teams import TeamRoster
from bot.game.clock import Clock
from bot.game.recorder import PlayContext, Recorder
from bot.game.registry import Place
from bot.settings import QuizSettings
from bot.store.base import Store


@dataclass(frozen=True, slots=True)
class StartRequest:
    """What the player asked for; None and empty mean "the settings' default"."""

    set_name: str | None = None
    questions: int | None = None
    mode: Mode | None = None
    tags: frozenset[str] = frozenset()
    difficulties: frozenset[str] = frozenset()
    seed: int | None = None
    roster: TeamRoster | None = None  # a team game
    # A solo game at the terminal moves on at once after each reveal; on Discord it
    # keeps the pause, so the reveal can be read before the next question arrives.
    solo_pause: bool = True


@dataclass(frozen=True, slots=True)
class Started:
    session: Session
    recorder: Recorder


def parse_tags(text: str | None) -> frozenset[str]:
    """Tags typed as one comma-separated option."""
    if not text:
        return frozenset()
    return frozenset(t.strip().casefold() for t in text.split(",") if t.strip())


def choose_sets(sets: Mapping[str, QuizSet], name: str | None) -> tuple[QuizSet, ...]:
    if not sets:
        raise SessionError(
            "No quiz sets are loaded. An admin can add some and `/quizadmin reload`."
        )
    if name is None or not name.strip():
        return tuple(sets.values())
    wanted = name.strip().casefold()
    if wanted in sets:
        return (sets[wanted],)
    raise SessionError(
        f"There is no quiz set named `{name.strip()[:64]}`; `/quiz sets` lists them."
    )


def session_options(
    rules: QuizSettings,
    request: StartRequest,
    *,
    sets: Mapping[str, QuizSet],
    starter_id: str,
    avoid: frozenset[QuestionKey] = frozenset(),
) -> SessionOptions:
    """Raises SessionError (with a message fit for the player) when the request cannot be met."""
    mode = request.mode or rules.mode
    keep_pause = mode != "solo" or request.solo_pause
    return SessionOptions(
        sets=choose_sets(sets, request.set_name),
        questions=request.questions or rules.questions,
        mode=mode,
        tags=request.tags,
        difficulties=request.difficulties,
        seed=request.seed,
        roster=request.roster,
        time_limit=rules.time_limit,
        hint_schedule=rules.hint_schedule,
        guess_limit=rules.guess_limit,
        reveal_pause=rules.reveal_pause if keep_pause else None,
        avoid_question_ids=avoid,
        starter_id=starter_id,
    )


@dataclass(frozen=True, slots=True)
class Host:
    """What starting a game needs from the front-end's surroundings."""

    store: Store
    clock: Clock
    scheduler: ReviewScheduler | None


async def start_session(
    host: Host,
    place: Place,
    rules: QuizSettings,
    request: StartRequest,
    *,
    sets: Mapping[str, QuizSet],
    starter_id: str,
    award_points: bool = True,
    avoid_recent: bool = True,
) -> Started:
    """A new session at `place` and its recorder. Questions asked recently at the same
    place are avoided unless `avoid_recent` is off (a fixed seed, a review)."""
    recent = await host.store.recent_questions(place.scope, place.channel) if avoid_recent else ()
    options = session_options(
        rules, request, sets=sets, starter_id=starter_id, avoid=frozenset(recent)
    )
    session = Session(options)
    context = PlayContext(place.scope, place.channel, uuid.uuid4().hex)
    recorder = Recorder(host.store, context, host.clock, host.scheduler, award_points=award_points)
    # The session's first write: a store that cannot write refuses the game here, before
    # anything is announced (NotStoredError).
    await recorder.begin()
    return Started(session, recorder)
