import math

import pytest
from fsrs import Rating

from bot.engine.errors import QuizError
from bot.engine.review import FAST_ANSWER_SHARE, ReviewError, rating_for


@pytest.mark.parametrize(
    ("correct", "hints_used", "response_time", "time_limit", "expected"),
    [
        (False, 0, 1.0, 20.0, Rating.Again),  # wrong, however fast
        (False, 2, 15.0, 20.0, Rating.Again),  # wrong after hints
        (False, 0, 25.0, 20.0, Rating.Again),  # wrong and late
        (True, 1, 1.0, 20.0, Rating.Hard),  # right fast, but a hint was needed
        (True, 3, 19.0, 20.0, Rating.Hard),
        (True, 0, 0.0, 20.0, Rating.Easy),
        (True, 0, 5.0, 20.0, Rating.Easy),  # exactly 25% of the limit still counts as fast
        (True, 0, 5.01, 20.0, Rating.Good),  # just past 25%
        (True, 0, 12.0, 20.0, Rating.Good),
        (True, 0, 20.0, 20.0, Rating.Good),
        (True, 0, 30.0, 20.0, Rating.Good),  # a late right answer is still right
    ],
)
def test_rating_table(
    correct: bool, hints_used: int, response_time: float, time_limit: float, expected: Rating
) -> None:
    assert rating_for(correct, hints_used, response_time, time_limit) is expected


def test_fast_threshold_is_a_quarter_of_the_time_limit() -> None:
    assert FAST_ANSWER_SHARE == 0.25
    assert rating_for(True, 0, 14.9, 60.0) is Rating.Easy
    assert rating_for(True, 0, 15.1, 60.0) is Rating.Good


@pytest.mark.parametrize(
    ("hints_used", "response_time", "time_limit", "message"),
    [
        (-1, 1.0, 20.0, "hints_used"),
        (0, -0.5, 20.0, "response_time"),
        (0, math.nan, 20.0, "response_time"),
        (0, math.inf, 20.0, "response_time"),
        (0, 1.0, 0.0, "time_limit"),
        (0, 1.0, -3.0, "time_limit"),
        (0, 1.0, math.nan, "time_limit"),
    ],
)
def test_nonsense_numbers_are_refused_clearly(
    hints_used: int, response_time: float, time_limit: float, message: str
) -> None:
    with pytest.raises(ReviewError, match=message) as caught:
        rating_for(True, hints_used, response_time, time_limit)
    assert isinstance(caught.value, QuizError)
    assert isinstance(caught.value, ValueError)
