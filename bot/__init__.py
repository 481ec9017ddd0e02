"""quizbot: a Discord quiz and learning bot."""

__version__ = "0.1.0"
