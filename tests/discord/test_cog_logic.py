"""The cog's pure parts, in-process: embeds, feedback wording, start options, checks."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import discord
import pytest

from bot.engine.errors import SessionError
from bot.engine.loader import load_quiz_text
from bot.engine.models import QuizSet
from bot.engine.session import (
    AnswerJudged,
    Event,
    Player,
    QuestionAsked,
    Reveal,
    Session,
    SessionFinished,
    SessionOptions,
)
from bot.exts.admin.cog import settings_embed
from bot.exts.ui import embeds
from bot.exts.ui.checks import is_manager, is_moderator, may_start
from bot.exts.ui.replies import feedback
from bot.game.starting import StartRequest, parse_tags, session_options
from bot.settings import GuildOverrides, QuizSettings, effective
from bot.store import AnswerRecord, SqliteStore

from .quizzes import TRIVIA_YAML

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
ALICE = Player("1", "alice")
SNEAKY = Player("2", "@everyone *bold* `code`")


@pytest.fixture(scope="module")
def trivia() -> QuizSet:
    return load_quiz_text(TRIVIA_YAML, "trivia", "trivia.yaml")


def only_question(quiz: QuizSet, question_id: str) -> Session:
    single = quiz.model_copy(
        update={"questions": [q for q in quiz.questions if q.id == question_id]}
    )
    session = Session(SessionOptions(sets=(single,), questions=1, seed=1, reveal_pause=0))
    return session


def first(events: list[Event], kind: type[Event]) -> Event:
    return next(e for e in events if isinstance(e, kind))


def test_question_embed_shows_number_countdown_help_and_hints(trivia: QuizSet) -> None:
    session = only_question(trivia, "river")
    asked = first(session.start(0.0), QuestionAsked)
    assert isinstance(asked, QuestionAsked)
    embed = embeds.question_embed(
        asked, hints=("It starts with S.",), closes_at=NOW, mode="race", typed_in_channel=True
    )
    assert embed.title == "Question 1/1"
    assert embed.author.name == "Test Trivia"
    assert f"<t:{int(NOW.timestamp())}:R>" in str(embed.description)
    assert "/quiz answer" in str(embed.description)
    assert embed.fields[0].name == "Hints" and embed.fields[0].value == "1. It starts with S."
    silent = embeds.question_embed(
        asked, hints=(), closes_at=NOW, mode="poll", typed_in_channel=False
    )
    assert "Type your answer here" not in str(silent.description)
    assert "One answer each" in str(silent.description)


def test_choice_help_points_at_the_buttons(trivia: QuizSet) -> None:
    asked = first(only_question(trivia, "planet").start(0.0), QuestionAsked)
    assert isinstance(asked, QuestionAsked) and asked.choices[1] == "Jupiter"
    embed = embeds.question_embed(
        asked, hints=(), closes_at=NOW, mode="race", typed_in_channel=True
    )
    assert "button" in str(embed.description)


def test_reveal_escapes_what_players_typed(trivia: QuizSet) -> None:
    session = only_question(trivia, "river")
    session.start(0.0)
    session.answer(SNEAKY, "@everyone **Thames**", 1.0)
    events = session.answer(ALICE, "seine", 2.0)
    reveal = first(events, Reveal)
    assert isinstance(reveal, Reveal)
    embed = embeds.reveal_embed(reveal, next_at=None)
    assert embed.title is not None and "alice got it" in embed.title
    assert "The Seine crosses Paris" in str(embed.description)
    misses = str({f.name: f.value for f in embed.fields}["Other answers"])
    assert "@everyone \\*\\*Thames\\*\\*" in misses  # shown, with markdown defused
    assert "@\u200beveryone \\*bold\\* \\`code\\`" in misses  # the name cannot ping or format


def test_standings_embed_ranks_with_medals(trivia: QuizSet) -> None:
    session = only_question(trivia, "river")
    session.start(0.0)
    events = session.answer(ALICE, "Seine", 1.0)
    finished = first(events, SessionFinished)
    assert isinstance(finished, SessionFinished)
    text = str(embeds.standings_embed(finished).description)
    assert text.startswith("1 of 1 questions asked.")
    assert "\N{FIRST PLACE MEDAL} **alice**" in text and "1/1 right" in text


def test_long_texts_are_clipped_to_discord_limits() -> None:
    assert len(embeds.clip("x" * 5000, 4096)) == 4096
    assert embeds.clip("short", 10) == "short"
    assert len(embeds.quoted_answer("word " * 100)) <= embeds.MAX_ANSWER_CHARS


def test_feedback_for_each_outcome(trivia: QuizSet) -> None:
    session = only_question(trivia, "painter")
    session.start(0.0)
    wrong = feedback(session.answer(ALICE, "Picasso", 1.0), ALICE.id)
    assert wrong.outcome == "wrong" and "2 guesses left" in wrong.text
    close = feedback(session.answer(ALICE, "Vinci", 2.0), ALICE.id)
    assert close.outcome == "close" and close.text.endswith("is close! 1 guess left.")
    again = feedback(session.answer(ALICE, "Leonrd", 2.2), ALICE.id)
    assert again.outcome == "wrong", "close! is said at most once per player per question"
    assert feedback(session.answer(SNEAKY, "  ", 2.5), SNEAKY.id).text == "Your answer was empty."
    right = feedback(session.answer(SNEAKY, "da vinci", 3.0), SNEAKY.id)
    assert right.outcome == "right" and right.points > 0 and f"+{right.points}" in right.text
    assert feedback([], ALICE.id).outcome == "none"


def test_feedback_for_a_pick_keeps_the_result_for_the_reveal(trivia: QuizSet) -> None:
    session = only_question(trivia, "planet")
    session.start(0.0)
    said = feedback(session.pick(ALICE, 0, 1.0), ALICE.id, pick=0)
    assert said.outcome == "wrong" and said.text.startswith("You picked")
    again = feedback(session.pick(ALICE, 1, 2.0), ALICE.id, pick=1)
    assert again.outcome == "ignored" and "no guesses left" in again.text
    stale = feedback(session.pick(SNEAKY, 1, 2.5, number=7), SNEAKY.id, pick=1)
    assert stale.text == "That question is already closed."
    judged = session.pick(SNEAKY, 1, 3.0)
    assert any(isinstance(e, AnswerJudged) and e.correct for e in judged)


def test_start_options_take_request_then_guild_then_bot_yaml(trivia: QuizSet) -> None:
    quiz = QuizSettings(time_limit=30, questions=10, mode="race")
    guild = GuildOverrides(time_limit=12, questions=3, hints=False, mode="poll")
    options = session_options(
        effective(quiz, guild), StartRequest(questions=2), sets={"trivia": trivia}, starter_id="1"
    )
    assert (options.questions, options.mode, options.time_limit) == (2, "poll", 12)
    assert options.hint_schedule == ()
    plain = session_options(
        effective(quiz, GuildOverrides()), StartRequest(), sets={"trivia": trivia}, starter_id="1"
    )
    assert (plain.questions, plain.mode, plain.hint_schedule) == (10, "race", (0.4, 0.7))
    tagged = session_options(
        effective(quiz, GuildOverrides()),
        StartRequest(
            set_name="Trivia",
            tags=parse_tags(" People, places ,"),
            difficulties=frozenset({"Easy"}),
        ),
        sets={"trivia": trivia},
        starter_id="1",
    )
    assert tagged.tags == {"people", "places"} and tagged.difficulties == {"easy"}


def test_unknown_set_or_empty_library_is_a_clear_error(trivia: QuizSet) -> None:
    quiz = QuizSettings()
    with pytest.raises(SessionError, match="no quiz set named `nope`"):
        session_options(
            effective(quiz, GuildOverrides()),
            StartRequest(set_name="nope"),
            sets={"trivia": trivia},
            starter_id="1",
        )
    with pytest.raises(SessionError, match="No quiz sets are loaded"):
        session_options(effective(quiz, GuildOverrides()), StartRequest(), sets={}, starter_id="1")


def test_stored_guild_settings_that_no_longer_validate_are_dropped() -> None:
    stored = {"time_limit": 2, "questions": 5, "mode": "chaos", "hints": False, "old": 1}
    overrides = GuildOverrides.from_stored(stored)
    assert overrides.to_stored() == {"questions": 5, "hints": False}
    assert overrides.merged(mode="solo", questions=None).to_stored() == {
        "questions": 5,
        "hints": False,
        "mode": "solo",
    }
    shown = str(settings_embed(effective(QuizSettings(), overrides), overrides).description)
    assert "Questions: 5 (this server)" in shown and "Hints: off (this server)" in shown
    assert "Time limit: 30 s\n" in shown


def test_permission_checks() -> None:
    assert is_moderator(discord.Permissions(manage_messages=True))
    assert not is_moderator(discord.Permissions(send_messages=True))
    assert is_manager(discord.Permissions(manage_guild=True))
    assert is_manager(discord.Permissions(administrator=True))
    assert not is_manager(discord.Permissions(manage_messages=True))
    # Without a starter role anyone may start; with one, a plain user object never may.
    user = discord.Object(5)
    assert may_start(user, None)  # type: ignore[arg-type]
    assert not may_start(user, "Quizmaster")  # type: ignore[arg-type]


async def test_stats_and_leaderboard_embeds_count_questions_like_the_game(tmp_path: Path) -> None:
    """Two guesses at one question and one at another: 2/2 right, 3 guesses, everywhere."""
    async with await SqliteStore.open(tmp_path / "scores.db") as store:
        for question_id, correct in (("river", False), ("river", True), ("peak", True)):
            await store.record_answer(
                AnswerRecord(
                    "u1", "ann", "g1", "c1", "s1", "trivia", question_id, ("places",),
                    correct, 10 if correct else 0, 2.0, 0, datetime(2025, 1, 1, tzinfo=UTC),
                )
            )  # fmt: skip
        stats = await store.player_stats("g1", "u1")
        board = await store.leaderboard("g1", "all", datetime(2025, 1, 2, tzinfo=UTC))
    text = str(embeds.stats_embed(stats, "ann").description)
    assert "2/2 right (100%)" in text and "3 guesses" in text
    assert "2/2 right" in str(embeds.leaderboard_embed(board, "all").description)
    fields = {f.name: str(f.value) for f in embeds.stats_embed(stats, "ann").fields}
    assert fields["By tag"] == "places: 2/2 right (100%)"
