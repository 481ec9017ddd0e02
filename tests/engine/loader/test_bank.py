import shutil
from pathlib import Path

from bot.engine import load_bank

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "quizzes"


def test_a_bad_file_is_reported_and_skipped_while_the_others_load(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "good" / "all-types.yaml", tmp_path / "first.yaml")
    shutil.copy(FIXTURES / "red" / "red-animals.yaml", tmp_path / "animals.yml")
    shutil.copy(FIXTURES / "bad" / "duplicate-id.yaml", tmp_path / "broken.yaml")
    (tmp_path / "schema.json").write_text("{}")
    (tmp_path / "notes.txt").write_text("not a quiz")
    bank = load_bank(tmp_path)
    assert list(bank.sets) == ["animals", "first"]
    assert bank.files_read == 3
    assert [str(p) for p in bank.errors] == [
        f"{tmp_path / 'broken.yaml'}:9:9: error: question 'same', field 'id': "
        "question id 'same' is already used on line 3; ids must be unique"
    ]
    warnings = [p for p in bank.problems if p.severity == "warning"]
    assert [w.line for w in warnings] == [9]  # red-animals' unknown CONFIG key
    assert bank.get("first") is not None and bank.get("broken") is None
    assert bank.question_count() == 6 + 4


def test_duplicate_set_names_across_folders_keep_the_first(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    shutil.copy(FIXTURES / "good" / "all-types.yaml", one / "facts.yaml")
    shutil.copy(FIXTURES / "good" / "yaml11-words.yaml", two / "Facts.yml")
    bank = load_bank(one, two)
    facts = bank.get("facts")
    assert facts is not None and facts.path == str(one / "facts.yaml")
    assert len(bank.errors) == 1
    assert "a set named 'facts' is already loaded from" in bank.errors[0].message
    assert bank.errors[0].path == str(two / "Facts.yml")


def test_all_tags_gathers_set_and_question_tags() -> None:
    bank = load_bank(FIXTURES / "good")
    assert bank.all_tags() == ["fixture", "places"]


def test_a_missing_folder_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    bank = load_bank(tmp_path / "nowhere")
    assert not bank.sets
    assert bank.errors[0].message == "no such file or folder"
