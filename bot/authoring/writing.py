"""Writing question files for authors: tidy values, the schema line, stable layout.

Shared by `quizbot convert` and `quizbot draft`, so both write files that read
the same way as the shipped ones.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

SCHEMA_FILE = "schema.json"
# The schema committed beside the shipped sets (python -m bot.engine.schema).
PROJECT_SCHEMA = Path(__file__).resolve().parents[2] / "quizzes" / SCHEMA_FILE

try:
    from yaml import CSafeDumper as _Dumper
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeDumper as _Dumper  # type: ignore[assignment]


def whole_numbers(value: Any) -> Any:
    """25.0 -> 25 everywhere in plain data: a float that holds a whole number reads
    as an integer to an author (`time_limit: 25`, not `25.0`)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {key: whole_numbers(item) for key, item in value.items()}
    if isinstance(value, list):
        return [whole_numbers(item) for item in value]
    return value


def schema_line(target: Path | None, quizzes: Path) -> str:
    """The yaml-language-server line that lets editors check the file as it is typed.

    The path is relative from where the file is written (the current folder for
    standard output) to the quizzes folder's schema.
    """
    folder = (target.parent if target is not None else Path()).resolve()
    found = [p for p in (quizzes / SCHEMA_FILE, PROJECT_SCHEMA) if p.is_file()]
    if not found:
        return f"# yaml-language-server: $schema=./{SCHEMA_FILE}\n"
    schema = found[0].resolve()
    try:
        relative = Path(os.path.relpath(schema, folder)).as_posix()
    except ValueError:  # another drive on Windows
        relative = schema.as_posix()
    if not relative.startswith("."):
        relative = "./" + relative
    return f"# yaml-language-server: $schema={relative}\n"


def dump_yaml(data: dict[str, Any]) -> str:
    return yaml.dump(
        whole_numbers(data), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100
    )
