"""What `prepare` stores on a question: everything its judgments read but the message."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.engine.judge.compiled import Matcher
from bot.engine.judge.units import AskedUnit
from bot.engine.verdict import Verdict


@dataclass(slots=True)
class Prepared:
    """What `prepare` stores in a question's `_compiled` slot.

    A text question's matcher is built on the first message its exact table does
    not decide (`judge` fills it in): many questions of a large library only ever
    see their answer typed as it is.
    """

    matcher: Matcher | None = None
    asked_bound: str | None = None  # "lt"/"gt" when the question itself states a bound
    # Numbers the question states ("two coups in 2022"): repeating one is not a guess.
    asked_numbers: frozenset[float] = frozenset()
    # Its negated phrases ("not found"): repeating them is not a denial.
    asked_negations: frozenset[str] = frozenset()
    units: AskedUnit | None = None  # number: what the question says of its unit
    max_words: int = 0  # all_of: the longest message that can still list every part
    # text: plain messages (see `shortcuts.exact_verdicts`) and their verdicts, looked up first.
    exact: Mapping[str, Verdict] = field(default_factory=dict)
