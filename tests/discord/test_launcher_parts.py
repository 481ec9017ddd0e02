"""Launcher and library pieces in-process: .env parsing, URLs, token redaction, reloads."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.game.library import Library
from bot.launcher import LaunchError, RedactToken, connection_from, read_dotenv

from .quizzes import SHORT_YAML, TRIVIA_YAML


def test_dotenv_forms(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text(
        "# comment\n\nexport DISCORD_TOKEN='abc def'\nDISCORD_API_BASE=http://x/api # note\n"
        'QUOTED="a#b"\nbroken line\n',
        encoding="utf-8",
    )
    assert read_dotenv(env) == {
        "DISCORD_TOKEN": "abc def",
        "DISCORD_API_BASE": "http://x/api",
        "QUOTED": "a#b",
    }
    assert read_dotenv(tmp_path / "missing.env") == {}


def test_a_quoted_dotenv_value_may_carry_a_comment(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text(
        'DISCORD_TOKEN="abc.def"  # from the developer portal\n'
        "DISCORD_API_BASE='http://x/api' # local fake\nODD=\"unclosed\n",
        encoding="utf-8",
    )
    assert read_dotenv(env) == {
        "DISCORD_TOKEN": "abc.def",
        "DISCORD_API_BASE": "http://x/api",
        "ODD": '"unclosed',
    }


def test_environment_wins_over_dotenv(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text("DISCORD_TOKEN=from-file\nDISCORD_GATEWAY_URL=ws://file/gw\n", encoding="utf-8")
    found = connection_from({"DISCORD_TOKEN": "from-env"}, [env])
    assert (found.token, found.gateway_url, found.api_base) == ("from-env", "ws://file/gw", None)
    assert connection_from({}, [env]).token == "from-file"


@pytest.mark.parametrize(
    ("environ", "problem"),
    [
        ({}, "no Discord token"),
        ({"DISCORD_TOKEN": "  "}, "no Discord token"),
        ({"DISCORD_TOKEN": "t", "DISCORD_API_BASE": "ftp://x"}, "DISCORD_API_BASE"),
        ({"DISCORD_TOKEN": "t", "DISCORD_GATEWAY_URL": "http://x"}, "DISCORD_GATEWAY_URL"),
    ],
)
def test_connection_problems_are_one_line(environ: dict[str, str], problem: str) -> None:
    with pytest.raises(LaunchError, match=problem) as raised:
        connection_from(environ, [])
    assert "\n" not in str(raised.value)


def test_the_token_is_redacted_from_log_records() -> None:
    record = logging.LogRecord("x", logging.INFO, "f", 1, "sent %s to %s", ("s3cret", "api"), None)
    RedactToken("s3cret").filter(record)
    assert record.getMessage() == "sent [token] to api"


async def test_a_failed_reload_keeps_the_sets_in_use(tmp_path: Path) -> None:
    (tmp_path / "trivia.yaml").write_text(TRIVIA_YAML, encoding="utf-8")
    library = Library(tmp_path)
    await library.load()
    assert list(library.sets_for("1")) == ["trivia"]
    assert "places" in library.tags_for("1")
    (tmp_path / "short.yaml").write_text(SHORT_YAML, encoding="utf-8")
    (tmp_path / "bad.yaml").write_text("title: Bad\nquestions: 3\n", encoding="utf-8")
    refused = await library.reload()
    assert not refused.applied and refused.set_count == 1
    assert any("bad.yaml" in str(p) for p in refused.errors)
    assert list(library.sets_for("1")) == ["trivia"]
    (tmp_path / "bad.yaml").unlink()
    applied = await library.reload()
    assert applied.applied and sorted(library.sets_for("1")) == ["short", "trivia"]
