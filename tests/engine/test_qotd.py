from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.engine.qotd import QotdAnswer, QuestionOfTheDay, daily_streak
from bot.engine.session import Player

from .session.conftest import make_set, text_q

OPENED = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
ANN, BEN, CAT = Player("1", "Ann"), Player("2", "Ben"), Player("3", "Cat")


def qotd(**extra: object) -> QuestionOfTheDay:
    quiz = make_set("daily", [text_q("q1", "Ouagadougou", explain="It is the capital.")])
    return QuestionOfTheDay(("daily", "q1"), quiz.questions[0], quiz, OPENED, **extra)  # type: ignore[arg-type]


def test_each_player_answers_once_within_the_window() -> None:
    day = qotd()
    assert day.closes_at == OPENED + timedelta(hours=23)
    first = day.answer(ANN, "Ouagadougou", OPENED + timedelta(hours=1))
    assert first.outcome == "accepted" and first.answer is not None
    assert first.answer.correct and first.answer.points == 20
    again = day.answer(ANN, "something else", OPENED + timedelta(hours=2))
    assert again.outcome == "already_answered" and again.answer == first.answer
    assert day.answer(BEN, "   ", OPENED).outcome == "empty"
    assert day.answer(BEN, "Paris", OPENED - timedelta(seconds=1)).outcome == "not_open"
    assert day.answer(BEN, "Ouagadougou", day.closes_at).outcome == "closed"
    assert len(day.answers) == 1


def test_the_close_summary_counts_and_orders_the_fastest_right_answers() -> None:
    day = qotd(open_for=timedelta(hours=2))
    day.answer(CAT, "Ouagadougou", OPENED + timedelta(minutes=30))
    day.answer(BEN, "Bamako", OPENED + timedelta(minutes=1))
    day.answer(ANN, "ouagadugu", OPENED + timedelta(minutes=5))
    summary = day.summary()
    assert (summary.answer, summary.explain) == ("Ouagadougou", "It is the capital.")
    assert (summary.answered, summary.right) == (3, 2)
    assert [a.player for a in summary.fastest] == [ANN, CAT]
    assert summary.fastest[0].seconds_after(OPENED) == 300


def test_answers_saved_before_a_restart_still_count() -> None:
    saved = QotdAnswer(ANN, "Ouagadougou", True, 20, OPENED + timedelta(minutes=2))
    day = qotd(answers=[saved])
    assert day.answer(ANN, "again", OPENED + timedelta(hours=1)).outcome == "already_answered"
    assert day.summary().right == 1
    day.forget(ANN.id)
    assert day.answer(ANN, "again", OPENED + timedelta(hours=1)).outcome == "accepted"


def test_a_window_must_be_sensible() -> None:
    with pytest.raises(ValueError, match="1 minute to 47 hours"):
        qotd(open_for=timedelta(days=3))


D = date(2026, 5, 10)


def days_ago(*offsets: int, right: bool = True) -> list[tuple[date, bool]]:
    return [(D - timedelta(days=o), right) for o in offsets]


def test_daily_streak_counts_consecutive_right_days() -> None:
    assert daily_streak(days_ago(0, 1, 2), D) == (3, 3)
    # Today's question not answered yet: yesterday's run still stands.
    assert daily_streak(days_ago(1, 2), D) == (2, 2)
    # A gap ends it; the best run is remembered.
    assert daily_streak(days_ago(0, 4, 5, 6, 7), D) == (1, 4)
    assert daily_streak(days_ago(3, 4), D) == (0, 2)
    # A wrong answer today ends the current run at once.
    assert daily_streak(days_ago(1, 2) + days_ago(0, right=False), D) == (0, 2)
    assert daily_streak([], D) == (0, 0)
