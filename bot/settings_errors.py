"""Plain words for what is wrong in bot.yaml, one line per problem.

Pydantic's own messages ("Input should be a valid boolean, unable to interpret
input") are written for programmers; these say what the setting must be, show
the value given, and suggest the setting meant when a key is misspelt.
"""

from __future__ import annotations

import difflib
from typing import Any

from annotated_types import Ge, Gt, Le, Lt, MaxLen, MinLen
from pydantic import BaseModel

MAX_SHOWN = 40


def describe(model: type[BaseModel], error: Any) -> str:
    """One sentence for one pydantic error of `model`, naming the setting by its dotted path."""
    loc = tuple(str(part) for part in error["loc"])
    name = ".".join(loc) or "settings"
    kind = error["type"]
    given = shown(error.get("input"))
    if kind == "extra_forbidden":
        return unknown_key(model, loc)
    if kind in {"greater_than_equal", "less_than_equal", "greater_than", "less_than"}:
        return f"`{name}` must be {bounds_of(model, loc)}, not {given}"
    if kind == "literal_error":
        expected = str(error.get("ctx", {}).get("expected", "")).replace("'", "")
        return f"`{name}` must be one of {expected}, not {given}"
    if kind in {"string_too_short", "string_too_long"}:
        return f"`{name}` must be {length_of(model, loc)} long, not {given}"
    what = EXPECTED.get(kind)
    if what is not None:
        return f"`{name}` must be {what}, not {given}"
    if kind == "value_error":
        reason = str(error.get("ctx", {}).get("error", error["msg"]))
        return f"`{name}`: {reason} (got {given})"
    return f"`{name}`: {error['msg'][:1].lower()}{error['msg'][1:]}"


EXPECTED = {
    "bool_parsing": "true or false",
    "bool_type": "true or false",
    "int_parsing": "a whole number",
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "float_parsing": "a number",
    "float_type": "a number",
    "finite_number": "a finite number",
    "string_type": "text",
    "path_type": "a file or folder path",
    "tuple_type": "a list",
    "list_type": "a list",
    "model_type": "a mapping of settings (key: value lines)",
    "model_attributes_type": "a mapping of settings (key: value lines)",
    "dict_type": "a mapping of settings (key: value lines)",
}


def shown(value: object) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if value is None or value == "":
        return "empty"
    if isinstance(value, list | tuple):
        text = "[" + ", ".join(str(item) for item in value) + "]"
    else:
        text = str(value)
    text = text.replace("\n", " ")
    if len(text) > MAX_SHOWN:
        text = text[: MAX_SHOWN - 1] + "\N{HORIZONTAL ELLIPSIS}"
    return f"`{text}`"


def unknown_key(model: type[BaseModel], loc: tuple[str, ...]) -> str:
    name = ".".join(loc)
    known = list(fields_at(model, loc[:-1]))
    close = difflib.get_close_matches(loc[-1], known, n=1, cutoff=0.6)
    if close:
        meant = ".".join((*loc[:-1], close[0]))
        return f"unknown setting `{name}`; did you mean `{meant}`?"
    where = ".".join(loc[:-1])
    if known and len(known) <= 8:
        listed = ", ".join(known)
        return f"unknown setting `{name}`; {f'`{where}` takes' if where else 'known'}: {listed}"
    return f"unknown setting `{name}`"


def fields_at(model: type[BaseModel], path: tuple[str, ...]) -> dict[str, Any]:
    """The fields of the section at `path` (empty when the path leads out of the models)."""
    current: type[BaseModel] = model
    for part in path:
        field = current.model_fields.get(part)
        section = field.annotation if field is not None else None
        if not (isinstance(section, type) and issubclass(section, BaseModel)):
            return {}
        current = section
    return dict(current.model_fields)


def metadata_of(model: type[BaseModel], loc: tuple[str, ...]) -> list[Any]:
    field = fields_at(model, loc[:-1]).get(loc[-1]) if loc else None
    return list(field.metadata) if field is not None else []


def bounds_of(model: type[BaseModel], loc: tuple[str, ...]) -> str:
    low = high = None
    for item in metadata_of(model, loc):
        if isinstance(item, Ge | Gt):
            low = item.ge if isinstance(item, Ge) else item.gt
        elif isinstance(item, Le | Lt):
            high = item.le if isinstance(item, Le) else item.lt
    if low is not None and high is not None:
        return f"between {low:g} and {high:g}"
    if low is not None:
        return f"at least {low:g}"
    return f"at most {high:g}" if high is not None else "in range"


def length_of(model: type[BaseModel], loc: tuple[str, ...]) -> str:
    low = high = None
    for item in metadata_of(model, loc):
        if isinstance(item, MinLen):
            low = item.min_length
        elif isinstance(item, MaxLen):
            high = item.max_length
    if low is not None and high is not None:
        return f"{low} to {high} characters"
    return f"at least {low} characters" if low is not None else f"at most {high} characters"
