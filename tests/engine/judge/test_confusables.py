"""No built-in confusable name is ever accepted for another one."""

from __future__ import annotations

from rapidfuzz.distance import OSA

from bot.engine.judge import judge
from bot.engine.judge.aliases import OTHER_NAMES
from bot.engine.judge.confusables import CONFUSABLES
from bot.engine.models import TextQuestion

NAMES = sorted(CONFUSABLES)


def _same_place(answer: str, typed: str) -> bool:
    """Listed twice because players write it both ways ("Kiev", "Kyiv"): one place."""
    return tuple(typed.split()) in OTHER_NAMES.get(answer, ())


def _risky_pairs() -> list[tuple[str, str]]:
    """Pairs a lenient judge could mix up: a few edits apart, or one inside the other."""
    return [
        (a, b)
        for a in NAMES
        for b in NAMES
        if a != b
        and (a in b or b in a or OSA.distance(a, b, score_cutoff=3) <= 3)
        and not _same_place(a, b)
    ]


def test_the_list_holds_the_pairs_the_issue_names() -> None:
    for first, second in [
        ("niger", "nigeria"),
        ("austria", "australia"),
        ("iran", "iraq"),
        ("mali", "malawi"),
        ("guinea", "ghana"),
        ("slovenia", "slovakia"),
        ("sweden", "swiss"),
        ("prussia", "russia"),
        ("gambia", "zambia"),
    ]:
        assert first in CONFUSABLES and second in CONFUSABLES


def test_no_confusable_is_accepted_for_another() -> None:
    questions = {name: TextQuestion(id="q", ask="?", answer=name.title()) for name in NAMES}
    accepted = [(a, b) for a, b in _risky_pairs() if judge(questions[a], b).correct]
    assert accepted == []
    assert all(judge(q, name).correct for name, q in questions.items())


def test_a_place_is_right_by_its_other_names_unless_the_question_names_them() -> None:
    for answer, typed in [("Kyiv", "kiev"), ("Germany", "Deutschland"), ("United States", "USA")]:
        assert judge(TextQuestion(id="q", ask="Where?", answer=answer), typed).correct
    asked = TextQuestion(id="q", ask="What is Germany called in German?", answer="Deutschland")
    assert not judge(asked, "Germany").correct
    person = TextQuestion(
        id="q", ask="First US president?", answer="George Washington", accept=["Washington"]
    )
    assert not judge(person, "Washington DC").correct  # a place's other name, not his
    river = TextQuestion(id="q", ask="The Moskva flows through which city?", answer="Moscow")
    assert not judge(river, "Moskva").correct


def test_a_slur_one_letter_from_a_country_earns_nothing() -> None:
    niger = TextQuestion(id="q", ask="Which country has Niamey as its capital?", answer="Niger")
    slur = "nig" + "ger"  # spelt in two parts so that test ids and logs do not show it
    for typed in (slur, slur.title(), slur + "s"):
        verdict = judge(niger, typed)
        assert not verdict.correct and not verdict.close
    assert judge(niger, "nigerr").correct  # an honest slip still is one
