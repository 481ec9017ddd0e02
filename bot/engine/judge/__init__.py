"""The answer judge. PLACEHOLDER: exact match after case-folding, replaced by the judge issue."""

from __future__ import annotations

from bot.engine.models import QuestionBase
from bot.engine.verdict import Verdict


def judge(question: QuestionBase, text: str) -> Verdict:
    typed = " ".join(text.casefold().split())
    if not typed:
        return Verdict(correct=False, reason="empty")
    for alternative in question.answer_texts():
        if typed == " ".join(alternative.casefold().split()):
            return Verdict(correct=True, matched=alternative, reason="exact")
    return Verdict(correct=False, reason="wrong")
