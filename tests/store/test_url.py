"""Reading the configured database: paths, SQLAlchemy-style SQLite URLs, PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import SettingsError, load_settings
from bot.store import StoreError
from bot.store.url import parse_database_url


def test_paths_and_sqlite_urls(tmp_path: Path) -> None:
    assert parse_database_url("data/q.db", tmp_path).path == tmp_path / "data" / "q.db"
    assert parse_database_url("sqlite:///data/q.db", tmp_path).path == tmp_path / "data" / "q.db"
    assert parse_database_url("sqlite:////srv/q.db", tmp_path).path == Path("/srv/q.db")
    assert parse_database_url("/srv/q.db", tmp_path).path == Path("/srv/q.db")


def test_postgres_urls_keep_the_password_out_of_sight() -> None:
    url = parse_database_url("postgresql://quiz:pa55@db.example:6543/scores")
    assert url.backend == "postgresql" and url.path is None
    assert "pa55" in url.text and "pa55" not in url.shown and "pa55" not in repr(url)
    assert url.shown == "postgresql://quiz:***@db.example:6543/scores"
    assert parse_database_url("postgres://quiz@db/scores").backend == "postgresql"


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("", "empty"),
        ("mysql://u@h/db", "unknown kind 'mysql'"),
        ("sqlite://q.db", "sqlite:///relative/path"),
        ("postgresql://u:secret@h:notaport/db", "port is not a number"),
        ("postgresql://u:secret@h", "no database name"),
        ("postgresql:///db", "no host"),
    ],
)
def test_bad_urls_say_what_is_wrong(text: str, complaint: str) -> None:
    with pytest.raises(StoreError, match=complaint) as caught:
        parse_database_url(text)
    assert "secret" not in str(caught.value)


def test_the_environment_wins_over_bot_yaml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "bot.yaml"
    config.write_text("database: sqlite:///scores/here.db\n")
    monkeypatch.delenv("QUIZBOT_DATABASE_URL", raising=False)
    assert load_settings(config).database == tmp_path / "scores" / "here.db"
    monkeypatch.setenv("QUIZBOT_DATABASE_URL", "postgresql://quiz@db/scores")
    assert load_settings(config).database == "postgresql://quiz@db/scores"
    monkeypatch.setenv("QUIZBOT_DATABASE_URL", "mysql://quiz:pw@db/scores")
    with pytest.raises(SettingsError, match="QUIZBOT_DATABASE_URL") as caught:
        load_settings(config)
    assert "pw@" not in str(caught.value)


def test_a_bad_url_in_bot_yaml_names_the_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QUIZBOT_DATABASE_URL", raising=False)
    config = tmp_path / "bot.yaml"
    config.write_text("quizzes: quizzes\ndatabase: oracle://x@y/z\n")
    with pytest.raises(SettingsError, match=r"bot\.yaml:2: .*unknown kind 'oracle'"):
        load_settings(config)
