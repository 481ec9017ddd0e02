"""Units a number may be typed with, and their values in the question's own unit.

A number is compared as the quantity it names: "212F" answers a question in °C
with 100, and "42 miles" for a distance in km is 67.6, not 42. Only units that
measure the same thing as the question's are converted; any other word after a
number ("8 legs") leaves it as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.engine.judge.normalise import fold


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit as a share of its kind's base unit: base = value * factor + offset."""

    kind: str
    factor: float
    offset: float = 0.0


KELVIN = Unit("temperature", 1.0, -273.15)
_KINDS: dict[str, dict[Unit, str]] = {
    "temperature": {
        Unit("temperature", 1.0): "c celsius centigrade",
        Unit("temperature", 5 / 9, -160 / 9): "f fahrenheit",
        KELVIN: "k kelvin kelvins",
    },
    "length": {
        Unit("length", 1000.0): "km kms kilometre kilometres kilometer kilometers",
        Unit("length", 1.0): "m metre metres meter meters",
        Unit("length", 0.01): "cm centimetre centimetres centimeter centimeters",
        Unit("length", 0.001): "mm millimetre millimetres millimeter millimeters",
        Unit("length", 1609.344): "mi mile miles",
        Unit("length", 0.3048): "ft foot feet",
        Unit("length", 0.9144): "yd yard yards",
        Unit("length", 0.0254): "inch inches",
    },
    "mass": {
        Unit("mass", 1.0): "kg kgs kilo kilos kilogram kilograms kilogramme kilogrammes",
        Unit("mass", 0.001): "g gram grams gramme grammes",
        Unit("mass", 1e-6): "mg milligram milligrams",
        Unit("mass", 0.45359237): "lb lbs pound pounds",
        Unit("mass", 0.028349523125): "oz ounce ounces",
        Unit("mass", 1000.0): "t tonne tonnes",
    },
    "time": {
        Unit("time", 1.0): "s sec secs second seconds",
        Unit("time", 60.0): "m min mins minute minutes",
        Unit("time", 3600.0): "h hr hrs hour hours",
        Unit("time", 86400.0): "day days",
        Unit("time", 604800.0): "week weeks",
        Unit("time", 2629800.0): "month months",
        Unit("time", 31557600.0): "yr yrs year years",
        Unit("time", 315576000.0): "decade decades",
        Unit("time", 3155760000.0): "century centuries",
    },
    "speed": {
        Unit("speed", 1 / 3.6): "kph kmh kmph",
        Unit("speed", 0.44704): "mph",
        Unit("speed", 0.514444): "knot knots kt kts",
        Unit("speed", 1.0): "mps",
    },
    "area": {
        Unit("area", 1.0): "m2 sqm",
        Unit("area", 1e6): "km2 sqkm",
        Unit("area", 1e4): "ha hectare hectares",
        Unit("area", 4046.8564224): "acre acres",
    },
    "volume": {
        Unit("volume", 1.0): "l litre litres liter liters",
        Unit("volume", 0.001): "ml millilitre millilitres milliliter milliliters",
        Unit("volume", 3.785411784): "gallon gallons gal",
    },
}
# word -> the units it may stand for ("m": metres or minutes), one per kind.
_BY_WORD: dict[str, list[Unit]] = {}
for _units in _KINDS.values():
    for _unit, _words in _units.items():
        for _word in _words.split():
            _BY_WORD.setdefault(_word, []).append(_unit)
# "sq mi", "square miles", "km2": a length unit squared is an area. Each is keyed
# by the word with "sq" before it, which is how `unit_word` finds it.
for _unit, _words in _KINDS["length"].items():
    for _word in _words.split():
        for _key in (f"sq{_word}", f"{_word}2"):
            if _key not in _BY_WORD:
                _BY_WORD[_key] = [Unit("area", _unit.factor**2)]
_SQUARED = ("square", "sq")
# Words a unit may be written after: "100 degrees F", "100 °C".
_DEGREES = ("degrees", "degree", "deg", "\u00b0")


@lru_cache(maxsize=256)
def question_unit(unit: str | None) -> Unit | None:
    """The measuring unit in a question's `unit` ("°C", "km", "years"), if known."""
    if unit is None:
        return None
    # Slashes before folding, which reads a slash elsewhere as "or".
    words = _squares_joined(fold(unit.replace("/", " per ")).replace("\u00b0", " ").split())
    if "per" in words:
        return _speed(words)
    for word in words:
        found = _BY_WORD.get(word)
        if found is not None and len(found) == 1:
            return found[0]
        if found is not None and word in _AS_A_QUESTIONS_UNIT:
            return next(u for u in found if u.kind == _AS_A_QUESTIONS_UNIT[word])
    return None


@dataclass(frozen=True, slots=True)
class AskedUnit:
    """What a number question says of its unit, read once per question: the unit
    values are compared in (its `unit`'s, or the one it asks in: "…, in km?"), the
    unit words written for it (its `unit`, or what it counts: "How many seconds…?"),
    and whether a K after a number is kelvin."""

    unit: Unit | None
    written: str | None
    kelvin: bool


def asked_units(field: str | None, ask: str) -> AskedUnit:
    """The `AskedUnit` of a question with this `unit` field and text."""
    unit = question_unit(field) if field else _asked_unit(ask)
    # In any temperature, "373K" is kelvin: no one types thousands of degrees so.
    in_degrees = unit is not None and unit.kind == KELVIN.kind
    kelvin = in_degrees or (unit is None and _IN_KELVIN.search(ask) is not None)
    return AskedUnit(unit, field or _counted_unit(ask), kelvin)


def _squares_joined(words: list[str]) -> list[str]:
    """ "square miles", "sq. km" as the one unit word "sqmiles", "sqkm"."""
    joined: list[str] = []
    for word in words:
        if joined and joined[-1].rstrip(".") in _SQUARED and f"sq{word}" in _BY_WORD:
            joined[-1] = f"sq{word}"
        else:
            joined.append(word)
    return joined


def _asked_unit(ask: str) -> Unit | None:
    """The unit a question without a `unit` measures in: "How far is it, in km?"."""
    match = _IN_A_UNIT.search(fold(ask))
    found = _BY_WORD.get(match.group(1), ()) if match is not None else ()
    return found[0] if len(found) == 1 else None


def _counted_unit(ask: str) -> str | None:
    """The unit a question without a `unit` counts ("How many seconds…?"): the answer
    is a number of them, and the same time in minutes answers nothing."""
    match = _HOW_MANY.search(fold(ask))
    return match.group(1) if match is not None and match.group(1) in _BY_WORD else None


_IN_A_UNIT = re.compile(r"\bin ([a-z]+\d?)\W*$")
_HOW_MANY = re.compile(r"\bhow many ([a-z]+\d?)\b")


# What a question means by a unit word that stands for two ("m": metres; minutes are
# written "min" there).
_AS_A_QUESTIONS_UNIT = {"m": "length"}


def _speed(words: list[str]) -> Unit | None:
    """ "km/h", "miles per hour": the speeds players type a short form of."""
    speed = _SPEEDS.get("".join(w[:1] for w in words if w != "per"))
    return None if speed is None else _BY_WORD[speed][0]


def in_question_unit(value: float, typed: str | None, unit: Unit) -> float:
    """`value`, typed with the unit word `typed`, in the question's unit. A word that
    is no unit of the same kind leaves the value as it is."""
    if typed is None:
        return value
    for other in _BY_WORD.get(typed, ()):
        if other.kind == unit.kind and other != unit:
            base = value * other.factor + other.offset
            return (base - unit.offset) / unit.factor
    return value


def spelt_kelvin(text: str) -> str:
    """For a temperature: "373K" is kelvin, not thousands, so the letter is
    spelt out before the number is read. After a decimal it stays a scale: "5.8k"
    is 5800."""
    return _K_AFTER_A_NUMBER.sub(r"\1 kelvin", fold(text))  # accents off: "373 Ḱ"


# A K after a whole number, one with thousands marked or two decimals or more ("5,778K",
# "373.15K"); "5.8k" is 5,800.
_K_AFTER_A_NUMBER = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d{2,})?)\s*k\b", re.IGNORECASE
)
# "in kelvin", "how many kelvins": the unit, written small ("Kelvin Kiptum" is a runner).
_IN_KELVIN = re.compile(r"\bkelvins?\b")


def measures_another_kind(typed: str | None, unit: Unit | None, written: str | None) -> bool:
    """Is `typed` a unit that cannot measure what the question's unit does ("8849
    minutes" for a height in m)? Then the number names another quantity. Where the
    judge converts nothing (`unit` None), any known unit but those `written` for the
    question does ("5 kg" for a number of people, "60 minutes" for seconds counted)."""
    found = _BY_WORD.get(typed, ()) if typed is not None else ()
    if not found:
        return False
    if unit is not None:
        return all(other.kind != unit.kind for other in found)
    if written is None:
        return False
    words = fold(written).split()
    named = {one for word in words for one in _BY_WORD.get(word, ())}
    return typed not in words and named.isdisjoint(found)


def units_of(word: str) -> tuple[Unit, ...]:
    """The units `word` may stand for ("m": metres or minutes)."""
    return tuple(_BY_WORD.get(word, ()))


def is_unit(word: str) -> bool:
    """Is `word` a unit a number may be typed with ("km", "kg", "years")?"""
    return word in _BY_WORD


def unit_word(after: str) -> str | None:
    """The unit word that starts `after` (the text after a number), if any: "f" in
    " degrees f", "km" in "km away"."""
    words = _squares_joined(after.replace("\u00b0", " \u00b0 ").split(maxsplit=3))
    while words and words[0] in _DEGREES:
        words.pop(0)
    per = len(words) >= 3 and words[1] in PER_WORDS
    per = per and (words[1] == "per" or words[2] in _PER_WHAT)
    if per:  # "km/h" was read as "km per h"; "miles an hour"
        speed = _SPEEDS.get(words[0][:1] + words[2][:1])
        if speed is not None:
            return speed
    first = words[0].rstrip(_CLOSING) if words else ""
    return first if first in _BY_WORD else None  # "F" in "(32 F)" as in "32 F"


# Marks a unit may be written against: "(32 F)", "100 C!".
_CLOSING = ")]}.,!?;:"
# Words that say "per" in a speed: "miles an hour".
PER_WORDS = frozenset({"per", "a", "an"})
# What "a" or "an" says a speed is per: "miles an hour", not "5 metres a side".
_PER_WHAT = frozenset({"hour", "hr", "second", "sec"})
# A speed written with "per", by the first letters of its units.
_SPEEDS = {"kh": "kph", "mh": "mph", "ms": "mps"}
