"""`truefalse` questions: yes/no words and short phrases, negation-aware."""

from __future__ import annotations

import logging

from bot.engine.judge.hedging import ALTERNATIVES, LIST_WORDS, NONANSWERS
from bot.engine.judge.normalise import tokens, words_only
from bot.engine.judge.vocabulary import word_set
from bot.engine.models import TrueFalseQuestion
from bot.engine.verdict import Verdict

logger = logging.getLogger(__name__)

_TRUE = word_set(
    """
    absolutely accurate affirmative aye certainly correct course definitely fact indeed
    right sure t true truth y ya yea yeah yep yes yup
    """
)
_FALSE = word_set(
    """
    f fake false fiction inaccurate incorrect lie myth n nah nay negative no nope untrue
    wrong
    """
)
_FLIP = word_set(
    """
    aint arent doesnt dont hardly isnt never not wasnt
    """
)
_FILLER = word_set(
    """
    a an answer be go i id ill im is it its must of pretty quite say so statement that thats
    the think this totally very was well with would
    """
)
# Beyond this many unrelated words the message is an essay, not an answer.
_MAX_UNKNOWN = 3


def judge_truefalse(question: TrueFalseQuestion, text: str) -> Verdict:
    words = words_only(tokens(text, numbers=False))
    if not words:
        return Verdict(False, reason="empty")
    if " ".join(words) in NONANSWERS - {"no"}:
        return Verdict(False, reason="nonanswer")
    said, unknown, choice_offered = _polarities(words)
    if choice_offered or len(set(said)) > 1:
        return Verdict(False, reason="hedge")
    if not said:
        return Verdict(False, reason="nonanswer" if unknown == 0 else "wrong")
    if unknown > _MAX_UNKNOWN:
        return Verdict(False, reason="too_long")
    shown = question.answer_texts()[0]
    if said[0] == question.answer:
        return Verdict(True, matched=shown, reason="exact" if len(words) == 1 else "in_sentence")
    return Verdict(False, reason="wrong")


def _polarities(words: tuple[str, ...]) -> tuple[list[bool], int, bool]:
    said: list[bool] = []
    unknown = 0
    flip = False
    choice_offered = False
    for word in words:
        if word in _FLIP:
            flip = not flip
        elif word in _TRUE or word in _FALSE:
            said.append((word in _TRUE) != flip)
            flip = False
        elif word in ALTERNATIVES:
            choice_offered = True
        elif word not in _FILLER and word not in LIST_WORDS:
            unknown += 1
    if flip and said:
        # "absolutely not", "true... not": a trailing negation turns the last word.
        said[-1] = not said[-1]
    return said, unknown, choice_offered
