"""The loader reads only regular files inside its folders."""

import os
import threading
from pathlib import Path

import pytest

from bot.engine import QuizFileError
from bot.engine.loader import load_bank, read_quiz_file
from tests.engine.loader.test_cli import quizbot

QUIZ = "title: {title}\nquestions:\n  - id: q\n    ask: Which?\n    answer: this\n"


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    quizzes, outside = tmp_path / "quizzes", tmp_path / "outside"
    quizzes.mkdir()
    outside.mkdir()
    (quizzes / "real.yaml").write_text(QUIZ.format(title="Real"), encoding="utf-8")
    (outside / "secret.yaml").write_text(QUIZ.format(title="Secret"), encoding="utf-8")
    return quizzes, outside


def test_a_link_out_of_the_folder_is_skipped_with_a_warning(folders: tuple[Path, Path]) -> None:
    quizzes, outside = folders
    (quizzes / "escape.yaml").symlink_to(outside / "secret.yaml")
    (quizzes / "up.yml").symlink_to(Path("..") / "outside" / "secret.yaml")
    bank = load_bank(quizzes)
    assert list(bank.sets) == ["real"]
    assert [(p.path, p.severity) for p in bank.problems] == [
        (str(quizzes / "escape.yaml"), "warning"),
        (str(quizzes / "up.yml"), "warning"),
    ]
    assert all(str(outside.resolve()) in p.message for p in bank.problems)
    assert not bank.errors


def test_a_link_that_stays_inside_the_folder_loads(folders: tuple[Path, Path]) -> None:
    quizzes, _ = folders
    (quizzes / "also.yaml").symlink_to("real.yaml")
    bank = load_bank(quizzes)
    assert list(bank.sets) == ["also", "real"]
    assert bank.problems == []


def test_a_linked_quizzes_folder_still_reads_its_own_files(tmp_path: Path) -> None:
    real = tmp_path / "store"
    real.mkdir()
    (real / "one.yaml").write_text(QUIZ.format(title="One"), encoding="utf-8")
    (tmp_path / "quizzes").symlink_to(real)
    assert list(load_bank(tmp_path / "quizzes").sets) == ["one"]


def test_pipes_folders_and_broken_links_are_skipped_without_blocking(
    folders: tuple[Path, Path],
) -> None:
    quizzes, _ = folders
    os.mkfifo(quizzes / "pipe.yaml")
    (quizzes / "folder.yaml").mkdir()
    (quizzes / "gone.yaml").symlink_to("nowhere.yaml")
    done: list[object] = []
    reader = threading.Thread(target=lambda: done.append(load_bank(quizzes)), daemon=True)
    reader.start()
    reader.join(timeout=10)
    assert done, "loading the folder blocked on a pipe"
    bank = done[0]
    assert isinstance(bank, type(load_bank(quizzes)))
    assert list(bank.sets) == ["real"]
    skipped = {Path(p.path).name: p.message for p in bank.problems}
    assert set(skipped) == {"pipe.yaml", "folder.yaml", "gone.yaml"}
    assert "broken link" in skipped["gone.yaml"]
    assert all(p.severity == "warning" for p in bank.problems)


def test_a_pipe_named_on_its_own_is_refused_not_waited_on(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.yaml"
    os.mkfifo(pipe)
    with pytest.raises(QuizFileError, match="not a regular file"):
        read_quiz_file(pipe)


def test_validate_reports_the_escaping_link(folders: tuple[Path, Path]) -> None:
    quizzes, outside = folders
    (quizzes / "escape.yaml").symlink_to(outside / "secret.yaml")
    run = quizbot("validate", str(quizzes))
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.splitlines()[0].startswith(f"{quizzes / 'escape.yaml'}: warning: skipped:")
    assert "Secret" not in run.stdout
    assert quizbot("validate", "--strict", str(quizzes)).returncode == 1
