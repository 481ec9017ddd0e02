"""Benchmark and agreement report for the answer judge (not collected by pytest).

Run: .venv/bin/python tests/bench/bench_judge.py [--seconds N]

Prints judgments per second on one core over a realistic mix of question
types and typed answers (right, typos, wrong, hedges, sentences, number
words), the cost of one bare `rapidfuzz.fuzz.ratio` call on the same strings,
and the ratio between the two. Then the judge's agreement with hand labels,
next to two simple rules used by other quiz bots (approximations, for scale).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from rapidfuzz import fuzz

from bot.engine.judge import judge, prepare, prepare_all
from bot.engine.models import QuestionBase, TextQuestion
from tests.engine.judge.agreement_data import LABELLED
from tests.engine.judge.cases import (
    ALL_OF,
    CHOICES,
    EMPTY,
    INFLECTIONS,
    NAMES,
    NORMALISATION,
    NUMBERS,
    SENTENCES,
    TRUEFALSE,
    TYPOS,
    YEARS,
)
from tests.engine.judge.quizsets import ARTICLE, GENERAL, make_set, questions


def prepared_bank() -> dict[str, QuestionBase]:
    bank = questions()
    for question in bank.values():
        prepare(question)  # the loader does this at load time
    return bank


def realistic_mix() -> list[tuple[QuestionBase, str]]:
    """The hand-labelled answers: mostly short replies, some typos, hedges and sentences."""
    bank = prepared_bank()
    return [(bank[qid], text) for qid, text, _ in LABELLED]


def edge_cases() -> list[tuple[QuestionBase, str]]:
    """Every row of the judge's test table: heavy on sentences, hedges and number words."""
    bank = prepared_bank()
    table = [
        *NORMALISATION, *EMPTY, *TYPOS, *INFLECTIONS, *SENTENCES, *NAMES,
        *NUMBERS, *YEARS, *CHOICES, *TRUEFALSE, *ALL_OF,
    ]  # fmt: skip
    return [(bank[qid], text) for qid, text, _, _ in table]


def rate(step: Callable[[], None], count: int, seconds: float, repeats: int = 5) -> float:
    """Operations per second of `step` (which performs `count` of them), best of `repeats`.

    The best run is the least disturbed by other processes on a shared machine.
    """
    best = 0.0
    for _ in range(repeats):
        done = 0
        start = time.perf_counter()
        while True:
            step()
            done += count
            elapsed = time.perf_counter() - start
            if elapsed >= seconds / repeats:
                break
        best = max(best, done / elapsed)
    return best


def bench(name: str, pairs: list[tuple[QuestionBase, str]], seconds: float) -> None:
    targets = [(q.answer_texts()[0], text) for q, text in pairs]

    def judge_all() -> None:
        for question, text in pairs:
            judge(question, text)

    def ratio_all() -> None:
        for answer, text in targets:
            fuzz.ratio(answer, text)

    judged = rate(judge_all, len(pairs), seconds)
    ratios = rate(ratio_all, len(targets), seconds)
    kinds = len({q.id for q, _ in pairs})
    print(f"{name}: {len(pairs)} typed answers over {kinds} questions of all six types")
    print("  (one core, best of 5 runs)")
    print(f"  judge:            {judged:12,.0f} judgments/s  ({1e6 / judged:6.2f} us each)")
    print(f"  bare fuzz.ratio:  {ratios:12,.0f} calls/s      ({1e6 / ratios:6.2f} us each)")
    print(f"  judge / fuzz.ratio cost: {ratios / judged:.1f}x")


def prepare_cost() -> None:
    """Load-time cost: prepare_all on a set of a few hundred questions."""
    specs = [{**q, "id": f"{q['id']}_{i}"} for i in range(5) for q in ARTICLE + GENERAL]
    quiz = make_set(specs)
    start = time.perf_counter()
    prepare_all(quiz.questions)
    elapsed = time.perf_counter() - start
    per = elapsed / len(quiz.questions) * 1e6
    size = len(quiz.questions)
    print(f"prepare_all: {size}-question set in {elapsed * 1e3:.0f} ms ({per:.0f} us each)")


def _answers(question: QuestionBase) -> list[str]:
    if isinstance(question, TextQuestion):
        return [question.answer, *question.accept]
    return question.answer_texts()


def red_rule(question: QuestionBase, text: str) -> bool:
    """Red-DiscordBot trivia, roughly: whole word for one-word answers, substring otherwise."""
    guess = text.lower()
    for answer in (a.lower() for a in _answers(question)):
        if " " not in answer and answer in guess.split(" "):
            return True
        if " " in answer and answer in guess:
            return True
    return False


def ratio_rule(question: QuestionBase, text: str) -> bool:
    """sir-lancebot trivia, roughly: fuzz.ratio above 88 against any answer."""
    return any(fuzz.ratio(a.lower(), text.lower()) > 88 for a in _answers(question))


def agreement() -> None:
    bank = prepared_bank()
    rules: list[tuple[str, Callable[[QuestionBase, str], bool]]] = [
        ("quizbot judge", lambda q, t: judge(q, t).correct),
        ("substring/word rule", red_rule),
        ("fuzz.ratio > 88 rule", ratio_rule),
    ]
    print(f"\nagreement with {len(LABELLED)} hand-labelled answers:")
    for name, rule in rules:
        got = [(qid, text, label, rule(bank[qid], text)) for qid, text, label in LABELLED]
        agree = sum(1 for _, _, label, ok in got if ok == label)
        false_accepts = [(q, t) for q, t, label, ok in got if ok and not label]
        false_rejects = [(q, t) for q, t, label, ok in got if label and not ok]
        print(
            f"  {name:22} {100 * agree / len(got):5.1f}%  "
            f"false accepts {len(false_accepts):3}  false rejects {len(false_rejects):3}"
        )
        if rule is rules[0][1]:
            for qid, text in false_accepts + false_rejects:
                print(f"      disagree: {qid}: {text!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="time per measurement")
    args = parser.parse_args()
    prepare_cost()
    bench("realistic mix", realistic_mix(), args.seconds)
    bench("edge-case table", edge_cases(), args.seconds)
    agreement()


if __name__ == "__main__":
    main()
