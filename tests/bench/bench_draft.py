"""How long drafting takes and what a draft covers, beside a baseline version.

Run: .venv/bin/python tests/bench/bench_draft.py [--baseline REV] [--rounds N]

The baseline (default: the commit before the fact-based drafter) is exported
from git into a temporary folder; both versions run in fresh processes, in
turns per input, so the shared machine's noise falls on both alike. Prints,
per input, ms per draft for each version; per fixture article, the questions,
the share of key facts covered, the share of fill-in-the-blank questions, the mean
words per ask and the asks longer than 25 words.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

DEFAULT_BASELINE = "4d6a171"  # main before "Drafts worth keeping"
MEGABYTE = 1024 * 1024


def inputs() -> dict[str, tuple[str, int]]:
    from tests.authoring.conftest import BRIDGE_ARTICLE, SEED
    from tests.authoring.draft_quality import TOPICS, article

    found = {"bridge article": (BRIDGE_ARTICLE, 20)}
    if SEED.is_file():
        found["seed article"] = (SEED.read_text(encoding="utf-8"), 20)
    for topic in TOPICS:
        found[f"{topic} article"] = (article(topic), 20)
    found["1 MB of repeated article"] = ((BRIDGE_ARTICLE * 2300)[:MEGABYTE], 1)
    found["1 MB of digits"] = ("7" * MEGABYTE, 1)
    found["1 MB of capitalised words"] = ("Aa Bb Cc " * (MEGABYTE // 9), 1)
    return found


def worker(label: str) -> None:
    """Time one input with whichever `bot` package is first on sys.path."""
    from bot.authoring import DraftError, draft_quiz

    text, repeat = inputs()[label]
    start = time.perf_counter()
    for _ in range(repeat):
        with contextlib.suppress(DraftError):
            draft_quiz(text)
    print(json.dumps({"ms": (time.perf_counter() - start) / repeat * 1000}))


def quality(label: str) -> None:
    """Questions, coverage and blank share of a default draft of a fixture article."""
    import yaml

    from bot.authoring import draft_quiz
    from tests.authoring.draft_quality import article, cloze_share, coverage, key_facts

    topic = label.split(maxsplit=1)[0]
    questions = yaml.safe_load(draft_quiz(article(topic)))["questions"]
    figures = {
        "questions": len(questions),
        "coverage": coverage(questions, key_facts(topic)),
        "cloze": cloze_share(questions),
        "words": sum(len(q["ask"].split()) for q in questions) / len(questions),
        "long": sum(len(q["ask"].split()) > 25 for q in questions),
    }
    print(json.dumps(figures))


def run(package_root: Path, mode: str, label: str) -> dict[str, float]:
    # The tests package always comes from this checkout; `bot` from package_root.
    code = (
        f"import sys; sys.path[:0] = [{str(package_root)!r}, {str(REPO)!r}];"
        f"from tests.bench.bench_draft import {mode}; {mode}({label!r})"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=package_root
    )
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def export(revision: str, target: Path) -> None:
    archive = subprocess.run(
        ["git", "archive", revision, "bot"], cwd=REPO, capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")


def main() -> None:
    # Runnable as a plain script: the articles and fact lists live in the tests package.
    # (Only here: a worker must find the baseline's `bot` first, not this one.)
    sys.path.insert(0, str(REPO))
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", default=DEFAULT_BASELINE)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        baseline = Path(folder)
        export(args.baseline, baseline)
        versions = {"now": REPO, f"baseline {args.baseline}": baseline}
        print(f"{'input':<28} {'version':<18} {'ms/draft (median of runs)':>26}")
        for label in inputs():
            times: dict[str, list[float]] = {name: [] for name in versions}
            for _ in range(args.rounds):
                for name, root in versions.items():  # in turns: the same noise for both
                    times[name].append(run(root, "worker", label)["ms"])
            for name, found in times.items():
                print(f"{label:<28} {name:<18} {statistics.median(found):26.1f}")
        print()
        print(
            f"{'article':<18} {'version':<18} {'questions':>9} {'key facts':>10} {'blanks':>7}"
            f" {'words/ask':>9} {'asks >25 words':>14}"
        )
        for label in ("politics article", "science article", "sport article"):
            for name, root in versions.items():
                q = run(root, "quality", label)
                print(
                    f"{label:<18} {name:<18} {q['questions']:>9.0f} {q['coverage']:>10.0%}"
                    f" {q['cloze']:>7.0%} {q.get('words', 0):>9.1f} {q.get('long', 0):>14.0f}"
                )


if __name__ == "__main__":
    main()
