"""`image:` in question files: files are decoded and checked where the loader reads
the set; URLs must be https (http is a warning); uploads may use URLs only."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import load_quiz
from bot.engine.errors import QuizFileError
from bot.engine.loader import read_quiz_file, read_quiz_text
from bot.engine.loader.images import MAX_IMAGE_BYTES
from tests.images.files import image_bytes, write_image


def set_file(folder: Path, *images: str, name: str = "pictures.yaml") -> Path:
    lines = ["title: Pictures", "questions:"]
    for n, image in enumerate(images):
        lines += [
            f"  - id: q{n}",
            f"    ask: What is in picture {n}?",
            f"    answer: thing {n}",
            f"    image: {image}",
        ]
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(QuizFileError) as caught:
        load_quiz(path)
    return [str(p) for p in caught.value.problems]


@pytest.mark.parametrize(
    "kind,suffix", [("PNG", "png"), ("JPEG", "jpg"), ("GIF", "gif"), ("WEBP", "webp")]
)
def test_each_allowed_kind_loads_and_knows_its_file(tmp_path: Path, kind: str, suffix: str) -> None:
    picture = write_image(tmp_path / "pics" / f"flag.{suffix}", kind)
    quiz = load_quiz(set_file(tmp_path, f"pics/flag.{suffix}"))
    (question,) = quiz.questions
    assert question.image == f"pics/flag.{suffix}"
    assert question.image_file is not None and Path(question.image_file) == picture


def test_urls_load_and_plain_http_is_only_a_warning(tmp_path: Path) -> None:
    result = read_quiz_file(
        set_file(tmp_path, "https://example.org/a.png", "http://example.org/b.jpg")
    )
    secure, plain = result.quiz.questions
    assert (secure.image, secure.image_file) == ("https://example.org/a.png", None)
    assert plain.image == "http://example.org/b.jpg"
    (warning,) = result.warnings
    assert warning.severity == "warning" and warning.question_id == "q1"
    assert (warning.line, warning.field) == (10, "image")
    assert "http://" in warning.message and "link" in warning.message


def test_every_broken_image_is_reported_with_line_and_column(tmp_path: Path) -> None:
    write_image(tmp_path / "fine.png")
    write_image(tmp_path / "bitmap.png", "BMP")  # a real image of a type Discord won't show
    (tmp_path / "notes.png").write_text("not a picture at all", encoding="utf-8")
    whole = image_bytes("PNG", size=(300, 300))
    (tmp_path / "cut.png").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "huge.png").write_bytes(b"\x89PNG" + bytes(MAX_IMAGE_BYTES))
    path = set_file(
        tmp_path,
        "fine.png", "missing.png", "bitmap.png", "notes.png", "cut.png", "huge.png",
        "ftp://example.org/x.png", "/etc/passwd.png", "notes.txt",
    )  # fmt: skip
    found = problems(path)
    assert len(found) == 8, found
    where = f"{path}:"
    expected = [
        (10, "image file 'missing.png' not found"),
        (14, "image file 'bitmap.png' is BMP, not PNG, JPEG, GIF or WebP"),
        (18, "image file 'notes.png' is not an image"),
        (22, "image file 'cut.png' is damaged"),
        (26, f"image file 'huge.png' is {MAX_IMAGE_BYTES + 4:,} bytes; the limit is"),
        (30, "an image URL must start with https://"),
        (34, "an image path must be relative to the question file"),
        (38, "an image file must be .png, .jpg, .jpeg, .gif or .webp"),
    ]
    for text, (line, message) in zip(found, expected, strict=True):
        assert text.startswith(f"{where}{line}:12: error: question "), text
        assert "field 'image'" in text and message in text, text


def test_an_upload_cannot_point_at_files(tmp_path: Path) -> None:
    write_image(tmp_path / "secret.png")
    text = set_file(tmp_path, "secret.png", "https://example.org/ok.png").read_text()
    with pytest.raises(QuizFileError) as caught:
        read_quiz_text(text, "pictures", "pictures.yaml")
    (problem,) = caught.value.problems
    assert problem.line == 6 and problem.field == "image"
    assert "an uploaded set cannot use the image file 'secret.png'" in problem.message
    only_urls = set_file(tmp_path, "https://example.org/ok.png").read_text()
    assert read_quiz_text(only_urls, "pictures", "pictures.yaml").quiz.questions[0].image


def test_red_lists_of_image_urls_load_as_image_questions(tmp_path: Path) -> None:
    path = tmp_path / "flags.yaml"
    path.write_text(
        "AUTHOR: someone\n"
        "https://example.org/flags/fr.png:\n- France\n"
        "Which country flies this flag? http://example.org/flags/de.png:\n- Germany\n"
        "What is the capital of Spain?:\n- Madrid\n"
        "See https://example.org/about for the rules. Who wrote Hamlet?:\n- Shakespeare\n",
        encoding="utf-8",
    )
    result = read_quiz_file(path)
    by_answer = {q.answer_texts()[0]: q for q in result.quiz.questions}
    assert by_answer["France"].image == "https://example.org/flags/fr.png"
    assert by_answer["France"].ask == "What does this picture show?"
    assert by_answer["Germany"].image == "http://example.org/flags/de.png"
    assert by_answer["Germany"].ask == "Which country flies this flag?"
    assert by_answer["Madrid"].image is None
    assert by_answer["Shakespeare"].image is None  # a link to a page is not a picture
    (warning,) = result.warnings
    assert warning.line == 4 and "http://" in warning.message


def test_validate_names_the_image_and_the_terminal_prints_it_on_its_own_line(
    tmp_path: Path,
) -> None:
    import subprocess
    import sys

    write_image(tmp_path / "pics" / "red.png")
    good = set_file(tmp_path, "pics/red.png", name="good.yaml")
    broken = set_file(tmp_path, "pics/blue.png", name="broken.yaml")
    checked = subprocess.run(
        [sys.executable, "-m", "bot", "validate", str(broken)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert checked.returncode == 1
    assert f"{broken}:6:12: error: question 'q0', field 'image': image file 'pics/blue.png'" in (
        checked.stdout
    )
    config = tmp_path / "bot.yaml"
    config.write_text("database: data/scores.db\nquizzes: .\n", encoding="utf-8")
    played = subprocess.run(
        [sys.executable, "-m", "bot", "play", str(good), "--name", "tester",
         "--config", str(config)],
        input="thing 0\n", capture_output=True, text=True, timeout=60, check=False,
        cwd=tmp_path,
    )  # fmt: skip
    assert played.returncode == 0, played.stderr
    lines = played.stdout.splitlines()
    asked = lines.index("What is in picture 0?")
    assert lines[asked + 1] == str(tmp_path / "pics" / "red.png")


def test_a_path_climbing_out_of_the_sets_folder_is_refused(tmp_path: Path) -> None:
    write_image(tmp_path / "outside.png")
    inner = tmp_path / "sets"
    inner.mkdir()
    (inner / "link.png").symlink_to(tmp_path / "outside.png")
    found = problems(set_file(inner, "../outside.png", "link.png"))
    assert len(found) == 2
    assert all("is outside the folder of this question file" in text for text in found)
