"""The fast path for plain files gives exactly what the full path gives, and steps aside
for anything it does not handle."""

import hashlib
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.engine import QuizFileError, load_quiz
from bot.engine.loader import read_quiz_file
from bot.engine.loader.fastyaml import UNUSUAL, read_plain
from bot.engine.loader.redtrivia import question_id
from bot.engine.loader.yamlsource import read_yaml
from bot.engine.models import TextQuestion


def reference_question_id(text: str) -> str:
    """The id algorithm as first written; ids are stored, so they must never change."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    slug = ""
    for word in re.findall(r"[a-z0-9]+", ascii_text):
        if len(slug) + len(word) + 1 > 40:
            break
        slug = f"{slug}-{word}" if slug else word
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    return f"{slug}-{digest}" if slug else f"q-{digest}"


EDGE_TEXTS = [
    "",
    "?",
    "x" * 39,
    "x" * 40,
    "x" * 40 + " more",
    "x" * 41 + " more",
    "a" * 39 + " b",
    "abc " * 10,
    "abc " * 10 + "d",
    "Straße über Ærø — ǅemal?",
    "İstanbul ﬁnal Ⅻ ½",
    "Кто написал «Войну и мир»?",
    "What's 2+2? (in base-10)",
]


@pytest.mark.parametrize("text", EDGE_TEXTS)
def test_question_ids_never_change(text: str) -> None:
    assert question_id(text) == reference_question_id(text)


@given(st.text(alphabet=st.sampled_from("ab Z9-?'é ßİ\u0301xyz0"), max_size=80))
def test_question_ids_never_change_for_any_text(text: str) -> None:
    assert question_id(text) == reference_question_id(text)


PLAIN = (
    "AUTHOR: Ada\n"
    "DESCRIPTION: '  Mixed quoting  '\n"
    "CONFIG:\n  delay: 30\n"
    "Plain question?:\n- Paris\n- '  the city of light  '\n"
    '"Quoted: question?":\n- "Tab\\tinside"\n- >\n  folded\n  text\n'
    "Flow?: [one, 'two', \"three\"]\n"
)


def _full_path(text: str) -> object:
    """The data as the full builder reads it, forcing the slow path."""
    document, _ = read_yaml(text + "unusual: &anchor [x]\n", "f.yaml")
    data = document.data
    del data["unusual"]
    return data


def test_plain_reading_matches_the_full_builder() -> None:
    assert read_plain(PLAIN, 20) == _full_path(PLAIN)


@pytest.mark.parametrize(
    "text",
    [
        "a: &x [1]\nb: *x\n",
        "a: !!str 1\n",
        "a: ~\n",
        "a:\n",
        "a: 1\na: 2\n",
        "a: 1\n---\nb: 2\n",
        "? [a]\n: b\n",
        "a: [\n",
        '"\\e[31m": x\n',
        "",
    ],
    ids=[
        "alias",
        "tag",
        "null",
        "empty",
        "repeat",
        "two-docs",
        "complex-key",
        "broken",
        "escape",
        "nothing",
    ],
)
def test_anything_unusual_goes_to_the_full_builder(text: str) -> None:
    assert read_plain(text, 20) is UNUSUAL


def test_depth_beyond_the_limit_goes_to_the_full_builder() -> None:
    assert read_plain("a: [[[x]]]\n", 3) is UNUSUAL
    assert read_plain("a: [[[x]]]\n", 4) == {"a": [[["x"]]]}


def test_a_clean_red_list_loads_the_same_as_through_validation(tmp_path: Path) -> None:
    clean = tmp_path / "clean.yaml"
    clean.write_text(PLAIN, encoding="utf-8")
    # An unused anchor sends the same content down the full path (reader and pydantic).
    (tmp_path / "slow").mkdir()
    slow = tmp_path / "slow" / "clean.yaml"
    slow.write_text(PLAIN + "Anchored?: &a [x]\n", encoding="utf-8")
    fast_quiz = load_quiz(clean)
    slow_quiz = load_quiz(slow)
    assert fast_quiz.model_dump() == {
        **slow_quiz.model_dump(),
        "questions": slow_quiz.model_dump()["questions"][:-1],
    }
    for fast, full in zip(fast_quiz.questions, slow_quiz.questions, strict=False):
        assert isinstance(fast, TextQuestion)
        assert fast.__dict__ == full.__dict__
        assert fast.model_fields_set == full.model_fields_set
    assert [q.peer_answers for q in fast_quiz.questions[:2]] == [
        ("Tab\tinside", "folded text", "one", "two", "three"),
        ("Paris", "the city of light", "one", "two", "three"),
    ]


def test_positions_of_a_plainly_read_file_are_found_when_needed(tmp_path: Path) -> None:
    text = "CONFIG:\n  colour: red\nQ?:\n- a\n"
    path = tmp_path / "red.yaml"
    path.write_text(text, encoding="utf-8")
    [warning] = read_quiz_file(path).warnings
    assert (warning.line, warning.column) == (2, 3)
    broken = tmp_path / "broken.yaml"
    broken.write_text("Q?:\n- a\nR?:\n- [nested]\n", encoding="utf-8")
    with pytest.raises(QuizFileError) as caught:
        load_quiz(broken)
    assert [(p.line, p.column) for p in caught.value.problems] == [(4, 3)]
