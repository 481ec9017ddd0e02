from __future__ import annotations

import pytest

from bot.engine.session.scoring import (
    ScoringRules,
    base_points,
    poll_speed_fractions,
    score,
    time_left_fraction,
)

from .conftest import make_set, text_q


@pytest.mark.parametrize(
    ("base", "speed", "hints", "streak", "expected"),
    [
        (20, 0.0, 0, 1, 20),  # no bonus at all
        (20, 1.0, 0, 1, 30),  # full speed bonus: +50%
        (20, 0.5, 0, 1, 25),
        (20, 0.0, 1, 1, 17),  # one hint: -15% of 20 = -3
        (20, 0.0, 2, 1, 14),
        (20, 0.0, 0, 2, 22),  # second in a row: +10%
        (20, 0.0, 0, 6, 30),  # five beyond the first: +50%
        (20, 0.0, 0, 9, 30),  # ...and no more
        (20, 0.0, 10, 1, 5),  # floor: 25% of base
        (10, 0.25, 0, 1, 11),  # 10 + 1.25 = 11.25
        (10, 0.5, 0, 1, 13),  # 12.5 rounds half up, not to even
        # 30 + 0.5*30*0.8 (12) + 0.1*30*2 (6) - 0.15*30 (4.5) = 43.5, rounded up
        (30, 0.8, 1, 3, 44),
    ],
)
def test_score_formula_exact(
    base: int, speed: float, hints: int, streak: int, expected: int
) -> None:
    assert score(base, speed, hints, streak) == expected


def test_floor_is_at_least_one_point() -> None:
    assert score(1, 0.0, 5, 1) == 1


def test_custom_rules() -> None:
    rules = ScoringRules(speed_bonus=1.0, hint_penalty=0.5, streak_bonus=0.0, floor=0.0)
    assert score(10, 1.0, 1, 4, rules) == 15


def test_time_left_fraction_is_clamped() -> None:
    assert time_left_fraction(0, 30) == 1.0
    assert time_left_fraction(15, 30) == 0.5
    assert time_left_fraction(45, 30) == 0.0
    assert time_left_fraction(-1, 30) == 1.0


def test_poll_fractions_rank_by_speed_and_share_ties() -> None:
    assert poll_speed_fractions([3.0, 1.0, 2.0]) == [1 / 3, 1.0, 2 / 3]
    assert poll_speed_fractions([2.0, 2.0, 5.0]) == [1.0, 1.0, 1 / 3]
    assert poll_speed_fractions([]) == []


def test_base_points_precedence() -> None:
    quiz = make_set(
        "s",
        [
            text_q("own", "x", points=7, difficulty="hard"),
            text_q("plain", "y"),
            text_q("hard", "z", difficulty="hard"),
            text_q("easy", "w", difficulty="easy"),
        ],
    )
    with_default = make_set("d", [text_q("plain", "y")], defaults={"points": 12})
    by_difficulty = make_set("e", [text_q("plain", "y")], defaults={"difficulty": "easy"})
    own, plain, hard, easy = quiz.questions
    assert base_points(own, quiz) == 7
    assert base_points(plain, quiz) == 20
    assert base_points(hard, quiz) == 30
    assert base_points(easy, quiz) == 10
    assert base_points(with_default.questions[0], with_default) == 12
    assert base_points(by_difficulty.questions[0], by_difficulty) == 10
