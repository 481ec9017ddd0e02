"""Authoring tools: drafting a question file from a plain-text article."""

from bot.authoring.draft import DraftError, draft_quiz

__all__ = ["DraftError", "draft_quiz"]
