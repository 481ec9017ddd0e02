"""Whatever the text, the drafter gives a valid file or a DraftError, never a crash."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.authoring import DraftError, draft_quiz
from bot.engine.loader import load_quiz_text
from tests.authoring.conftest import BRIDGE_ARTICLE

_WORDS = st.sampled_from(
    [
        "Mayor",
        "Helena Varela",
        "Russia",
        "Burkinabe counterpart,",
        "in",
        "2022",
        "less than 25%",
        "two",
        "coups",
        "“quoted words”",
        "Tuesday",
        "October",
        ".",
        ",",
        "\n",
        "Defense Minister,",
        "the",
        "provide free",
        "grain",
        "Ministry",
        "NATO",
    ]
)
_TEXTS = st.one_of(
    st.text(max_size=400),
    st.binary(max_size=400).map(lambda b: b.decode("utf-8", errors="replace")),
    st.binary(max_size=400).map(lambda b: b.decode("latin-1")),
    st.lists(_WORDS, max_size=60).map(" ".join),
    st.integers().map(str),
    st.just(""),
)


def _check(text: str, max_questions: int) -> None:
    try:
        yaml_text = draft_quiz(text, max_questions=max_questions)
    except DraftError as error:
        assert str(error)
        return
    quiz = load_quiz_text(yaml_text, "draft", "draft.yaml")
    assert 1 <= len(quiz.questions) <= max_questions


@settings(max_examples=150, deadline=None)
@given(_TEXTS, st.integers(min_value=1, max_value=60))
def test_any_text_gives_a_valid_file_or_a_draft_error(text: str, max_questions: int) -> None:
    _check(text, max_questions)


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=0, max_value=len(BRIDGE_ARTICLE)), st.text(max_size=20))
def test_a_damaged_article_still_drafts_or_fails_cleanly(cut: int, junk: str) -> None:
    _check(BRIDGE_ARTICLE[:cut] + junk + BRIDGE_ARTICLE[cut:], 40)


def test_a_megabyte_article_is_read_up_to_the_cap() -> None:
    huge = (BRIDGE_ARTICLE * 2300)[: 1024 * 1024]
    yaml_text = draft_quiz(huge)
    assert "Only the first" in yaml_text
    load_quiz_text(yaml_text, "draft", "draft.yaml")


def test_a_megabyte_without_sentences_fails_cleanly() -> None:
    with pytest.raises(DraftError, match="no facts"):
        draft_quiz("7" * 1024 * 1024)
