from pathlib import Path

import pytest

from bot.settings import SettingsError, load_settings

REPO = Path(__file__).resolve().parents[1]


def test_shipped_bot_yaml_loads_with_paths_beside_it() -> None:
    settings = load_settings(REPO / "bot.yaml")
    assert settings.quiz.time_limit == 30
    assert settings.quiz.hint_schedule == (0.4, 0.7)
    assert settings.discord.dev_guild_id is None
    assert settings.discord.message_content is True
    assert settings.database == REPO / "data" / "quizbot.db"


def test_unknown_key_is_refused_with_its_line(tmp_path: Path) -> None:
    config = tmp_path / "bot.yaml"
    config.write_text("quiz:\n  time_limit: 20\n  guess_limt: 4\n")
    with pytest.raises(SettingsError) as raised:
        load_settings(config)
    assert str(raised.value) == f"{config}:3: unknown setting `quiz.guess_limt`"


def test_wrong_values_are_all_reported_with_lines(tmp_path: Path) -> None:
    config = tmp_path / "bot.yaml"
    config.write_text("log_level: loud\nquiz:\n  time_limit: 2\n  mode: relay\n")
    with pytest.raises(SettingsError) as raised:
        load_settings(config)
    lines = str(raised.value).splitlines()
    assert [line.split(": ")[0] for line in lines] == [
        f"{config}:1",
        f"{config}:3",
        f"{config}:4",
    ]
    assert "time_limit" in lines[1] and "greater than or equal to 5" in lines[1]


def test_broken_yaml_and_duplicate_keys_name_the_line(tmp_path: Path) -> None:
    config = tmp_path / "bot.yaml"
    config.write_text("quiz:\n  questions: 5\n  questions: 6\n")
    with pytest.raises(SettingsError, match=r"bot.yaml:3: .*questions"):
        load_settings(config)
    config.write_text("quiz: [unclosed\n")
    with pytest.raises(SettingsError, match=r"bot.yaml:\d+: YAML syntax error"):
        load_settings(config)


def test_empty_file_means_defaults(tmp_path: Path) -> None:
    config = tmp_path / "bot.yaml"
    config.write_text("# nothing set\n")
    settings = load_settings(config)
    assert settings.quiz.questions == 10
    assert settings.database == tmp_path / "data" / "quizbot.db"


def test_without_a_local_bot_yaml_the_projects_own_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    settings = load_settings()
    assert settings.quizzes == REPO / "quizzes"


def test_a_local_bot_yaml_wins_over_the_projects(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "bot.yaml").write_text("quizzes: mine\n")
    monkeypatch.chdir(tmp_path)
    assert load_settings().quizzes == tmp_path / "mine"


def test_a_folder_with_its_own_quizzes_uses_the_defaults_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "quizzes").mkdir()
    monkeypatch.chdir(tmp_path)
    settings = load_settings()
    assert settings.quizzes == tmp_path / "quizzes"
    assert settings.database == tmp_path / "data" / "quizbot.db"
