"""The scoring formula: the one place that decides how many points an answer earns.

A right answer earns

    points = max(floor, base + speed + streak - hints)

rounded half up to a whole number, where

* ``base`` is the question's ``points``, else the set's ``defaults.points``, else
  10 / 20 / 30 for an easy / medium / hard question;
* ``speed`` is up to +50% of base. In race and solo it is linear in the time left
  when the answer arrived (all of the time left: +50%, none left: +0). In poll it
  ranks the right answers by speed: with n right answers, the k-th fastest
  (k = 0, 1, ...) gets (n - k) / n of the bonus; equal times share the better rank;
* ``hints`` is 15% of base for every hint shown before the answer;
* ``streak`` is +10% of base for every right answer in a row beyond the first
  (this one included), counting at most 5 of them (+50%);
* ``floor`` is 25% of base (at least 1 point): a right answer always scores.

A wrong answer scores 0. A session's total for a player is the sum of their points.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from bot.engine.models import QuestionBase, QuizSet

DIFFICULTY_POINTS = {"easy": 10, "medium": 20, "hard": 30}


@dataclass(frozen=True, slots=True)
class ScoringRules:
    speed_bonus: float = 0.50
    hint_penalty: float = 0.15
    streak_bonus: float = 0.10
    streak_cap: int = 5
    floor: float = 0.25


DEFAULT_RULES = ScoringRules()


def effective_difficulty(question: QuestionBase, quiz_set: QuizSet) -> str:
    """The question's own difficulty if the author wrote one, else the set's default."""
    if "difficulty" in question.model_fields_set:
        return question.difficulty
    return quiz_set.defaults.difficulty or question.difficulty


def base_points(question: QuestionBase, quiz_set: QuizSet) -> int:
    if question.points is not None:
        return question.points
    if quiz_set.defaults.points is not None:
        return quiz_set.defaults.points
    return DIFFICULTY_POINTS[effective_difficulty(question, quiz_set)]


def time_left_fraction(response_time: float, time_limit: float) -> float:
    """Race and solo speed: the share of the time limit still left, within 0..1."""
    if time_limit <= 0:
        return 0.0
    return min(1.0, max(0.0, 1.0 - response_time / time_limit))


def poll_speed_fractions(response_times: Sequence[float]) -> list[float]:
    """Poll speed: rank the right answers; returns one fraction per input, same order."""
    count = len(response_times)
    fractions = []
    for own in response_times:
        faster = sum(1 for other in response_times if other < own)
        fractions.append((count - faster) / count)
    return fractions


def round_half_up(value: float) -> int:
    # Python's round() rounds halves to even, which would make 12.5 and 13.5 look unfair.
    return math.floor(value + 0.5 + 1e-9)


def score(
    base: int,
    speed_fraction: float,
    hints_used: int,
    streak: int,
    rules: ScoringRules = DEFAULT_RULES,
) -> int:
    """Points for one right answer. `streak` counts this answer (1 = no streak)."""
    speed = rules.speed_bonus * base * min(1.0, max(0.0, speed_fraction))
    extra_in_a_row = min(max(streak - 1, 0), rules.streak_cap)
    streak_points = rules.streak_bonus * base * extra_in_a_row
    penalty = rules.hint_penalty * base * max(hints_used, 0)
    floor = max(1, round_half_up(rules.floor * base))
    return max(floor, round_half_up(base + speed + streak_points - penalty))
