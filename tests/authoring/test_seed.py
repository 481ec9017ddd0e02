"""The drafter on the seed article: the facts issue 6 lists are all recovered.

Assertions are on facts (names, numbers, places), never on article sentences.
"""

from __future__ import annotations

import yaml

from bot.authoring import draft_quiz
from bot.authoring.draft import analyse
from bot.engine.loader import load_quiz_text
from bot.engine.models import QUESTION_TYPES, QuizSet
from tests.authoring.draft_quality import KeyFact, cloze_share, covers, most_asked_answer


def test_seed_draft_is_valid_covers_every_type_and_the_listed_facts(seed_text: str) -> None:
    text = draft_quiz(seed_text, source_name="seed.txt")
    QuizSet.model_validate(yaml.safe_load(text))
    quiz = load_quiz_text(text, "seed-draft", "seed-draft.yaml")
    assert {q.model_dump()["type"] for q in quiz.questions} == set(QUESTION_TYPES)
    plain = yaml.safe_load(text)["questions"]
    # The seed's key facts, each asked (the dateline's weekday is not one).
    for fact in SEED_FACTS:
        assert any(covers(q, fact) for q in plain), fact.fact
    assert cloze_share(plain) <= 0.3
    assert most_asked_answer(plain) <= 2


SEED_FACTS = [
    KeyFact("Russia's defence minister", ("Sergei Shoigu", "Shoigu")),
    KeyFact("Burkina Faso's defence minister", ("Kassoum Coulibaly", "Coulibaly")),
    KeyFact("their post", ("defense minister",)),
    KeyFact("where they met", ("Moscow",)),
    KeyFact("two coups", ("2",)),
    KeyFact("the coups' year", ("2022",)),
    KeyFact("the junta took power", ("September 2022",)),
    KeyFact("the former colonial ruler", ("France",)),
    KeyFact("Russia invaded", ("Ukraine",)),
    KeyFact("free grain", ("grain",)),
    KeyFact("the agreement", ("nuclear power plant",)),
    KeyFact("access to electricity", ("25",)),
]


def test_seed_posts_counterpart_takes_the_other_country(seed_text: str) -> None:
    people = {m.value: m for m in analyse(seed_text).mentions if m.kind == "person"}
    assert (people["Sergei Shoigu"].title, people["Sergei Shoigu"].country) == (
        "defense minister",
        "Russia",
    )
    assert (people["Kassoum Coulibaly"].title, people["Kassoum Coulibaly"].country) == (
        "defense minister",
        "Burkina Faso",
    )


def test_seed_questions_on_posts_meeting_and_percentage(seed_text: str) -> None:
    quiz = load_quiz_text(draft_quiz(seed_text, max_questions=80), "seed", "seed.yaml")
    by_ask = {q.ask: q.model_dump() for q in quiz.questions}
    who = "According to the article, who is the defense minister of Burkina Faso?"
    assert by_ask[who]["answer"] == "Kassoum Coulibaly"
    assert "Coulibaly" in by_ask[who]["accept"]
    met = by_ask["Name the 2 people who met in Moscow."]
    assert met["type"] == "all_of"
    assert sorted(part[0] for part in met["answer"]) == ["Kassoum Coulibaly", "Sergei Shoigu"]
    percent = by_ask["Less than what percentage of the population has access to electricity?"]
    assert (percent["answer"], percent["unit"]) == (25, "%")
    assert any(q["type"] == "truefalse" and q["answer"] is False for q in by_ask.values())


def test_seed_answers_are_in_the_article(seed_text: str) -> None:
    article = seed_text.casefold()
    quiz = load_quiz_text(draft_quiz(seed_text, max_questions=100), "seed", "seed.yaml")
    for question in quiz.questions:
        raw = question.model_dump()
        if raw["type"] in ("text", "choice", "year"):
            assert str(raw["answer"]).casefold() in article, question.id
        if raw["type"] == "all_of":
            assert all(part[0].casefold() in article for part in raw["answer"]), question.id
