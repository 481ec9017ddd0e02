import itertools
from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Rating

from bot.engine.review import ReviewError, ReviewScheduler, pick_due

NOW = datetime(2026, 5, 10, 12, 0, tzinfo=UTC)
Key = tuple[int, str, str]


def card(qid: str, due_offset: timedelta, player: int = 42) -> tuple[Key, str, datetime]:
    return ((player, "seed", qid), "{}", NOW + due_offset)


def test_only_due_cards_most_overdue_first() -> None:
    cards = [
        card("soon", timedelta(minutes=5)),
        card("week-late", -timedelta(days=7)),
        card("just-due", timedelta(0)),
        card("hour-late", -timedelta(hours=1)),
    ]
    assert pick_due(cards, NOW, 10) == [
        (42, "seed", "week-late"),
        (42, "seed", "hour-late"),
        (42, "seed", "just-due"),
    ]


def test_limit_keeps_the_most_overdue() -> None:
    cards = [card(f"q{i}", -timedelta(hours=i)) for i in range(1, 6)]
    assert pick_due(cards, NOW, 2) == [(42, "seed", "q5"), (42, "seed", "q4")]
    assert pick_due(cards, NOW, 0) == []


def test_equal_due_times_are_ordered_by_key_whatever_the_input_order() -> None:
    same = -timedelta(hours=2)
    cards = [card("b", same), card("a", same, player=7), card("c", same), card("a", same)]
    expected = [(7, "seed", "a"), (42, "seed", "a"), (42, "seed", "b"), (42, "seed", "c")]
    for order in itertools.permutations(cards):
        assert pick_due(order, NOW, 10) == expected


def test_upcoming_cards_fill_the_room_soonest_first_when_asked() -> None:
    cards = [
        card("next-week", timedelta(days=7)),
        card("late", -timedelta(days=1)),
        card("tomorrow", timedelta(days=1)),
    ]
    assert pick_due(cards, NOW, 10) == [(42, "seed", "late")]
    assert pick_due(cards, NOW, 2, include_upcoming=True) == [
        (42, "seed", "late"),
        (42, "seed", "tomorrow"),
    ]


def test_naive_times_and_bad_limits_are_refused() -> None:
    naive = datetime(2026, 5, 10, 12, 0)
    with pytest.raises(ReviewError, match="naive"):
        pick_due([card("a", timedelta(0))], naive, 5)
    with pytest.raises(ReviewError, match="due time of card"):
        pick_due([((1, "s", "a"), "{}", naive)], NOW, 5)
    with pytest.raises(ReviewError, match="limit"):
        pick_due([], NOW, -1)


def test_after_a_session_only_the_missed_questions_are_due_soon() -> None:
    scheduler = ReviewScheduler()
    answers = {"capital": Rating.Again, "year": Rating.Good, "leader": Rating.Again}
    stored: list[tuple[Key, str, datetime]] = []
    for qid, rating in answers.items():
        result = scheduler.review(None, rating, NOW)
        stored.append(((42, "seed", qid), result.card_json, result.due))
    five_minutes_on = NOW + timedelta(minutes=5)
    assert pick_due(stored, five_minutes_on, 10) == [
        (42, "seed", "capital"),
        (42, "seed", "leader"),
    ]
    assert pick_due(stored, NOW + timedelta(minutes=30), 10) == [
        (42, "seed", "capital"),
        (42, "seed", "leader"),
        (42, "seed", "year"),
    ]
