"""The pure game engine: models, loader, judge, sessions and scoring.

Nothing under this package imports discord, sleeps, or reads the wall clock.
"""

from bot.engine.errors import Problem, QuizError, QuizFileError, SessionError
from bot.engine.judge import judge
from bot.engine.loader import Bank, load_bank, load_quiz, load_quiz_text
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
from bot.engine.review import (
    CardState,
    ReviewError,
    ReviewResult,
    ReviewScheduler,
    pick_due,
    rating_for,
)
from bot.engine.session import Player, Session, SessionOptions
from bot.engine.verdict import Verdict

__all__ = [
    "AllOfQuestion",
    "Bank",
    "CardState",
    "ChoiceQuestion",
    "NumberQuestion",
    "Player",
    "Problem",
    "QuestionBase",
    "QuizError",
    "QuizFileError",
    "QuizSet",
    "ReviewError",
    "ReviewResult",
    "ReviewScheduler",
    "Session",
    "SessionError",
    "SessionOptions",
    "TextQuestion",
    "TrueFalseQuestion",
    "Verdict",
    "YearQuestion",
    "judge",
    "load_bank",
    "load_quiz",
    "load_quiz_text",
    "pick_due",
    "rating_for",
]
