"""Benchmark: load a generated 10,000-question file and compare with bare PyYAML.

Run with `.venv/bin/python tests/bench/bench_loader.py`. Prints questions per
second for each reader and what validation costs on top of parsing.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from pydantic import TypeAdapter

from bot.engine.loader import Limits, load_quiz, load_quiz_text
from bot.engine.loader.yamlsource import WITH_LIBYAML, decode_source, read_yaml
from bot.engine.models import Question

QUESTIONS = 10_000
REPEATS = 2
# The default cap is 2,000 questions per file; the benchmark lifts it on purpose.
LIMITS = Limits(max_questions=QUESTIONS)


def question(i: int) -> str:
    kind = i % 6
    head = f"  - id: q{i}\n    ask: Question number {i}?\n    hint: Think about {i}.\n"
    head += "    tags: [bench, generated]\n    difficulty: easy\n"
    body = {
        0: f"    answer: Answer {i}\n    accept: [answer{i}, the answer {i}]\n",
        1: f"    type: number\n    answer: {i}.5\n    tolerance: 1\n    unit: km\n",
        2: f"    type: year\n    answer: {1000 + i % 1000}\n",
        3: "    type: choice\n    choices: [Red, Green, Blue]\n    answer: Green\n",
        4: "    type: truefalse\n    answer: yes\n",
        5: "    type: all_of\n    answer: [north, [south, southern]]\n",
    }[kind]
    return head + body


def best_of(action: Callable[[], Any], repeats: int = REPEATS) -> float:
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return min(timings)


def main() -> None:
    text = "title: Benchmark bank\nquestions:\n" + "".join(map(question, range(QUESTIONS)))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.yaml"
        path.write_text(text, encoding="utf-8")
        size = path.stat().st_size
        assert len(load_quiz(path, LIMITS).questions) == QUESTIONS
        rows: list[tuple[str, float]] = [
            ("yaml.safe_load (pure Python)", best_of(lambda: yaml.safe_load(text), 1)),
        ]
        if WITH_LIBYAML:
            rows.append(
                ("yaml.load CSafeLoader", best_of(lambda: yaml.load(text, Loader=yaml.CSafeLoader)))
            )
        rows.append(
            (
                "our reader only (no validation)",
                best_of(lambda: read_yaml(decode_source(text, "b"), "b")),
            )
        )
        data = read_yaml(decode_source(text, "b"), "b")[0].data
        for item in data["questions"]:
            item.setdefault("type", "text")
        adapter = TypeAdapter(list[Question])
        rows.append(
            (
                "models only, no QuizSet peers",
                best_of(lambda: adapter.validate_python(data["questions"])),
            )
        )
        rows.append(("load_quiz (read + validate)", best_of(lambda: load_quiz(path, LIMITS))))
    print(
        f"{QUESTIONS:,} questions, {size / 1024:,.0f} KiB, "
        f"libyaml={WITH_LIBYAML}, best of {REPEATS}"
    )
    for label, seconds in rows:
        print(f"  {label:34} {seconds * 1000:8.1f} ms  {QUESTIONS / seconds:10,.0f} questions/s")
    timings = dict(rows)
    ours = timings["load_quiz (read + validate)"]
    for baseline in ("yaml.load CSafeLoader", "yaml.safe_load (pure Python)"):
        if baseline in timings:
            print(f"  load_quiz / {baseline}: {ours / timings[baseline]:.2f}x")
    reader = timings["our reader only (no validation)"]
    print(f"  validation share of load_quiz: {(ours - reader) / ours:.0%}")
    models = timings["models only, no QuizSet peers"]
    print(f"  reader + question models, without QuizSet: {(reader + models) * 1000:.1f} ms")
    at_cap = 2_000
    small = "title: At the cap\nquestions:\n" + "".join(map(question, range(at_cap)))
    seconds = best_of(lambda: load_quiz_text(small, "cap", "cap.yaml"))
    print(
        f"  load_quiz_text, {at_cap:,} questions (default cap): {seconds * 1000:.1f} ms, "
        f"{at_cap / seconds:,.0f} questions/s"
    )


if __name__ == "__main__":
    main()
