"""One fact found in an article, located in its sentence."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Mention:
    """One fact found in a sentence.

    `kind` is one of: person, country, city, weekday, month, date, year, number,
    percent, org, quote, thing. `value` is the canonical answer; `start`/`end`
    locate `text` in its sentence so that questions can blank it out.
    """

    kind: str
    value: str
    text: str
    sentence: int
    start: int
    end: int
    number: float | None = None
    bound: str | None = None
    title: str | None = None
    country: str | None = None
