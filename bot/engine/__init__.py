"""The pure game engine: models, loader, judge, sessions and scoring.

Nothing under this package imports discord, sleeps, or reads the wall clock.
"""

from bot.engine.errors import Problem, QuizError, QuizFileError, SessionError
from bot.engine.judge import judge
from bot.engine.models import (
    AllOfQuestion,
    ChoiceQuestion,
    NumberQuestion,
    QuestionBase,
    QuizSet,
    TextQuestion,
    TrueFalseQuestion,
    YearQuestion,
)
from bot.engine.verdict import Verdict

__all__ = [
    "AllOfQuestion",
    "ChoiceQuestion",
    "NumberQuestion",
    "Problem",
    "QuestionBase",
    "QuizError",
    "QuizFileError",
    "QuizSet",
    "SessionError",
    "TextQuestion",
    "TrueFalseQuestion",
    "Verdict",
    "YearQuestion",
    "judge",
]
