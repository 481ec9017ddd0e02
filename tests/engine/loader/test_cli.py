"""The validate, sets and convert commands, run as a user would: a real subprocess."""

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from bot.engine import load_quiz

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "quizzes"
ROOT = Path(__file__).resolve().parents[3]


def quizbot(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_validate_clean_folder_exits_zero_with_a_summary() -> None:
    run = quizbot("validate", str(FIXTURES / "good"), str(FIXTURES / "red"))
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert lines[-1] == "3 files, 26 questions, 0 errors, 1 warning"
    assert lines[0].endswith("warning: field 'CONFIG': unknown CONFIG setting `colour` is ignored")


def test_validate_reports_each_problem_and_exits_one(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "good" / "all-types.yaml", tmp_path / "good.yaml")
    shutil.copy(FIXTURES / "bad" / "unknown-key.yaml", tmp_path / "typo.yaml")
    run = quizbot("validate", str(tmp_path))
    assert run.returncode == 1
    assert run.stdout.splitlines() == [
        f"{tmp_path / 'typo.yaml'}:6:5: error: question 'q1', field 'explian': "
        "unknown key `explian`; did you mean `explain`?",
        "2 files, 6 questions, 1 error",
    ]


def test_validate_defaults_to_the_quizzes_folder(tmp_path: Path) -> None:
    (tmp_path / "quizzes").mkdir()
    shutil.copy(FIXTURES / "good" / "all-types.yaml", tmp_path / "quizzes" / "a.yaml")
    run = quizbot("validate", cwd=tmp_path)
    assert (run.returncode, run.stdout) == (0, "1 file, 6 questions, 0 errors\n")


def test_sets_lists_title_and_counts_by_type() -> None:
    run = quizbot("sets", str(FIXTURES / "good"))
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "all-types: Fixture set - 6 questions "
        "(text 1, number 1, year 1, choice 1, truefalse 1, all_of 1)",
        "yaml11-words: Words YAML 1.1 would change - 16 questions "
        "(text 12, number 1, choice 1, truefalse 2)",
    ]


def test_convert_writes_a_file_our_loader_reads_back(tmp_path: Path) -> None:
    red = FIXTURES / "red" / "red-animals.yaml"
    out = tmp_path / "animals.yaml"
    run = quizbot("convert", str(red), "-o", str(out))
    assert run.returncode == 0, run.stderr
    assert "wrote 4 questions to" in run.stderr
    converted, original = load_quiz(out), load_quiz(red)
    assert [(q.id, q.ask) for q in converted.questions] == [
        (q.id, q.ask) for q in original.questions
    ]
    # "2" and "two" name one number: the camel question is a number question now.
    camel = converted.question(original.questions[1].id)
    assert (type(camel).__name__, camel.answer_texts()) == ("NumberQuestion", ["2"])
    plain = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert plain["questions"][2]["answer"] == "no"  # quoted, so even YAML 1.1 keeps the text


def test_convert_to_stdout_and_refusing_a_broken_file() -> None:
    run = quizbot("convert", str(FIXTURES / "red" / "red-animals.yaml"))
    assert run.returncode == 0
    assert "ask: Which bird is drawn on the made-up flag?" in run.stdout
    broken = quizbot("convert", str(FIXTURES / "bad" / "syntax-error.yaml"))
    assert broken.returncode == 1
    assert "syntax-error.yaml:4:18: error: YAML syntax error" in broken.stderr


def test_schema_module_regenerates_the_file(tmp_path: Path) -> None:
    out = tmp_path / "schema.json"
    run = subprocess.run(
        [sys.executable, "-m", "bot.engine.schema", str(out)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert out.read_text(encoding="utf-8") == (ROOT / "quizzes" / "schema.json").read_text(
        encoding="utf-8"
    )
