import pytest
from pydantic import ValidationError

from bot.engine.models import ChoiceQuestion, QuizSet


def test_quiz_set_links_each_question_to_the_other_answers() -> None:
    quiz = QuizSet.model_validate(
        {
            "title": "t",
            "questions": [
                {"id": "a", "type": "text", "ask": "Who?", "answer": "Shoigu"},
                {"id": "b", "type": "year", "ask": "When?", "answer": 2022},
            ],
        }
    )
    assert quiz.questions[0].peer_answers == ("2022",)
    assert quiz.questions[1].peer_answers == ("Shoigu",)


def test_choice_answer_must_be_a_choice() -> None:
    with pytest.raises(ValidationError, match="not one of the choices"):
        ChoiceQuestion.model_validate(
            {"id": "c", "ask": "Pick", "choices": ["a", "b"], "answer": "c"}
        )
