"""Benchmark: loading a Red-style trivia library at parse speed.

Run with `.venv/bin/python tests/bench/bench_loader.py`. It generates a library
shaped like the 54 lists that ship with Red-DiscordBot (the same file sizes,
about 14,600 questions, mostly one to three answers of about 12 characters, a
few long answer lists and long answers) and times, side by side and
interleaved round by round so machine noise hits both alike:

* bare `yaml.load(..., Loader=yaml.CSafeLoader)` over every file (baseline);
* `load_quiz` over every file (read, convert, validate);

then one file of our own format, and how long a bank of 15,000 questions takes
from interpreter start to the first judged answer, beside a bare interpreter
that only parses the same files.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from bot.engine.loader import Limits, load_quiz

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.red_library import entry, red_library

ROUNDS = 11


def _time(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def interleaved(actions: dict[str, Callable[[], object]], rounds: int) -> dict[str, list[float]]:
    """Each round runs every action once, in an order that alternates between rounds."""
    timings: dict[str, list[float]] = {name: [] for name in actions}
    names = list(actions)
    for number in range(rounds):
        for name in names if number % 2 == 0 else reversed(names):
            timings[name].append(_time(actions[name]))
    return timings


def bench_red(files: list[Path]) -> None:
    """Per file, bare parsing and load_quiz back to back (order alternating), summed
    per round, so that a noisy neighbour hits both alike."""
    texts = [path.read_bytes() for path in files]
    questions = sum(len(load_quiz(path).questions) for path in files)
    timings: dict[str, list[float]] = {"yaml.load CSafeLoader": [], "load_quiz": []}
    for number in range(ROUNDS):
        bare = ours = 0.0
        for index, (path, text) in enumerate(zip(files, texts, strict=True)):
            if (number + index) % 2:
                ours += _time(lambda: load_quiz(path))  # noqa: B023 - called at once
            bare += _time(lambda: yaml.load(text, Loader=yaml.CSafeLoader))  # noqa: B023
            if not (number + index) % 2:
                ours += _time(lambda: load_quiz(path))  # noqa: B023
        timings["yaml.load CSafeLoader"].append(bare)
        timings["load_quiz"].append(ours)
    size = sum(map(len, texts)) / 1024
    print(f"Red-style library: {len(files)} files, {questions:,} questions, {size:,.0f} KiB")
    _report(timings, "yaml.load CSafeLoader", questions)


def _report(timings: dict[str, list[float]], baseline: str, questions: int) -> None:
    base = statistics.median(timings[baseline])
    for name, values in timings.items():
        median = statistics.median(values)
        print(
            f"  {name:28} median {median * 1000:7.1f} ms  min {min(values) * 1000:7.1f} ms"
            f"  {questions / median:9,.0f} q/s  {median / base:5.2f}x baseline"
        )
    pairs = zip(timings["load_quiz"], timings[baseline], strict=True)
    ratios = [ours / bare for ours, bare in pairs]
    print("  load_quiz / baseline per round: " + " ".join(f"{r:.2f}" for r in ratios))


def our_format(count: int) -> str:
    lines = ["title: Benchmark bank\nquestions:\n"]
    for i in range(count):
        lines.append(
            f"  - id: q{i}\n    ask: Question number {i}?\n    answer: Answer {i}\n"
            f"    accept: [answer{i}]\n    tags: [bench]\n"
        )
    return "".join(lines)


def bench_ours(folder: Path) -> None:
    count = 2_000
    path = folder / "ours.yaml"
    path.write_text(our_format(count), encoding="utf-8")
    text = path.read_bytes()
    timings = interleaved(
        {
            "yaml.load CSafeLoader": lambda: yaml.load(text, Loader=yaml.CSafeLoader),
            "load_quiz": lambda: load_quiz(path, Limits()),
        },
        ROUNDS,
    )
    print(f"Our format: one file, {count:,} text questions")
    _report(timings, "yaml.load CSafeLoader", count)


_READY = """
import time, sys
start = time.perf_counter()
from pathlib import Path
{body}
print(time.perf_counter() - start)
"""
_SERVE = """
import bot.launcher
from bot.engine.judge import judge
from bot.engine.loader import load_bank
from bot.game.library import settle_heap
bank = load_bank(sys.argv[1])
settle_heap()  # as Library.load does before serving
quiz = next(iter(bank.sets.values()))
assert bank.question_count() >= 15_000 and not bank.errors, bank.problems[:3]
judge(quiz.questions[0], "river")
"""
_PARSE = """
import yaml
for path in sorted(Path(sys.argv[1]).glob("*.yaml")):
    yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
"""


def bench_ready(folder: Path) -> None:
    """Interpreter start to first judged answer on a 15,000-question bank."""
    rng = random.Random(15)
    bank = folder / "bank"
    bank.mkdir()
    for index in range(15):
        body = "".join(entry(rng, n) for n in range(1_000))
        (bank / f"set{index:02}.yaml").write_text(body, encoding="utf-8")
    scripts = {"parse only (baseline)": _PARSE, "import bot, load_bank, judge": _SERVE}
    walls: dict[str, list[float]] = {name: [] for name in scripts}
    for number in range(5):
        for name in scripts if number % 2 == 0 else reversed(scripts):
            code = _READY.format(body=scripts[name])
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-c", code, str(bank)], check=True, stdout=subprocess.PIPE
            )
            walls[name].append(time.perf_counter() - start)
    print("Ready: 15,000 questions in 15 files, process start to first verdict (5 runs)")
    for name, values in walls.items():
        print(f"  {name:30} median {statistics.median(values):5.2f} s  max {max(values):5.2f} s")


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        red = folder / "red"
        red.mkdir()
        bench_red(red_library(red))
        bench_ours(folder)
        bench_ready(folder)


if __name__ == "__main__":
    main()
