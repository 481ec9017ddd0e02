"""The judge against hand labels: high agreement and no false accepts beyond the known ones."""

from __future__ import annotations

from bot.engine import judge
from tests.engine.judge.agreement_data import KNOWN_FALSE_ACCEPTS, LABELLED
from tests.engine.judge.quizsets import questions


def test_agreement_with_the_quizmaster() -> None:
    bank = questions()
    verdicts = [(qid, text, label, judge(bank[qid], text).correct) for qid, text, label in LABELLED]
    false_accepts = {(qid, text) for qid, text, label, got in verdicts if got and not label}
    disagreements = [v for v in verdicts if v[3] != v[2]]
    assert len(LABELLED) >= 200
    assert false_accepts <= KNOWN_FALSE_ACCEPTS
    assert len(disagreements) / len(verdicts) < 0.02, disagreements
