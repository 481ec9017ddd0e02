"""The `number` and `year` verdicts, on the numbers `reading` finds in a message.

Numbers are compared as values, never as text: "52" is not a typo of "25".
"""

from __future__ import annotations

import re
from itertools import pairwise

from bot.engine.judge.hedging import (
    ALTERNATIVES,
    NEGATIONS,
    NONANSWERS,
    denial_at,
    opening_sigh,
    soft_words,
)
from bot.engine.judge.normalise import NUMBER_WORDS, fold, mend_number_words
from bot.engine.judge.number_forms import a_for_one, one_dotted_thousand
from bot.engine.judge.reading import SCALES, WORDS, Reading, read, short_scales, unit_scale
from bot.engine.judge.units import (
    AskedUnit,
    Unit,
    asked_units,
    in_question_unit,
    measures_another_kind,
    spelt_kelvin,
    units_of,
)
from bot.engine.judge.vocabulary import ORDINAL_WORDS
from bot.engine.models import NumberQuestion, YearQuestion
from bot.engine.verdict import RejectReason, Verdict, refusal

# "'69", "in '45": a year by its last two digits.
_SHORT_YEAR = re.compile(r"(?:^|[\s(])['\u2018\u2019`](\d\d)\b")
_PERCENT = re.compile(r"%|\bper\s?cent\b", re.IGNORECASE)
_DECIMAL_SHARE = re.compile(r"(?<![\d.])0?\.\d+(?!\s*%)")
_ROUGHLY = re.compile(
    r"\b(?:give )?or (?:so|thereabouts|about that|around that|close to it|take)\b"
)
_DIGIT = re.compile(r"\d")
# A "no" that ends the message takes back what came before it ("1989 no", "8? no").
_TAKEN_BACK = re.compile(r"\w\W+no\W*$")

# A number said in more words than this is an essay, not an answer.
_MAX_WORDS = 24
# A wrong number within this share of the answer earns a "close!".
_CLOSE_SHARE = 0.05


def _without_denied(
    readings: list[Reading], folded: str, answer: float
) -> tuple[list[Reading], str]:
    """A number denied beside one that is not corrects it ("1945, not 1944", "not 6
    but 8"): the denied numbers and their "not" are dropped, the rest is judged.
    Denying the answer itself is no correction ("eight, not 8")."""
    kept = [r for r in readings if r.denied is None]
    if not kept or len(kept) == len(readings):
        return readings, folded
    if any(r.denied is not None and r.value == answer for r in readings):
        return readings, folded
    for reading in readings:
        if reading.denied is not None:
            start, end = reading.denied
            folded = folded[:start] + " " * (end - start) + folded[end:]
    return kept, folded


def asked_numbers(ask: str, answer: float, *, years: bool) -> frozenset[float]:
    """Numbers the question itself states, which a player may repeat beside the answer.

    None when the answer is among them: then they are the candidates on offer
    ("Which is larger, 25 or 52?") and naming two of them is a hedge.
    """
    stated = frozenset(r.value for r in read(ask, years=years)[0])
    return frozenset() if answer in stated else stated


def _unstated(readings: list[Reading], stated: frozenset[float]) -> list[Reading]:
    """The readings without the question's own numbers, if any reading is left."""
    kept = [r for r in readings if r.value not in stated]
    return kept or readings


def _nonanswer(folded: str) -> bool:
    return " ".join(WORDS.findall(folded)) in NONANSWERS


def _offers_choice(folded: str) -> bool:
    return any(word in ALTERNATIVES for word in WORDS.findall(folded))


# The message's words with its numbers and commas, to find a sigh that opens it.
_SIGH_TOKENS = re.compile(r"[a-z]+|\d+|,")


def _negated(folded: str, stated: frozenset[str] = frozenset()) -> bool:
    """A negation in the message, other than one repeating the question's own
    wording ("404 not found" for "Which status means Not Found?")."""
    words = WORDS.findall(folded)
    soft = soft_words(words)
    opening = _SIGH_TOKENS.findall(folded)
    sigh = opening_sigh(opening)  # "nah 8", "isn't it 8?", "was it not 8?"
    soft |= set(range(sum(token.isalpha() for token in opening[: len(sigh)])))
    return (
        any(
            (word in NEGATIONS or denial_at(words, i))
            and i not in soft
            and " ".join(words[i : i + 2]) not in stated
            for i, word in enumerate(words)
        )
        or _TAKEN_BACK.search(folded) is not None
    )


def asked_negations(ask: str) -> frozenset[str]:
    """The question's own negated phrases, as "not found" pairs."""
    words = WORDS.findall(fold(ask).replace("'", ""))
    return frozenset(
        " ".join(words[i : i + 2]) for i, word in enumerate(words[:-1]) if word in NEGATIONS
    )


def judge_number(
    question: NumberQuestion,
    text: str,
    asked_bound: str | None,
    stated: frozenset[float] = frozenset(),
    denied: frozenset[str] = frozenset(),
    *,
    units: AskedUnit | None = None,
) -> Verdict:
    """`units`: what the question says of its unit (read from it when not given)."""
    verdict = _judge_number(question, text, asked_bound, stated, denied, units=units)
    if verdict.correct or abs(question.answer) < 1000 or not question.answer.is_integer():
        return verdict
    # "3.600" is 3600 where much of Europe writes numbers, and 3.6 cannot be the answer.
    grouped = one_dotted_thousand(text)
    if grouped == text:
        return verdict
    second = _judge_number(question, grouped, asked_bound, stated, denied, units=units)
    return second if second.correct else verdict


def _judge_number(
    question: NumberQuestion,
    text: str,
    asked_bound: str | None,
    stated: frozenset[float],
    denied: frozenset[str],
    *,
    units: AskedUnit | None,
) -> Verdict:
    text = a_for_one(_result_of_working(text))
    if question.answer > 0 and "sea level" in text.lower() and "below" in question.ask.lower():
        if _ABOVE_SEA_LEVEL.search(text) is not None:
            return refusal("wrong")  # a height, to a question about a depth
        text = _BELOW_SEA_LEVEL.sub(" ", text)  # the question says it: the depth is positive
    percent = question.unit == "%"
    # Shares are percentages of a "%" answer, and plain values of a fractional one.
    share = 100.0 if percent else None if float(question.answer).is_integer() else 1.0
    scale = unit_scale(question.unit)
    short = short_scales(question.unit, question.answer)
    units = units or asked_units(question.unit, question.ask)
    unit = units.unit
    if units.kelvin:
        text = spelt_kelvin(text)
    readings, folded = read(text, share=share, scale=scale, short_scales=short)
    if len(WORDS.findall(folded)) > _MAX_WORDS:
        return refusal("too_long")
    if not readings or _mistyped_number_words(text):
        readings, folded = read(text, share=share, scale=scale, mend=True, short_scales=short)
    readings, folded = _without_denied(_unstated(readings, stated), folded, question.answer)
    shown = question.answer_texts()[0]
    if not readings and question.answer == 0 and _none_of_it(folded, question.ask):
        return Verdict(True, matched=shown, reason="number")  # "none", "no moons"
    if not readings:
        return refusal(_no_number(text, folded))
    if _ranks_only(text) and _COUNTS.search(question.ask) is not None:
        return Verdict(False, matched=shown, reason="wrong")  # "the 6th" is a place, not a count
    # "100 C, 100 F" names two temperatures: values are compared in the question's unit.
    values = {_in_unit(r, unit) for r in readings}
    if " or " in folded:
        folded = _ROUGHLY.sub(" ", folded)  # "8 or so" is "about 8"
    # "8 or eight" says one number twice; any other "or" offers a choice.
    # Within the question's tolerance two values are one: "8849 m (29032 ft)". But
    # offered as a choice they are two ("33% or 32"), unless one number is said twice.
    one = max(values) - min(values) <= question.tolerance + 1e-9 * max(1.0, abs(question.answer))
    restated = len(readings) > 1 and len(values) == 1
    if not one or (_offers_choice(folded) and not restated):
        return refusal("hedge")
    if _negated(folded, denied):
        return refusal("negation")
    reading = readings[0]
    near = question.tolerance and _NEAR.search(folded)  # "almost 350": about, no bound
    if reading.bound is not None and reading.bound != asked_bound and not near:
        return Verdict(False, matched=shown, reason="bound")
    if measures_another_kind(reading.unit, unit, units.written):
        return Verdict(False, matched=shown, reason="wrong")  # "8849 minutes" for a height
    value = _in_unit(reading, unit)
    error = abs(value - question.answer)
    if percent and 0 < reading.value < 1 and _DECIMAL_SHARE.search(folded):
        error = min(error, abs(100 * reading.value - question.answer))  # "0.25" for 25%
    elif 0 < question.answer < 1 and _PERCENT.search(folded):
        error = abs(reading.value / 100 - question.answer)  # "25%" for 0.25, not "0.25%"
    factor = SCALES[scale] if scale is not None else 0.0
    if factor and abs(reading.value) >= factor:
        # Written out in full: "8,000,000,000" or "8000 million" where the unit is billions.
        error = min(error, abs(reading.value / factor - question.answer))
    slack = _rounding_slack(reading, unit, question.answer)
    if error <= question.tolerance + slack + 1e-9 * max(1.0, abs(question.answer)):
        return Verdict(True, matched=shown, reason="number")
    near = max(question.tolerance * 2, abs(question.answer) * _CLOSE_SHARE)
    return Verdict(
        False, close=error <= near, matched=shown if error <= near else None, reason="wrong"
    )


def _result_of_working(text: str) -> str:
    """ "8x8 = 64", "365 + 1 = 366", "8 by 8, so 64": the player shows the sum, then
    the answer; the answer is the number after the last "=" or "so"."""
    if "=" not in text and " so " not in text:
        return text
    working, _, result = _WORKED.split(text)[-3:] if _WORKED.search(text) else ("", "", text)
    if _DIGIT.search(result) and _SUM.search(working):
        return result
    return text


# Close to a number, on one side of it: within a tolerance, "almost 8 billion" and
# "just over 8 billion" say about 8 billion, no bound.
_NEAR = re.compile(
    r"\b(?:nearly|almost|just (?:over|under|above|below)"
    r"|(?:a (?:little|bit)|slightly) (?:over|under|above|below|more than|less than))\b"
)
_BELOW_SEA_LEVEL = re.compile(r"\bbelow\s+sea\s+level\b", re.IGNORECASE)
_ABOVE_SEA_LEVEL = re.compile(r"\babove\s+sea\s+level\b", re.IGNORECASE)
# Where a sum shown before an answer ends, and what makes it a sum.
_WORKED = re.compile(r"(=>?|,?\s+so\s+)")
_SUM = re.compile(r"\d\s*(?:[x\u00d7*+/-]|by|times|plus|minus|of|and)\s*\S")


def _ranks_only(text: str) -> bool:
    """Are the message's numbers all ordinals ("6th", "the sixth")?"""
    if _MAY_RANK.search(text) is None:
        return False  # most messages: no ending an ordinal could have
    folded = fold(text)
    words = WORDS.findall(folded)
    if _ORDINAL_DIGITS.search(folded) is None and _ORDINALS.isdisjoint(words):
        return False
    return _CARDINAL_DIGIT.search(folded) is None and NUMBER_WORDS.isdisjoint(words)


# A question asking how many: an ordinal answers "which", not that ("how much" may
# ask for a share, which "a third" names).
_COUNTS = re.compile(r"\bhow\s+many\b", re.IGNORECASE)
_ORDINALS = frozenset(ORDINAL_WORDS[1:])
# Every ordinal, in digits or in words, ends so ("6th", "first", "second", "third").
_MAY_RANK = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_ORDINAL_DIGITS = re.compile(r"\d\s?(?:st|nd|rd|th)\b")
_CARDINAL_DIGIT = re.compile(r"\d(?!\d|\s?(?:st|nd|rd|th)\b)")


def _mistyped_number_words(text: str) -> bool:
    """Does a word beside a number word spell another one with a typo ("eigthy eight",
    "fitfy two")? Then the number is read with its words mended."""
    folded = fold(text)
    words = WORDS.findall(folded)
    if len(words) < 2 or NUMBER_WORDS.isdisjoint(words):
        return False
    return mend_number_words(folded) != folded


def _rounding_slack(reading: Reading, unit: Unit | None, answer: float) -> float:
    """How far a number typed in another unit may miss the answer by rounding: "81
    mph" is 130 km/h to the mile, "273 K" is 0 °C to the kelvin. Half a step of its
    last digit, in the question's unit, up to 0.5% of the answer (half a degree
    between temperature scales). Nothing for a number typed in the question's unit."""
    if unit is None or reading.unit is None:
        return 0.0
    value = _in_unit(reading, unit)
    if value == reading.value and unit.offset == 0:
        return 0.0  # typed in the question's own unit: nothing was converted
    step = 10.0 ** -_decimals(reading.value)
    half_step = abs(value - in_question_unit(reading.value + step / 2, reading.unit, unit))
    # Up to 0.5% of the answer; between scales with an offset (K, °F to °C) an
    # answer may be 0, so half a degree there.
    floor = 0.5 if unit.offset or _offset_unit(reading.unit) else 0.0
    return min(half_step, max(floor, abs(answer) / 200))


def _offset_unit(typed: str) -> bool:
    return any(u.offset for u in units_of(typed))


def _decimals(value: float) -> int:
    """The digits a number was typed with after its point: 2 for 26.25."""
    written = f"{value:.6f}".rstrip("0")
    return len(written) - written.index(".") - 1


def _in_unit(reading: Reading, unit: Unit | None) -> float:
    return reading.value if unit is None else in_question_unit(reading.value, reading.unit, unit)


def judge_year(
    question: YearQuestion,
    text: str,
    stated: frozenset[float] = frozenset(),
    denied: frozenset[str] = frozenset(),
) -> Verdict:
    readings, folded = read(text, years=True)
    if len(WORDS.findall(folded)) > _MAX_WORDS:
        return refusal("too_long")
    if not _DIGIT.search(text):  # said in words: "nineteen eigthteen", "ninteen eighteen"
        readings, folded = read(text, years=True, mend=True)
    readings, folded = _without_denied(_unstated(readings, stated), folded, question.answer)
    if question.answer >= _NO_YEAR_BELOW and not _SHORT_RANGE.search(folded):
        readings = _years_only(readings)
    shown = str(question.answer)
    if not readings:
        return refusal(_no_number(text, folded))
    years = {int(-r.value if r.bc else r.value) for r in readings if r.value.is_integer()}
    if " or " in folded:
        folded = _ROUGHLY.sub(" ", folded)  # "1969 or so" is "about 1969", as for numbers
    if len(years) > 1 or _offers_choice(folded):
        return refusal("hedge")
    if not years:
        return refusal("wrong")
    if _negated(folded, denied):
        return refusal("negation")
    if any(r.bound for r in readings) or _spans_years(folded, question.ask):
        return refusal("hedge")  # "by 1969", "1969 or later": a span of years, not one
    year = years.pop()
    if 0 <= year < 100 and _SHORT_YEAR.search(text) and question.answer >= 100:
        year += question.answer - question.answer % 100  # "'69" in the answer's century
    if year == question.answer or (
        year == -question.answer > 0 and _asks_bc(question.ask) and not _AD.search(folded)
    ):
        return Verdict(True, matched=shown, reason="year")  # "490" to "...in what year BC?"
    close = abs(year - question.answer) <= 2 or (0 <= year < 100 and year == question.answer % 100)
    return Verdict(False, close=close, matched=shown if close else None, reason="wrong")


# Words that make a year one end of a span: "by 1969", "before 1970", "1969 or later".
_YEAR_BOUND = re.compile(
    r"\b(by|before|after|until|till|since|prior to|no (?:later|earlier) than|pre|post)"
    r"\s*-?\s*(?:the (?:year |end of |start of )?)?\d{3}"
    r"|\d\s*(?:(?:or|and) (later|earlier|before|after|beyond)|(onwards?)"
    r"|,?\s*at the (latest|earliest))\b"
)


_AD = re.compile(r"\d\s*(?:a\.?\s?d|c\.?\s?e)\b|\b(?:ad|anno domini)\s*\d")


def _asks_bc(ask: str) -> bool:
    """Does the question ask for a year BC itself ("In which year BC...?")?"""
    return not {"bc", "bce"}.isdisjoint(WORDS.findall(fold(ask)))


def _spans_years(folded: str, ask: str) -> bool:
    """Does the message make its year one end of a span, in words the question does
    not use itself ("since 2022" answers "Since which year...?")?"""
    spans = [next(filter(None, m.groups())) for m in _YEAR_BOUND.finditer(folded)]
    return bool(spans) and not set(spans) <= set(WORDS.findall(fold(ask)))


# A bare number below this is no year beside a year ("Apollo 11 in 1969"), as "45"
# alone is none (a year by its last two digits is written "'45").
_NO_YEAR_BELOW = 100
# "2021-22": a range of years, the second by its last digits.
_SHORT_RANGE = re.compile(r"\d{3,4}\s*[-\u2013]\s*\d{1,2}\b")


def _years_only(readings: list[Reading]) -> list[Reading]:
    """The readings that may be years, when one is: a small number that ends a name
    beside it names something else ("Apollo 11", "World War 2"); any other small
    number may be a year by its last digits ("1969 70")."""
    years = [r for r in readings if not r.named or abs(r.value) >= _NO_YEAR_BELOW or r.bc]
    return years or readings


def _none_of_it(folded: str, ask: str) -> bool:
    """Zero said in words: "none", or "no" before the thing the question counts ("no
    moons" to "How many moons does Venus have?"; "no idea" is no count)."""
    words = WORDS.findall(folded)
    if words in (["none"], ["nil"], ["zero"]):
        return True
    counted = _COUNTED.search(fold(ask))
    if counted is None or _negated(folded):  # "not none", "no moons? no way"
        return False
    thing = counted.group(1).rstrip("s")
    return any(word == "no" and after.rstrip("s") == thing for word, after in pairwise(words))


# The thing a question counts: "moons" in "How many moons does Venus have?".
_COUNTED = re.compile(r"\bhow many ([a-z]+)")


def _no_number(text: str, folded: str) -> RejectReason:
    if not WORDS.search(folded):
        return "empty"
    return "nonanswer" if _nonanswer(folded) else "wrong"
