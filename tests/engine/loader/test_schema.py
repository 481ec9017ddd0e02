from pathlib import Path

from bot.engine.schema import build_schema, render_schema

SCHEMA = Path(__file__).resolve().parents[3] / "quizzes" / "schema.json"


def test_committed_schema_is_current() -> None:
    assert SCHEMA.read_text(encoding="utf-8") == render_schema(), (
        "quizzes/schema.json is stale: run `python -m bot.engine.schema`"
    )


def test_schema_matches_the_loader_leniency() -> None:
    schema = build_schema()
    defs = schema["$defs"]
    assert "type" not in defs["TextQuestion"].get("required", [])
    for name in ("NumberQuestion", "YearQuestion", "ChoiceQuestion", "AllOfQuestion"):
        assert "type" in defs[name]["required"], name
    assert defs["TextQuestion"]["properties"]["answer"]["type"] == ["string", "number", "boolean"]
    assert {"enum": ["yes", "no", "true", "false", "on", "off", "y", "n"]} in defs[
        "TrueFalseQuestion"
    ]["properties"]["answer"]["anyOf"]
    assert defs["TextQuestion"]["additionalProperties"] is False
