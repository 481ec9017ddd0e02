"""Guild-owned question sets on a real folder: names, checks, atomic saves, isolation."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.authoring.guildsets import (
    GuildSetError,
    GuildSets,
    default_name,
    guild_key,
    validate_name,
)
from bot.engine.errors import QuizFileError
from bot.engine.loader import load_bank

GUILD = 111122223333444455
OTHER = 999988887777666655

VALID = b"""\
title: Rivers
tags: [places]
questions:
  - id: seine
    ask: Which river flows through Paris?
    answer: Seine
    explain: The Seine crosses Paris.
  - id: thames
    type: choice
    ask: Which river flows through London?
    choices: [Thames, Danube]
    answer: Thames
"""

# Line 5 lacks `answer`, line 9 has a choice answer that is not among the choices.
BROKEN = b"""\
title: Broken
questions:
  - id: one
    ask: Which river flows through Paris?
    hint: no answer here
  - id: two
    type: choice
    ask: Which river flows through London?
    choices: [Thames, Danube]
    answer: Rhine
"""

RED_TRIVIA = b"""\
AUTHOR: someone
What is the capital of Italy?:
- Rome
- Roma
What is the capital of Spain?:
- Madrid
"""


@pytest.fixture
def sets(tmp_path: Path) -> GuildSets:
    return GuildSets(tmp_path / "guild-quizzes", 4096, shipped=lambda: {"capitals"})


# -- names --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["rivers", "a", "world-rivers-2", "x" * 40, "  Rivers "])
def test_good_names_pass(name: str) -> None:
    assert validate_name(name) == name.strip().lower()


@pytest.mark.parametrize(
    "name",
    [
        "",
        "   ",
        "../x",
        "..",
        ".",
        "/etc/passwd",
        "a/b",
        "a\\b",
        "x\0y",
        "-lead",
        "trail-",
        "under_score",
        "dotted.name",
        "x" * 41,
        "caf\u00e9",
    ],
)
def test_bad_names_are_refused(name: str) -> None:
    with pytest.raises(GuildSetError):
        validate_name(name)


@pytest.mark.parametrize(
    ("filename", "expected"),
    [
        ("rivers.yaml", "rivers"),
        ("World Rivers.YML", "world-rivers"),
        ("../../etc/x.yaml", "x"),
        ("/abs/path/quiz.yaml", "quiz"),
        ("C:\\Users\\me\\my_quiz.yaml", "my-quiz"),
        ("na\0me.yaml", "name"),
        ("trivia.txt", "trivia"),
        ("--odd--.yaml", "odd"),
        ("y" * 60 + ".yaml", "y" * 40),
    ],
)
def test_default_names_are_slugs_of_the_last_part(filename: str, expected: str) -> None:
    assert default_name(filename) == expected


@pytest.mark.parametrize("filename", ["..", ".", "../", "/", ".yaml", "\u00e9\u00e8.yaml", ""])
def test_filenames_with_nothing_usable_are_refused(filename: str) -> None:
    with pytest.raises(GuildSetError, match="no usable set name"):
        default_name(filename)


@pytest.mark.parametrize("guild", ["../1", "-5", "1.5", "", "12a", True, 0, -3, 2**64])
def test_guild_ids_must_be_positive_integers(guild: object) -> None:
    with pytest.raises(GuildSetError):
        guild_key(guild)  # type: ignore[arg-type]


def test_guild_id_may_be_given_as_digits() -> None:
    assert guild_key(str(GUILD)) == GUILD


# -- checking uploads ---------------------------------------------------------------------


def test_valid_upload_is_checked_but_not_saved(sets: GuildSets) -> None:
    checked = sets.check_upload(VALID, "Rivers.yaml", GUILD)
    assert (checked.name, checked.guild_id, checked.question_count) == ("rivers", GUILD, 2)
    assert checked.quiz.name == "rivers"
    assert not sets.root.exists(), "checking writes nothing"


def test_explicit_name_wins_over_the_filename(sets: GuildSets) -> None:
    assert sets.check_upload(VALID, "whatever.yaml", GUILD, name="my-rivers").name == "my-rivers"


def test_hostile_explicit_name_is_refused(sets: GuildSets) -> None:
    with pytest.raises(GuildSetError):
        sets.check_upload(VALID, "rivers.yaml", GUILD, name="../capitals")


def test_broken_upload_reports_line_and_column(sets: GuildSets) -> None:
    with pytest.raises(QuizFileError) as caught:
        sets.check_upload(BROKEN, "broken.yaml", GUILD)
    problems = caught.value.problems
    assert problems and all(p.line > 0 for p in problems)
    text = "\n".join(map(str, problems))
    assert "broken.yaml:3:" in text or "broken.yaml:4:" in text or "broken.yaml:5:" in text
    assert "Rhine" in text and "broken.yaml:10:" in text


def test_size_is_checked_before_parsing(sets: GuildSets) -> None:
    huge = b"title: x\n" + b"#" * 5000
    with pytest.raises(GuildSetError, match="limited to 4,096 bytes"):
        sets.check_upload(huge, "big.yaml", GUILD)


def test_shipped_set_names_are_refused(sets: GuildSets) -> None:
    with pytest.raises(GuildSetError, match="shipped with the bot"):
        sets.check_upload(VALID, "capitals.yaml", GUILD)


def test_binary_garbage_gives_problems_not_a_crash(sets: GuildSets) -> None:
    with pytest.raises(QuizFileError):
        sets.check_upload(bytes(range(256)) * 4, "junk.yaml", GUILD)


def test_red_trivia_lists_load(sets: GuildSets) -> None:
    checked = sets.check_upload(RED_TRIVIA, "capitals-eu.yaml", GUILD)
    assert checked.question_count == 2
    sets.save(checked)
    assert len(sets.load_bank(GUILD).sets["capitals-eu"].questions) == 2


# -- saving, reading, removing ------------------------------------------------------------


def test_save_then_read_round_trips_byte_for_byte(sets: GuildSets) -> None:
    data = VALID.replace(b"\n", b"\r\n") + b"# \xc3\xa9t\xc3\xa9\n"
    path = sets.save(sets.check_upload(data, "rivers.yaml", GUILD))
    assert path == sets.root / str(GUILD) / "rivers.yaml"
    assert sets.read(GUILD, "rivers") == data
    assert path.read_bytes() == data


def test_saved_set_is_in_the_guild_bank_only(sets: GuildSets, tmp_path: Path) -> None:
    shipped = tmp_path / "quizzes"
    shipped.mkdir()
    (shipped / "capitals.yaml").write_bytes(VALID.replace(b"Rivers", b"Capitals"))
    sets.save(sets.check_upload(VALID, "rivers.yaml", GUILD))
    assert list(sets.load_bank(GUILD).sets) == ["rivers"]
    assert sets.load_bank(OTHER).sets == {}
    assert sets.names(OTHER) == []
    assert list(load_bank(shipped).sets) == ["capitals"]
    assert sorted(p.name for p in shipped.iterdir()) == ["capitals.yaml"]


def test_replacing_keeps_one_file_and_no_temporaries(sets: GuildSets) -> None:
    sets.save(sets.check_upload(VALID, "rivers.yaml", GUILD))
    newer = VALID.replace(b"title: Rivers", b"title: Rivers Again")
    sets.save(sets.check_upload(newer, "rivers.yaml", GUILD))
    assert sets.read(GUILD, "rivers") == newer
    assert os.listdir(sets.folder(GUILD)) == ["rivers.yaml"]


def test_failed_check_leaves_the_old_set_intact(sets: GuildSets) -> None:
    sets.save(sets.check_upload(VALID, "rivers.yaml", GUILD))
    with pytest.raises(QuizFileError):
        sets.check_upload(BROKEN, "rivers.yaml", GUILD)
    assert sets.read(GUILD, "rivers") == VALID


def test_failed_write_leaves_old_file_and_no_temporary(
    sets: GuildSets, monkeypatch: pytest.MonkeyPatch
) -> None:
    sets.save(sets.check_upload(VALID, "rivers.yaml", GUILD))
    checked = sets.check_upload(VALID.replace(b"Rivers", b"Other"), "rivers.yaml", GUILD)

    def refuse(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        sets.save(checked)
    monkeypatch.undo()
    assert sets.read(GUILD, "rivers") == VALID
    assert os.listdir(sets.folder(GUILD)) == ["rivers.yaml"]


def test_save_fsyncs_file_and_folder(sets: GuildSets, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[int] = []
    real_fsync = os.fsync

    def spy(descriptor: int) -> None:
        synced.append(descriptor)
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", spy)
    sets.save(sets.check_upload(VALID, "rivers.yaml", GUILD))
    assert len(synced) >= 2, "the file and then its folder"


def test_list_exists_remove(sets: GuildSets) -> None:
    assert sets.names(GUILD) == []
    sets.save(sets.check_upload(VALID, "rivers.yaml", GUILD))
    sets.save(sets.check_upload(RED_TRIVIA, "zz-red.yaml", GUILD))
    (sets.folder(GUILD) / ".rivers.123.tmp").write_bytes(b"half")
    assert sets.names(GUILD) == ["rivers", "zz-red"]
    assert sets.exists(GUILD, "rivers") and not sets.exists(OTHER, "rivers")
    assert sets.guild_ids() == [GUILD]
    sets.remove(GUILD, "rivers")
    assert sets.names(GUILD) == ["zz-red"]
    with pytest.raises(GuildSetError, match="no uploaded set named `rivers`"):
        sets.remove(GUILD, "rivers")
    with pytest.raises(GuildSetError, match="no uploaded set"):
        sets.read(GUILD, "rivers")


@pytest.mark.parametrize("name", ["../rivers", "/tmp/x", "..", "a\\b"])
def test_read_and_remove_refuse_path_names(sets: GuildSets, name: str) -> None:
    with pytest.raises(GuildSetError):
        sets.read(GUILD, name)
    with pytest.raises(GuildSetError):
        sets.remove(GUILD, name)


def test_cap_on_the_number_of_sets(tmp_path: Path) -> None:
    sets = GuildSets(tmp_path, 4096, max_sets=2)
    for name in ("a", "b"):
        sets.save(sets.check_upload(VALID, f"{name}.yaml", GUILD))
    sets.save(sets.check_upload(VALID, "a.yaml", GUILD))  # replacing is not adding
    with pytest.raises(GuildSetError, match="already has 2"):
        sets.save(sets.check_upload(VALID, "c.yaml", GUILD))


def test_a_file_that_stopped_loading_is_reported_not_fatal(sets: GuildSets) -> None:
    sets.save(sets.check_upload(VALID, "rivers.yaml", GUILD))
    (sets.folder(GUILD) / "bad.yaml").write_bytes(BROKEN)
    bank = sets.load_bank(GUILD)
    assert list(bank.sets) == ["rivers"]
    assert bank.errors and all("bad.yaml" in p.path for p in bank.errors)
