"""The learning helpers on real parts: a real session, recorder and SQLite store, real embeds.

The Discord side (ephemeral followups, buttons, the modal) is tested end to end in
tests/discord/test_learning.py; here are the pieces that need no network.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml

from bot.engine.errors import QuizFileError
from bot.engine.loader import read_quiz_text
from bot.engine.models import QuizSet
from bot.engine.review import ReviewScheduler
from bot.engine.session import (
    Event,
    Miss,
    Player,
    QuestionAsked,
    QuestionTimedOut,
    Session,
    SessionOptions,
)
from bot.exts.admin.uploads import draft_file, problems_report
from bot.exts.learning import embeds
from bot.exts.learning.mastery import weakest_questions
from bot.exts.learning.review import REVIEW_LIMIT, nothing_due_text
from bot.game import ManualClock, PlayContext, Recorder, SessionRunner
from bot.game.mastery import END_OF_TIME, tag_mastery
from bot.game.reviewing import due_keys, due_sets
from bot.game.wording import due_in
from bot.store import SqliteStore, Store
from bot.store.records import DueCard

ALICE = Player("111", "Alice *star*")
SCOPE = "4242"
START = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)

QUIZ = """\
title: Capitals
questions:
  - id: fr
    ask: Capital of France?
    answer: Paris
    explain: Paris has been the capital for centuries.
    tags: [places]
  - id: ru
    ask: Capital of Russia?
    answer: Moscow
    tags: [places]
  - id: year
    type: year
    ask: In which year did the Berlin Wall fall?
    answer: 1989
    tags: [dates]
"""


def capitals() -> QuizSet:
    return read_quiz_text(QUIZ, "capitals", "capitals.yaml").quiz


class Collect:
    def __init__(self) -> None:
        self.events: list[Event] = []

    async def render(self, event: Event) -> None:
        self.events.append(event)


async def play_solo(
    store: Store, clock: ManualClock, answers: dict[str, str], sets: tuple[QuizSet, ...]
) -> list[Event]:
    """A solo session driven through the real runner; each question gets its given answer."""
    options = SessionOptions(
        sets=sets,
        questions=sum(len(s.questions) for s in sets),
        mode="solo",
        starter_id=ALICE.id,
        guess_limit=1,
        reveal_pause=0,
        seed=3,
    )
    session = Session(options)
    context = PlayContext(SCOPE, "practice-111", "s1")
    recorder = Recorder(store, context, clock, ReviewScheduler(), award_points=False)
    renderer = Collect()
    runner = SessionRunner(session, renderer, clock, recorder)
    task = asyncio.create_task(runner.run())
    answered = 0
    while not runner.finished:
        await asyncio.sleep(0)
        asked = [e for e in renderer.events if isinstance(e, QuestionAsked)]
        if len(asked) > answered:
            question = asked[-1]
            clock.advance(2)
            await runner.answer(ALICE, answers[question.key[1]], number=question.number)
            answered += 1
    await task
    return renderer.events


async def test_missed_practice_question_comes_back_in_review(tmp_path: Path) -> None:
    clock = ManualClock(START)
    store = await SqliteStore.open(tmp_path / "scores.db")
    try:
        sets = (capitals(),)
        await play_solo(store, clock, {"fr": "Paris", "ru": "Kyiv", "year": "1989"}, sets)
        stats = await store.player_stats(SCOPE, ALICE.id)
        assert (stats.answered, stats.correct) == (3, 2)
        assert stats.points == 0, "practice answers earn no leaderboard points"
        # Ten minutes on, only the miss is due; a day later the known ones are not yet.
        soon = clock.wall() + timedelta(minutes=11)
        assert await due_keys(store, SCOPE, ALICE.id, soon, REVIEW_LIMIT) == [("capitals", "ru")]
        trimmed = due_sets({"capitals": sets[0]}, [("capitals", "ru"), ("gone", "x")])
        assert [q.id for q in trimmed[0].questions] == ["ru"]
        assert trimmed[0].name == "capitals"
        # Mastery: places holds the miss, dates only a right answer.
        cards = await store.due_cards(SCOPE, ALICE.id, END_OF_TIME, 100)
        lines = tag_mastery(cards, stats.per_tag, {"capitals": sets[0]}, ReviewScheduler(), soon)
        by_tag = {line.tag: line for line in lines}
        assert by_tag["places"].cards == 2 and by_tag["dates"].cards == 1
        assert by_tag["places"].mastery is not None and by_tag["dates"].mastery is not None
        assert by_tag["places"].mastery < by_tag["dates"].mastery
        assert lines[0].tag == "places", "weakest tag first"
        weak = weakest_questions(stats, {"capitals": sets[0]})
        assert [(w.question_id, w.ask, w.missed) for w in weak] == [("ru", "Capital of Russia?", 1)]
    finally:
        await store.close()


async def test_review_session_over_due_cards_moves_the_card_on(tmp_path: Path) -> None:
    clock = ManualClock(START)
    store = await SqliteStore.open(tmp_path / "scores.db")
    try:
        quiz = capitals()
        await play_solo(store, clock, {"fr": "Lyon", "ru": "Moscow", "year": "1989"}, (quiz,))
        clock.advance(15 * 60)
        keys = await due_keys(store, SCOPE, ALICE.id, clock.wall(), REVIEW_LIMIT)
        assert keys == [("capitals", "fr")]
        events = await play_solo(store, clock, {"fr": "Paris"}, due_sets({"capitals": quiz}, keys))
        assert sum(isinstance(e, QuestionAsked) for e in events) == 1
        assert (
            await due_keys(
                store, SCOPE, ALICE.id, clock.wall() + timedelta(minutes=11), REVIEW_LIMIT
            )
            == []
        )
    finally:
        await store.close()


def test_reveal_shows_explanation_and_what_the_player_answered() -> None:
    reveal = QuestionTimedOut(
        number=2,
        key=("capitals", "fr"),
        answer="Paris",
        explain="Paris has been the capital for centuries.",
        winners=(),
        misses=(Miss(ALICE, ("Lyon", "**Marseille** @everyone")),),
        at=1.0,
        next_at=None,
        reason="out_of_guesses",
    )
    embed = embeds.reveal_embed(reveal, ALICE.id).to_dict()
    assert "Missed" in embed["title"]
    assert "Paris has been the capital" in embed["description"]
    field = embed["fields"][0]
    assert field["name"] == "You answered"
    assert "Lyon" in field["value"] and "\\*\\*Marseille\\*\\*" in field["value"]
    assert "/quiz review" in embed["footer"]["text"]
    other = embeds.reveal_embed(reveal, "someone-else").to_dict()
    assert "fields" not in other and "Time's up" in other["title"]


def test_nothing_due_texts() -> None:
    now = START
    card = DueCard(SCOPE, ALICE.id, "capitals", "fr", "{}", now + timedelta(hours=3))
    assert "due in 3 hours" in nothing_due_text(card, now)
    assert "No review cards yet" in nothing_due_text(None, now)
    assert "no longer loaded" in nothing_due_text(None, now, stale=2)
    assert due_in(now + timedelta(minutes=1), now) == "in 1 minute"
    assert due_in(now + timedelta(days=3), now) == "in 3 days"
    assert due_in(now - timedelta(days=3), now) == "now"


def test_long_problem_reports_go_to_an_attached_file() -> None:
    bad = "title: x\nquestions:\n" + "".join(
        f"  - id: q{i}\n    ask: Question {i}?\n" for i in range(14)
    )
    with pytest.raises(QuizFileError) as caught:
        read_quiz_text(bad, "bad", "bad.yaml")
    problems = caught.value.problems
    assert len(problems) == 14
    embed, report = problems_report("Upload refused", problems, report_name="bad-problems.txt")
    assert report is not None
    text = report.fp.read().decode("utf-8")
    assert text.count("`answer` is missing") == 14 and "bad.yaml:29:5" in text
    assert "and 4 more" in (embed.description or "")
    short_embed, none = problems_report("Upload refused", problems[:2], report_name="x.txt")
    assert none is None and "bad.yaml:" in (short_embed.description or "")


def test_draft_file_is_a_valid_question_file() -> None:
    article = (
        "Mayor Ana Ribeiro opened the Douro footbridge in Porto on Saturday. "
        "The bridge cost 38 million euros and opened in 2024. "
        "About 40% of residents had backed the plan in March 2021.\n"
    )
    file, count = draft_file(article.encode(), "../../porto bridge.txt")
    assert file.filename == "porto-bridge-draft.yaml"
    data = file.fp.read()
    assert count == len(yaml.safe_load(data)["questions"]) > 0
    assert len(read_quiz_text(data, "draft", "draft.yaml").quiz.questions) == count


class RecordingFollowup:
    """Stands in for an interaction webhook: keeps what would have been sent."""

    def __init__(self) -> None:
        self.sent: list[dict[str, object]] = []

    async def send(self, **kwargs: object) -> None:
        self.sent.append(kwargs)


class Anchor:
    def __init__(self) -> None:
        self.followup = RecordingFollowup()


def timed_out(number: int, misses: tuple[Miss, ...] = ()) -> QuestionTimedOut:
    return QuestionTimedOut(
        number=number,
        key=("capitals", "fr"),
        answer="Paris",
        explain="",
        winners=(),
        misses=misses,
        at=float(number),
        next_at=float(number) + 1,
    )


async def test_two_untouched_questions_in_a_row_end_a_practice() -> None:
    from bot.exts.learning.practice import PracticeRenderer

    ended: list[bool] = []
    anchor = Anchor()
    renderer = PracticeRenderer(
        anchor,  # type: ignore[arg-type]
        ManualClock(START),
        tag="ab12",
        player_id=ALICE.id,
        kind="Practice",
        guesses=3,
        on_end=lambda: ended.append(True),
    )
    await renderer.render(timed_out(1))
    await renderer.render(timed_out(2, (Miss(ALICE, ("Lyon",)),)))  # answered: not idle
    await renderer.render(timed_out(3))
    assert not ended
    await renderer.render(timed_out(4))
    assert ended == [True] and renderer.idle_stop
    assert len(anchor.followup.sent) == 4
    assert all(sent["ephemeral"] is True for sent in anchor.followup.sent)
