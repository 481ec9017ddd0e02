"""Whatever the answers and whenever they come, a card stays well formed."""

from datetime import UTC, datetime, timedelta

from fsrs import Rating
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine.review import CardState, ReviewScheduler

START = datetime(2026, 1, 1, tzinfo=UTC)
SCHEDULER = ReviewScheduler()  # immutable after construction, safe to share between examples

answers = st.lists(
    st.tuples(
        st.sampled_from(list(Rating)),
        # Answer early, on time or long after the due time.
        st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=400)),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(answers)
def test_every_review_schedules_a_future_time_and_round_trips(
    history: list[tuple[Rating, timedelta]],
) -> None:
    card_json: str | None = None
    now = START
    for rating, wait in history:
        result = SCHEDULER.review(card_json, rating, now)
        assert result.due > now
        assert result.interval == result.due - now
        assert result.due.utcoffset() == timedelta(0)
        assert result.state in {"learning", "review", "relearning"}
        if rating is Rating.Again:
            assert result.interval <= timedelta(minutes=10)
        assert CardState.from_json(result.card_json).to_json() == result.card_json
        assert 0.0 <= SCHEDULER.retrievability(result.card_json, now + wait) <= 1.0
        assert SCHEDULER.review(card_json, rating, now) == result  # same input, same answer
        card_json = result.card_json
        now = now + wait
