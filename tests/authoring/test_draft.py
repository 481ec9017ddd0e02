"""The drafter on real articles: valid files, every type, the article's facts."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from bot.authoring import DraftError, draft_quiz, variants
from bot.authoring.draft import analyse
from bot.engine import judge
from bot.engine.errors import QuizError
from bot.engine.loader import read_quiz_text
from bot.engine.models import QUESTION_TYPES, QuizSet
from tests.authoring.conftest import BRIDGE_ARTICLE


def load(text: str) -> QuizSet:
    """Both ways a draft must load: the bare models and the project's loader."""
    QuizSet.model_validate(yaml.safe_load(text))
    result = read_quiz_text(text, "draft", "draft.yaml")
    assert result.warnings == [] or all("warning" in str(w) for w in result.warnings)
    return result.quiz


def answers(quiz: QuizSet) -> set[str]:
    """Every right answer in the set, as text, case-folded."""
    found: set[str] = set()
    for question in quiz.questions:
        raw: Any = question.model_dump()
        if raw["type"] == "all_of":
            found.update(alt for part in raw["answer"] for alt in part)
        elif raw["type"] == "text":
            found.update([raw["answer"], *raw["accept"]])
        elif raw["type"] != "truefalse":
            found.update(question.answer_texts())
    return {a.casefold() for a in found}


def test_bridge_article_gives_a_valid_set_of_every_type() -> None:
    quiz = load(draft_quiz(BRIDGE_ARTICLE, title="Bridge"))
    assert quiz.title == "Bridge"
    assert {q.model_dump()["type"] for q in quiz.questions} == set(QUESTION_TYPES)
    tested = texts_tested(quiz)
    for fact in ("helena varela", "duarte pimentel", "porto", "lisbon", "2020", "march 2024",
                 "30", "12000", "38000000", "portugal", "spain", "ribeira footbridge"):  # fmt: skip
        assert any(fact in text for text in tested), fact


def texts_tested(quiz: QuizSet) -> list[str]:
    """Each question's answers, or a true/false question's statement, folded."""
    texts = []
    for question in quiz.questions:
        if question.model_dump()["type"] == "truefalse":
            texts.append(question.ask.casefold().replace(",", ""))
        else:
            texts.append(" ".join(question.answer_texts()).casefold().replace(",", ""))
    return texts


def test_bridge_people_have_their_posts() -> None:
    people = {m.value: m for m in analyse(BRIDGE_ARTICLE).mentions if m.kind == "person"}
    assert people["Helena Varela"].title == "mayor"
    assert people["Helena Varela"].country == "Porto"
    assert people["Duarte Pimentel"].country == "Lisbon"
    quiz = load(draft_quiz(BRIDGE_ARTICLE))
    who = [q for q in quiz.questions if q.ask.endswith("who is the mayor of Porto?")]
    assert [q.model_dump()["answer"] for q in who] == ["Helena Varela"]


def test_percentage_keeps_its_bound_and_unit() -> None:
    quiz = load(draft_quiz(BRIDGE_ARTICLE))
    [percent] = [q for q in quiz.questions if q.model_dump().get("unit") == "%"]
    assert percent.ask == "Fewer than what percentage of residents backed the plan?", percent.ask
    assert percent.model_dump()["answer"] == 30


def test_every_question_carries_explain_hint_tags_and_a_slug_id() -> None:
    quiz = load(draft_quiz(BRIDGE_ARTICLE))
    sentences = analyse(BRIDGE_ARTICLE).sentences
    for question in quiz.questions:
        assert question.hint and question.tags
        assert re.fullmatch(r"[a-z0-9][a-z0-9_-]*", question.id)
        assert any(sentence in question.explain for sentence in sentences), question.id
        if question.model_dump()["type"] == "text" and "people" in question.tags:
            assert question.model_dump()["accept"], question.id


def test_answers_come_from_the_article() -> None:
    quiz = load(draft_quiz(BRIDGE_ARTICLE))
    article = BRIDGE_ARTICLE.casefold()
    for question in quiz.questions:
        raw = question.model_dump()
        if raw["type"] in ("text", "choice"):
            assert str(raw["answer"]).casefold() in article, question.id
        if raw["type"] == "year":
            assert str(raw["answer"]) in article


def test_false_statements_swap_one_fact_and_true_ones_quote_the_article() -> None:
    quiz = load(draft_quiz(BRIDGE_ARTICLE))
    statements = [q for q in quiz.questions if q.model_dump()["type"] == "truefalse"]
    assert {q.model_dump()["answer"] for q in statements} == {True, False}
    for question in statements:
        quoted = re.search(r'"(.*)"$', question.ask)
        if quoted and question.model_dump()["answer"]:
            assert quoted.group(1) in BRIDGE_ARTICLE
        elif quoted:
            assert quoted.group(1) not in BRIDGE_ARTICLE
            assert question.explain.startswith("False: the article says")


def test_choice_distractors_are_of_the_same_kind() -> None:
    quiz = load(draft_quiz(BRIDGE_ARTICLE))
    months = {"January", "February", "March", "April", "May", "June", "July", "August"}
    months |= {"September", "October", "November", "December"}
    for question in quiz.questions:
        raw = question.model_dump()
        if raw["type"] == "choice" and raw["answer"] in months:
            assert set(raw["choices"]) <= months
            assert len(raw["choices"]) == 4


def test_built_in_lists_fill_in_when_the_article_has_one_country() -> None:
    text = "The summit opened in Ghana on Monday. Delegates praised the host."
    [country_choice] = [
        d for d in variants.choice_cloze(analyse(text)) if d.data["answer"] == "Ghana"
    ]
    choices = country_choice.data["choices"]
    assert len(set(choices)) == 4
    # Distractors from the same region as the answer come first.
    assert {"Benin", "Burkina Faso", "Gambia"} <= set(choices)


def test_question_cap_and_determinism() -> None:
    first = draft_quiz(BRIDGE_ARTICLE, max_questions=7)
    assert first == draft_quiz(BRIDGE_ARTICLE, max_questions=7)
    quiz = load(first)
    assert len(quiz.questions) == 7
    assert len({q.model_dump()["type"] for q in quiz.questions}) >= 3


def test_header_says_it_is_a_draft() -> None:
    text = draft_quiz(BRIDGE_ARTICLE, source_name="bridge.txt")
    assert text.startswith("# DRAFT quiz written by `quizbot draft` from bridge.txt")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("!!! ??? ...", "no sentences"),
        ("12 34 56 78", "no facts"),
        ("hello", "no facts"),
        ("2022", "no facts"),
        ("Paris. Monday.", "no facts"),
    ],
)
def test_unusable_articles_raise_a_clear_draft_error(text: str, message: str) -> None:
    with pytest.raises(DraftError, match=message) as caught:
        draft_quiz(text)
    assert isinstance(caught.value, QuizError)


def test_question_count_out_of_range_is_refused() -> None:
    with pytest.raises(DraftError, match="between 1 and"):
        draft_quiz(BRIDGE_ARTICLE, max_questions=0)


def test_titles_are_cleaned_and_never_empty() -> None:
    assert load(draft_quiz(BRIDGE_ARTICLE, title="  Bridge\nday ")).title == "Bridge day"
    quiz = load(draft_quiz(BRIDGE_ARTICLE, title="   ", source_name="  "))
    assert quiz.title == "Draft quiz: article"


def test_the_judge_accepts_every_drafted_answer(seed_text: str) -> None:
    """A draft is playable: each canonical answer and alternative is judged right."""
    for text in (BRIDGE_ARTICLE, seed_text):
        quiz = load(draft_quiz(text, max_questions=100))
        for question in quiz.questions:
            raw = question.model_dump()
            tries = list(question.answer_texts())
            if raw["type"] == "text":
                tries += raw["accept"]
            if raw["type"] == "all_of":
                tries.append(", ".join(part[-1] for part in raw["answer"]))
            if raw["type"] == "choice":
                wrong = [c for c in raw["choices"] if c != raw["answer"]]
                assert not judge(question, wrong[0]).correct, question.id
            for answer in tries:
                assert judge(question, answer).correct, (question.id, answer)
