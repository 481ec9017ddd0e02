"""Judge defects found in review: answers a fair quizmaster would accept."""

from __future__ import annotations

import pytest

from bot.engine import judge
from bot.engine.models import (
    ChoiceQuestion,
    NumberQuestion,
    QuizSet,
    TextQuestion,
    TrueFalseQuestion,
    YearQuestion,
)

HELP = TextQuestion(
    id="help", ask="Which 1965 Beatles album shares its name with their film?", answer="Help!"
)
NOTHING = TextQuestion(id="nothing", ask="Much Ado About what?", answer="Nothing")
EDISON = TextQuestion(
    id="edison", ask="Who invented the phonograph?", answer="Thomas Edison", accept=["Edison"]
)
SHOIGU = TextQuestion(
    id="shoigu", ask="Who hosted the talks?", answer="Sergei Shoigu", accept=["Shoigu"]
)
RIDDLE = ChoiceQuestion(
    id="riddle",
    ask="What is greater than God and more evil than the devil?",
    choices=["Love", "Nothing", "Money"],
    answer="Nothing",
)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (HELP, "Help!"),
        (HELP, "help"),
        (NOTHING, "nothing"),
        (NOTHING, "Nothing!"),
        (RIDDLE, "nothing"),
    ],
)
def test_an_answer_that_looks_like_a_nonanswer_still_counts(
    question: TextQuestion | ChoiceQuestion, text: str
) -> None:
    verdict = judge(question, text)
    assert verdict.correct, verdict


@pytest.mark.parametrize("text", ["idk", "pass", "no idea", "skip"])
def test_real_nonanswers_stay_nonanswers(text: str) -> None:
    assert judge(HELP, text).reason == "nonanswer"
    assert judge(NOTHING, text).reason == "nonanswer"


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (EDISON, "Thomas Alva Edison"),
        (EDISON, "Thomas A. Edison"),
        (SHOIGU, "Sergei K. Shoigu"),
        (SHOIGU, "Sergei Kuzhugetovich Shoigu"),
    ],
)
def test_a_full_name_with_a_middle_name_counts_when_the_surname_is_listed(
    question: TextQuestion, text: str
) -> None:
    verdict = judge(question, text)
    assert verdict.correct, verdict


@pytest.mark.parametrize(
    "text", ["Thomas Alva Edison or Tesla", "Nikola Alva Edison", "Thomas Alva Edison II"]
)
def test_a_middle_name_does_not_open_the_door_to_hedges(text: str) -> None:
    assert not judge(EDISON, text).correct


MET_IN_OUAGA = TrueFalseQuestion(
    id="ouaga", ask="True or false: the ministers met in Ouagadougou.", answer=False
)
SIGNED = TrueFalseQuestion(id="signed", ask="True or false: they signed a deal.", answer=True)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (MET_IN_OUAGA, "no, not really"),
        (MET_IN_OUAGA, "no, not at all"),
        (MET_IN_OUAGA, "no, they met in Moscow"),
        (MET_IN_OUAGA, "False, they met in Moscow, not in Ouagadougou"),
        (MET_IN_OUAGA, "absolutely not"),
        (SIGNED, "yes, they signed it last October to build a plant"),
        (SIGNED, "sure, why not"),
    ],
)
def test_a_verdict_with_its_reason_counts(question: TrueFalseQuestion, text: str) -> None:
    verdict = judge(question, text)
    assert verdict.correct, verdict


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (MET_IN_OUAGA, "true, they met there, not in Moscow"),
        (MET_IN_OUAGA, "no idea what they did there honestly"),
        (MET_IN_OUAGA, "no, it's true, they met there"),
        (SIGNED, "true... not"),
        (SIGNED, "no, they signed nothing at all last year"),
    ],
)
def test_a_reason_never_turns_a_wrong_or_hedged_verdict_right(
    question: TrueFalseQuestion, text: str
) -> None:
    assert not judge(question, text).correct


COUNT = NumberQuestion(id="count", ask="How many coups did Burkina Faso see in 2022?", answer=2)
WHEN = YearQuestion(id="when", ask="In which year did Burkina Faso see two coups?", answer=2022)
LARGER = NumberQuestion(id="larger", ask="Which is larger, 25 or 52?", answer=52)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (COUNT, "2 in 2022"),
        (COUNT, "two, in 2022"),
        (WHEN, "two coups in 2022"),
        (WHEN, "2022 (twice)"),
    ],
)
def test_repeating_a_number_the_question_states_is_not_a_hedge(
    question: NumberQuestion | YearQuestion, text: str
) -> None:
    verdict = judge(question, text)
    assert verdict.correct, verdict


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (COUNT, "2022"),
        (COUNT, "2 or 3 in 2022"),
        (COUNT, "2 in 2021"),
        (WHEN, "two coups in 2021"),
        (WHEN, "two"),
        (LARGER, "25 and 52"),
        (LARGER, "52, 25"),
    ],
)
def test_the_questions_own_numbers_never_make_a_wrong_answer_right(
    question: NumberQuestion | YearQuestion, text: str
) -> None:
    assert not judge(question, text).correct


POST = ChoiceQuestion(
    id="post",
    ask="Which post does Kassoum Coulibaly hold?",
    choices=[
        "Prime minister of Burkina Faso",
        "Defence minister of Burkina Faso",
        "Foreign minister of Burkina Faso",
    ],
    answer="Defence minister of Burkina Faso",
)


@pytest.mark.parametrize("text", ["defence minister", "The defence minister", "defense minister"])
def test_common_words_that_together_pick_one_option_count(text: str) -> None:
    verdict = judge(POST, text)
    assert verdict.correct, verdict


@pytest.mark.parametrize(
    "text",
    [
        "prime minister",
        "minister",
        "minister of Burkina Faso",
        "defence minister or prime minister",
        "not the defence minister",
    ],
)
def test_a_run_shared_by_options_or_hedged_does_not_pick_one(text: str) -> None:
    assert not judge(POST, text).correct


FRANCE = TextQuestion(id="ruler", ask="Which country ruled Burkina Faso?", answer="France")
AIDE = TextQuestion(id="aide", ask="Who went along?", answer="Shoigu's deputy")


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (SHOIGU, "Shoigu's deputy"),
        (SHOIGU, "Sergei Shoigu’s son"),
        (FRANCE, "France's neighbour"),
        (FRANCE, "I think France's old ally"),
    ],
)
def test_the_answer_owning_something_else_is_not_the_answer(
    question: TextQuestion, text: str
) -> None:
    assert not judge(question, text).correct


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (SHOIGU, "Shoigu's"),
        (SHOIGU, "it's Shoigu"),
        (SHOIGU, "Shoigu's the one"),
        (FRANCE, "France's"),
        (AIDE, "Shoigu's deputy"),
    ],
)
def test_a_possessive_that_names_nothing_else_still_counts(
    question: TextQuestion, text: str
) -> None:
    verdict = judge(question, text)
    assert verdict.correct, verdict


STATUS = NumberQuestion(id="status", ask="Which HTTP status code means Not Found?", answer=404)


@pytest.mark.parametrize(
    ("text", "correct"),
    [
        ("404 not found", True),
        ("404, Not Found", True),
        ("not 404", False),
        ("404, not 403", True),  # a correction, not a denial
        ("403, not 404", False),
        ("isn't it 404", True),  # a question asking for agreement, as "404, isn't it?"
    ],
)
def test_repeating_the_questions_own_negation_is_not_a_denial(text: str, correct: bool) -> None:
    assert judge(STATUS, text).correct is correct


def test_a_percentage_may_be_given_as_a_fraction() -> None:
    quiz = QuizSet.model_validate(
        {
            "title": "t",
            "questions": [
                {
                    "id": "share",
                    "type": "number",
                    "ask": "Less than what percentage of people have power?",
                    "answer": 25,
                    "unit": "%",
                },
                {"id": "plain", "type": "number", "ask": "How many?", "answer": 25},
                {"id": "most", "type": "number", "ask": "What share?", "answer": 75, "unit": "%"},
            ],
        }
    )
    share, plain, most = quiz.questions
    for text in ("a quarter", "less than a quarter", "one quarter", "under a quarter"):
        assert judge(share, text).correct, text
    for text in ("half", "three quarters", "more than a quarter", "a quarter or a half"):
        assert not judge(share, text).correct, text
    assert judge(most, "three quarters").correct
    assert not judge(plain, "a quarter").correct  # not a percentage: no fraction reading


@pytest.mark.parametrize("text", [", , ,", ",", "and , and", "& &", ", and ,"])
def test_a_message_of_only_joins_is_judged_not_raised(text: str) -> None:
    """Found by the property test: the shared-word reading of an all_of message
    indexed the first of no items."""
    quiz = QuizSet.model_validate(
        {
            "title": "t",
            "questions": [
                {
                    "id": "koreas",
                    "type": "all_of",
                    "ask": "Which two states share the Korean peninsula?",
                    "answer": [["North Korea"], ["South Korea"]],
                }
            ],
        }
    )
    assert not judge(quiz.questions[0], text).correct
