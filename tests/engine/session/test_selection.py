from __future__ import annotations

import pytest

from bot.engine.errors import SessionError
from bot.engine.session import Session, SessionOptions

from .conftest import article_set, make_set, numbered_set, text_q


def plan_keys(**options: object) -> list[tuple[str, str]]:
    session = Session(SessionOptions(**options))  # type: ignore[arg-type]
    return [pick.key for pick in session.plan]


def test_no_repeats_and_the_whole_bank_when_asked_for_more() -> None:
    bank = numbered_set(30)
    keys = plan_keys(sets=(bank,), questions=50, seed=3)
    assert len(keys) == 30
    assert len(set(keys)) == 30


def test_no_repeats_across_sets_with_equal_question_ids() -> None:
    one = make_set("one", [text_q("a", "x"), text_q("b", "y")])
    two = make_set("two", [text_q("a", "z"), text_q("b", "w")])
    keys = plan_keys(sets=(one, two), questions=10, seed=1)
    assert sorted(keys) == [("one", "a"), ("one", "b"), ("two", "a"), ("two", "b")]


def test_same_seed_same_order_and_different_seeds_differ() -> None:
    bank = numbered_set(40)
    first = plan_keys(sets=(bank,), questions=10, seed=42)
    assert first == plan_keys(sets=(bank,), questions=10, seed=42)
    others = {tuple(plan_keys(sets=(bank,), questions=10, seed=s)) for s in range(5)}
    assert len(others) > 1


def test_recently_asked_questions_are_avoided_while_others_remain() -> None:
    bank = numbered_set(10)
    avoid = {("bank", f"q{i}") for i in range(6)}
    keys = plan_keys(sets=(bank,), questions=4, seed=9, avoid_question_ids=frozenset(avoid))
    assert set(keys) == {("bank", f"q{i}") for i in range(6, 10)}


def test_recently_asked_questions_fill_in_when_the_bank_is_short() -> None:
    bank = numbered_set(10)
    avoid = frozenset(("bank", f"q{i}") for i in range(6))
    keys = plan_keys(sets=(bank,), questions=7, seed=9, avoid_question_ids=avoid)
    assert set(keys[:4]) == {("bank", f"q{i}") for i in range(6, 10)}
    assert keys[4:][0] in avoid and len(set(keys)) == 7


def test_tag_filter_uses_question_and_set_tags() -> None:
    quiz = article_set()
    assert plan_keys(sets=(quiz,), tags=frozenset({"People", "dates"}), seed=1).__len__() == 2
    tagged = make_set("t", [text_q("a", "x"), text_q("b", "y")], tags=["history"])
    assert len(plan_keys(sets=(tagged,), tags=frozenset({"history"}), seed=1)) == 2


def test_difficulty_filter_uses_set_default() -> None:
    quiz = article_set()
    keys = plan_keys(sets=(quiz,), difficulties=frozenset({"hard", "easy"}), seed=1)
    assert sorted(keys) == [("article", "coups"), ("article", "minister")]
    easy_set = make_set("e", [text_q("a", "x")], defaults={"difficulty": "easy"})
    assert plan_keys(sets=(easy_set,), difficulties=frozenset({"easy"}), seed=1) == [("e", "a")]


def test_filters_that_leave_nothing_raise_a_clear_error() -> None:
    with pytest.raises(SessionError, match=r"no question in article matches tags nope"):
        Session(SessionOptions(sets=(article_set(),), tags=frozenset({"nope"})))
    with pytest.raises(SessionError, match="difficulty easy"):
        Session(
            SessionOptions(
                sets=(article_set(),), tags=frozenset({"dates"}), difficulties=frozenset({"easy"})
            )
        )


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"sets": ()}, "at least one quiz set"),
        ({"mode": "blitz"}, "mode must be"),
        ({"questions": 0}, "questions must be"),
        ({"difficulties": frozenset({"insane"})}, "unknown difficulty"),
        ({"time_limit": 0.5}, "time limit"),
        ({"hint_schedule": (0.7, 0.4)}, "hint schedule"),
        ({"hint_schedule": (1.2,)}, "hint schedule"),
        ({"guess_limit": 0}, "guess limit"),
        ({"mode": "solo"}, "starter_id"),
    ],
)
def test_bad_options_are_refused(options: dict[str, object], message: str) -> None:
    options.setdefault("sets", (article_set(),))
    with pytest.raises(SessionError, match=message):
        SessionOptions(**options)  # type: ignore[arg-type]


def test_difficulty_filter_ignores_case_and_spaces() -> None:
    easy_set = make_set("e", [text_q("a", "x")], defaults={"difficulty": "easy"})
    keys = plan_keys(sets=(easy_set,), difficulties=frozenset({" Easy "}), seed=1)
    assert keys == [("e", "a")]
