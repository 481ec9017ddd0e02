"""JSON Schema of the question-file format, generated from the models.

Editors with the YAML language server use it to check and complete question
files as they are written. Regenerate the committed copy with
`python -m bot.engine.schema` (it writes `quizzes/schema.json`).

The schema follows what the loader accepts rather than the bare models: an
unquoted value is read as the text typed, so text fields also take numbers and
booleans, yes/no work where true/false is expected, and a question without
`type` is a text question.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from bot.engine.models import QuizSet

SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema"
DEFAULT_OUTPUT = Path("quizzes") / "schema.json"
_YES_NO = ["yes", "no", "true", "false", "on", "off", "y", "n"]


def _loosen(node: Any) -> Any:
    """Widen leaf types the way the loader's typed-text reading does."""
    if isinstance(node, list):
        return [_loosen(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _loosen(value) for key, value in node.items()}
    if node.get("type") == "string" and "pattern" not in node and "enum" not in node:
        node["type"] = ["string", "number", "boolean"]
    elif node.get("type") == "boolean":
        del node["type"]
        node["anyOf"] = [{"type": "boolean"}, {"enum": _YES_NO}]
    return node


def _require_type_tags(schema: dict[str, Any]) -> None:
    """Only a text question may leave out `type`; the others must say what they are."""
    for name, definition in schema.get("$defs", {}).items():
        if name.endswith("Question") and name != "TextQuestion":
            required = definition.setdefault("required", [])
            if "type" not in required:
                required.append("type")


def _single_or_list(prop: dict[str, Any]) -> dict[str, Any]:
    """Where the models take one item in place of a list, say so."""
    described: dict[str, Any] = {
        k: prop.pop(k) for k in ("title", "description", "default") if k in prop
    }
    return {**described, "anyOf": [prop, prop["items"]]}


def _allow_single_items(schema: dict[str, Any]) -> None:
    listified = {"QuizSet": ("tags",), "TextQuestion": ("accept", "reject")}
    for name, definition in [("QuizSet", schema), *schema.get("$defs", {}).items()]:
        fields = listified.get(name, ())
        if name.endswith("Question"):
            fields = (*fields, "hint", "tags")
        for field in fields:
            properties = definition.get("properties", {})
            if field in properties:
                properties[field] = _single_or_list(properties[field])
    all_of = schema.get("$defs", {}).get("AllOfQuestion", {}).get("properties", {})
    if "answer" in all_of:
        all_of["answer"]["items"] = {"anyOf": [all_of["answer"]["items"], {"type": "string"}]}


def build_schema() -> dict[str, Any]:
    schema = QuizSet.model_json_schema()
    _require_type_tags(schema)
    _allow_single_items(schema)
    schema = _loosen(schema)
    # The language server has no `discriminator` support; with the tags required
    # above at most one branch matches, so plain oneOf reads right.
    questions = schema["properties"]["questions"]["items"]
    questions.pop("discriminator", None)
    return {"$schema": SCHEMA_ID, "title": "quizbot question set", **schema}


def render_schema() -> str:
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    output = Path(args[0]) if args else DEFAULT_OUTPUT
    output.write_text(render_schema(), encoding="utf-8")
    print(f"wrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
