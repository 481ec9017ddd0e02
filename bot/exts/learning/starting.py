"""Starting `/quiz practice` and `/quiz review`, and reading a member's learning statistics.

These take the bot as a small protocol (what they use of it), so the cog's
command bodies stay one line and the quiz rules stay in the engine.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping
from typing import Any, Protocol

import discord

from bot.engine.errors import QuizError
from bot.engine.models import QuizSet
from bot.engine.review import ReviewScheduler
from bot.engine.session import Session
from bot.exts.learning.mastery import WeakQuestion, weakest_questions
from bot.exts.learning.practice import Kind, PracticeSessions
from bot.exts.learning.review import REVIEW_LIMIT, nothing_due_text
from bot.exts.quiz.embeds import clip
from bot.exts.quiz.starting import GuildOverrides, StartRequest, effective, session_options
from bot.game.clock import Clock
from bot.game.mastery import END_OF_TIME, MAX_CARDS, TagMastery, tag_mastery
from bot.game.recorder import PlayContext, Recorder
from bot.game.reviewing import due_keys, due_sets, review_options
from bot.settings import Settings
from bot.store.aio import AsyncStore
from bot.store.records import PlayerStats

logger = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()
PRACTICE_MAX_QUESTIONS = 20
PRACTICE_DEFAULT_QUESTIONS = 5


class SetSource(Protocol):
    def sets_for(self, scope: str) -> dict[str, QuizSet]: ...


class LearningHost(Protocol):
    @property
    def settings(self) -> Settings: ...

    @property
    def clock(self) -> Clock: ...

    @property
    def scheduler(self) -> ReviewScheduler: ...

    @property
    def practices(self) -> PracticeSessions: ...

    @property
    def library(self) -> SetSource: ...

    @property
    def store(self) -> AsyncStore: ...


def practice_channel(user_id: int) -> str:
    """The "channel" practice answers are recorded under: private to the member."""
    return f"practice-{user_id}"


def _where(interaction: discord.Interaction[Any]) -> tuple[str, int]:
    if interaction.guild_id is None:
        raise QuizError("Practice happens in a server, where your cards are kept.")
    return str(interaction.guild_id), interaction.user.id


async def start_practice(
    host: LearningHost,
    interaction: discord.Interaction[Any],
    *,
    set_name: str | None,
    questions: int | None,
) -> None:
    """Answer the command privately, then run a solo session shown only to the member."""
    scope, user_id = _where(interaction)
    store = host.store
    overrides = GuildOverrides.from_stored(await store.get_guild_settings(scope))
    count = min(questions or PRACTICE_DEFAULT_QUESTIONS, PRACTICE_MAX_QUESTIONS)
    avoid = await store.recent_questions(scope, practice_channel(user_id))
    options = session_options(
        host.settings.quiz,
        overrides,
        StartRequest(set_name, count, "solo"),
        sets=host.library.sets_for(scope),
        starter_id=str(user_id),
        avoid=frozenset(avoid),
    )
    session = Session(options)
    names = ", ".join(sorted({p.key[0] for p in session.plan}))
    intro = (
        f"Private practice: {session.total} questions from {clip(names, 300)}. "
        "Only you see it; answers count for your statistics and review, not the leaderboard."
    )
    await _launch(host, interaction, session, intro, "Practice")


async def start_review(host: LearningHost, interaction: discord.Interaction[Any]) -> None:
    """Serve the member's due cards as a private solo session, or say when the next is due."""
    scope, user_id = _where(interaction)
    store, now = host.store, host.clock.wall()
    keys = await due_keys(store, scope, str(user_id), now, REVIEW_LIMIT)
    sets = due_sets(host.library.sets_for(scope), keys)
    if not sets:
        upcoming = await store.due_cards(scope, str(user_id), END_OF_TIME, 1)
        text = nothing_due_text(upcoming[0] if upcoming else None, now, stale=len(keys))
        await interaction.response.send_message(text, ephemeral=True)
        return
    overrides = GuildOverrides.from_stored(await store.get_guild_settings(scope))
    rules = effective(host.settings.quiz, overrides)
    options = review_options(sets, rules, str(user_id), pause=rules.reveal_pause)
    session = Session(options)
    intro = f"Review: {session.total} card{'s' if session.total != 1 else ''} due. Only you see it."
    await _launch(host, interaction, session, intro, "Review")


async def _launch(
    host: LearningHost,
    interaction: discord.Interaction[Any],
    session: Session,
    intro: str,
    kind: Kind,
) -> None:
    scope, user_id = _where(interaction)
    host.practices.check_room()
    await interaction.response.send_message(intro, ephemeral=True, allowed_mentions=NO_MENTIONS)
    context = PlayContext(scope, practice_channel(user_id), uuid.uuid4().hex)
    recorder = Recorder(host.store, context, host.clock, host.scheduler, award_points=False)
    host.practices.launch(
        guild_id=int(scope),
        user_id=user_id,
        anchor=interaction,
        session=session,
        clock=host.clock,
        recorder=recorder,
        kind=kind,
    )


async def learning_stats(
    host: LearningHost, scope: str, player_id: str, stats: PlayerStats
) -> tuple[list[TagMastery], list[WeakQuestion]]:
    """Mastery per tag (from review cards) and the weakest questions, for `/quiz stats`."""
    cards = await host.store.due_cards(scope, player_id, END_OF_TIME, MAX_CARDS)
    sets: Mapping[str, QuizSet] = host.library.sets_for(scope)
    tags = tag_mastery(cards, stats.per_tag, sets, host.scheduler, host.clock.wall())
    return tags, weakest_questions(stats, sets)
