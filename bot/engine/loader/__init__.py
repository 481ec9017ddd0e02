"""Reading question files: a safe YAML reader, validation with located problems, banks."""

from bot.engine.loader.bank import Bank, load_bank
from bot.engine.loader.quizfile import (
    LoadResult,
    load_quiz,
    load_quiz_text,
    read_quiz_file,
    read_quiz_text,
    set_name,
)
from bot.engine.loader.yamlsource import DEFAULT_LIMITS, Limits

__all__ = [
    "DEFAULT_LIMITS",
    "Bank",
    "Limits",
    "LoadResult",
    "load_bank",
    "load_quiz",
    "load_quiz_text",
    "read_quiz_file",
    "read_quiz_text",
    "set_name",
]
