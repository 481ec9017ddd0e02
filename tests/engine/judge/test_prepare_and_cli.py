"""prepare() caching on the frozen models, peers, and `quizbot try` in a real process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.engine import judge as exported_judge
from bot.engine.judge import judge, prepare, prepare_all
from bot.engine.judge.prepared import Prepared
from bot.engine.models import QuizSet, TextQuestion
from tests.engine.judge.agreement_data import LABELLED
from tests.engine.judge.quizsets import ALL_SETS, make_set

SETS = ALL_SETS

QUIZ_YAML = """\
title: Try test
questions:
  - id: minister
    ask: Which Russian minister hosted the talks?
    answer: Sergei Shoigu
    accept: [Shoigu]
  - id: share
    type: number
    ask: Less than what percentage of people have electricity?
    answer: 25
    unit: "%"
"""


def test_engine_exports_the_judge() -> None:
    assert exported_judge is judge


def test_prepare_stores_data_on_the_frozen_question_once() -> None:
    question = TextQuestion(id="q", ask="Capital of France?", answer="Paris")
    assert question._compiled is None
    prepare(question)
    first = question._compiled
    assert isinstance(first, Prepared)
    prepare(question)
    assert question._compiled is first
    assert judge(question, "paris").correct
    assert question._compiled is first


def test_judge_prepares_lazily() -> None:
    question = TextQuestion(id="q", ask="Capital of Italy?", answer="Rome")
    assert judge(question, "Rome!").correct
    assert isinstance(question._compiled, Prepared)


def test_prepare_all_matches_prepare_one_by_one() -> None:
    one_by_one = {q.id: q for spec in SETS for q in make_set(spec).questions}
    together = {}
    for spec in SETS:
        quiz = make_set(spec)
        prepare_all(quiz.questions)
        together.update({q.id: q for q in quiz.questions})
    for question in together.values():
        assert isinstance(question._compiled, Prepared)
    for qid, text, _ in LABELLED:
        assert judge(together[qid], text) == judge(one_by_one[qid], text), (qid, text)


def test_peer_equal_to_own_answer_does_not_block_typos() -> None:
    quiz = make_set(
        [
            {"id": "a", "ask": "Who invaded Ukraine?", "answer": "Russia"},
            {"id": "b", "ask": "Who courts Burkina Faso?", "answer": "Russia"},
            {"id": "c", "ask": "Former ruler?", "answer": "France"},
        ]
    )
    first, second, third = quiz.questions
    assert judge(first, "Rusia").correct
    assert judge(second, "russia").correct
    assert not judge(third, "France or Russia").correct


def test_typo_landing_on_a_peer_is_refused() -> None:
    quiz = make_set(
        [
            {"id": "river", "ask": "Longest river?", "answer": "Nile"},
            {"id": "lord", "ask": "Ruler of the manor?", "answer": "Baron"},
            {"id": "city", "ask": "A city", "answer": "Barton"},
        ]
    )
    lord = quiz.questions[1]
    assert judge(lord, "Baronn").correct
    verdict = judge(lord, "Barton")
    assert not verdict.correct and verdict.reason == "confusable"


def test_reject_list_wins_over_typo_allowance() -> None:
    question = TextQuestion(
        id="q", ask="Sequel?", answer="Ghostbusters II", reject=["Ghostbusters"]
    )
    assert judge(question, "ghostbusters ii").correct
    assert judge(question, "Ghostbusters").reason == "rejected"


def _run_try(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "try", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        check=False,
    )


@pytest.fixture
def quiz_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "quizzes"
    folder.mkdir()
    (folder / "article.yaml").write_text(QUIZ_YAML, encoding="utf-8")
    return folder


def test_try_by_path_prints_verdict_match_and_reason(tmp_path: Path, quiz_dir: Path) -> None:
    result = _run_try(tmp_path, str(quiz_dir / "article.yaml"), "minister", "I think Shoygu!")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["verdict: RIGHT", "matched: Shoigu", "reason:  typo"]


def test_try_by_set_name_reports_a_wrong_bound(tmp_path: Path, quiz_dir: Path) -> None:
    result = _run_try(tmp_path, "article", "share", "more than 25%", "--quizzes", str(quiz_dir))
    assert result.returncode == 1
    assert "verdict: WRONG" in result.stdout
    assert "reason:  bound" in result.stdout


def test_try_unknown_set_and_question_say_what_exists(tmp_path: Path, quiz_dir: Path) -> None:
    missing = _run_try(tmp_path, "nosuch", "x", "y", "--quizzes", str(quiz_dir))
    assert missing.returncode == 2
    assert "no set named 'nosuch'" in missing.stderr and "article" in missing.stderr
    wrong_id = _run_try(tmp_path, "article", "nope", "y", "--quizzes", str(quiz_dir))
    assert wrong_id.returncode == 2
    assert "minister, share" in wrong_id.stderr


def test_try_reads_an_id_in_any_case_and_suggests_a_near_one(
    tmp_path: Path, quiz_dir: Path
) -> None:
    upper = _run_try(tmp_path, "article", "Minister", "Shoigu", "--quizzes", str(quiz_dir))
    assert upper.returncode == 0, upper.stderr
    assert "verdict: RIGHT" in upper.stdout
    typo = _run_try(tmp_path, "article", "minster", "Shoigu", "--quizzes", str(quiz_dir))
    assert typo.returncode == 2
    assert "did you mean 'minister'?" in typo.stderr


def test_all_of_is_not_blocked_by_a_peer_naming_the_same_parts() -> None:
    quiz = QuizSet.model_validate(
        {
            "title": "t",
            "questions": [
                {
                    "id": "pair",
                    "type": "all_of",
                    "ask": "Which two countries?",
                    "answer": ["Burkina Faso", "Russia"],
                },
                {"id": "joined", "ask": "Who signed?", "answer": "Burkina Faso and Russia"},
                {"id": "three", "ask": "Who else?", "answer": "Ukraine and Russia"},
            ],
        }
    )
    pair = quiz.questions[0]
    assert judge(pair, "Burkina Faso and Russia").correct
    assert judge(pair, "Russia, Burkina Faso").correct
    assert not judge(pair, "Ukraine and Russia").correct
