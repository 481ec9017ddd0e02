"""Guild-owned question sets: canonical names and the checks every upload passes
(storing them is tests/game/test_serversets.py)."""

from __future__ import annotations

import pytest

from bot.authoring.guildsets import (
    GuildSetError,
    GuildSets,
    default_name,
    guild_key,
    validate_name,
)
from bot.engine.errors import QuizFileError

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
def sets() -> GuildSets:
    return GuildSets(4096, shipped=lambda: {"capitals"})


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
    assert checked.quiz.name == "rivers" and checked.data == VALID


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
    assert checked.question_count == 2 and checked.data == RED_TRIVIA
