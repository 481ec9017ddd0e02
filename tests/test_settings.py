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
    assert str(raised.value) == (
        f"{config}:3: unknown setting `quiz.guess_limt`; did you mean `quiz.guess_limit`?"
    )


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
    assert "`quiz.time_limit` must be between 5 and 600, not `2`" in lines[1]


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


def refusal(tmp_path: Path, text: str) -> list[str]:
    config = tmp_path / "bot.yaml"
    config.write_text(text)
    with pytest.raises(SettingsError) as raised:
        load_settings(config)
    prefix = f"{config}:"
    lines = str(raised.value).splitlines()
    assert all(line.startswith(prefix) for line in lines)
    return [line.removeprefix(prefix) for line in lines]


def test_a_misspelt_key_at_any_level_suggests_the_one_meant(tmp_path: Path) -> None:
    lines = refusal(
        tmp_path,
        "databse: x.db\nquiz:\n  time_limt: 20\n  reveal_pouse: 2\ndiscord:\n  starter_rol: Q\n",
    )
    assert lines == [
        "1: unknown setting `databse`; did you mean `database`?",
        "3: unknown setting `quiz.time_limt`; did you mean `quiz.time_limit`?",
        "4: unknown setting `quiz.reveal_pouse`; did you mean `quiz.reveal_pause`?",
        "6: unknown setting `discord.starter_rol`; did you mean `discord.starter_role`?",
    ]


def test_a_key_like_no_other_lists_what_its_section_takes(tmp_path: Path) -> None:
    (line,) = refusal(tmp_path, "quiz:\n  banana: 3\n")
    assert line.startswith("2: unknown setting `quiz.banana`; `quiz` takes: time_limit,")


def test_wrong_values_are_worded_plainly_one_line_each(tmp_path: Path) -> None:
    lines = refusal(
        tmp_path,
        "quiz:\n  mode: relay\n  questions: 1.5\n  guess_limit: many\n"
        "discord:\n  message_content: maybe\n  command_prefix: ''\n"
        "  max_sessions_per_guild: 99\n",
    )
    assert lines == [
        "2: `quiz.mode` must be one of race, poll or solo, not `relay`",
        "3: `quiz.questions` must be a whole number, not `1.5`",
        "4: `quiz.guess_limit` must be a whole number, not `many`",
        "6: `discord.message_content` must be true or false, not `maybe`",
        "7: `discord.command_prefix` must be 1 to 5 characters long, not empty",
        "8: `discord.max_sessions_per_guild` must be between 1 and 50, not `99`",
    ]
    assert not any("Input should" in line or "valid" in line for line in lines)


def test_a_broken_rule_says_what_it_wants(tmp_path: Path) -> None:
    (line,) = refusal(tmp_path, "quiz:\n  hint_schedule: [0.9, 0.2]\n")
    assert line == (
        "2: `quiz.hint_schedule`: hint times must be in increasing order (got `[0.9, 0.2]`)"
    )
