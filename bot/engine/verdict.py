"""The judge's answer about one typed answer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

# Why a message was accepted. Front-ends may match on these; keep the spelling.
AcceptReason = Literal[
    "exact",  # an accepted spelling, after normalisation
    "word_order",  # the right words in another order ("Shoigu Sergei")
    "typo",  # within the per-word typo allowance
    "inflection",  # a plural or simple inflection of a common noun
    "in_sentence",  # the answer inside a short sentence ("I think it was Shoigu")
    "initial",  # an initial plus an accepted surname ("S. Shoigu")
    "letter",  # a choice given by its letter ("b", "option B")
    "distinctive",  # words found in the right option only ("nuclear")
    "number",  # the number, exactly or within the tolerance
    "year",  # the year
]
# Why a message was refused.
RejectReason = Literal[
    "empty",  # nothing but spaces, punctuation or emoji
    "nonanswer",  # "idk", "pass", "maybe" alone
    "hedge",  # a choice offered between candidates ("France or Russia", "2021-2022")
    "two_guesses",  # another candidate named beside the answer ("Shoigu Lavrov", "b, c")
    "other_person",  # another person's given name with the answer's surname
    "negation",  # the answer denied or doubted ("not France", "Moscow is wrong")
    "too_long",  # too long, or too many stray words, to be one answer
    "rejected",  # one of the question's `reject` entries
    "confusable",  # a known different name one typo away (Prussia for Russia)
    "partial",  # part of a multi-word answer only
    "bound",  # a bound the question does not state ("more than 25%")
    "out_of_range",  # a choice letter beyond the options
    "missing_part",  # an all_of answer lacking a part
    "extra_part",  # an all_of answer with a wrong item added
    "wrong",  # anything else
]
Reason = AcceptReason | RejectReason

ACCEPT_REASONS: frozenset[str] = frozenset(get_args(AcceptReason))
REJECT_REASONS: frozenset[str] = frozenset(get_args(RejectReason))


@dataclass(frozen=True, slots=True)
class Verdict:
    correct: bool
    # Wrong, but near enough that the player deserves a "close!" nudge.
    close: bool = False
    # The answer alternative that the text matched (or came closest to).
    matched: str | None = None
    # Machine-readable: one of `AcceptReason` when correct, `RejectReason` when not.
    reason: Reason = "wrong"


def refusal(reason: RejectReason) -> Verdict:
    """The plain refusal for `reason`: not close, nothing matched. Verdicts are
    immutable, so each reason has one shared instance, made once: building a
    frozen dataclass costs more than judging a short answer does."""
    return _REFUSALS[reason]


_REFUSALS: dict[str, Verdict] = {
    reason: Verdict(False, reason=reason) for reason in get_args(RejectReason)
}
