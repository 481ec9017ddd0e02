"""Print how long drafting takes, on our test article and on inputs of growing size.

Run: .venv/bin/python tests/bench/bench_draft.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

# Runnable as a plain script: the test article lives in the tests package.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bot.authoring import DraftError, draft_quiz
from tests.authoring.conftest import BRIDGE_ARTICLE, SEED


def _time(label: str, text: str, repeat: int) -> None:
    start = time.perf_counter()
    outcome = "ok"
    for _ in range(repeat):
        try:
            draft_quiz(text)
        except DraftError as error:
            outcome = f"DraftError: {error}"
    per_run = (time.perf_counter() - start) / repeat
    print(f"{label:<34} {len(text):>9,} chars  {per_run * 1000:8.1f} ms/draft  {outcome}")


def main() -> None:
    _time("bridge article", BRIDGE_ARTICLE, 20)
    if SEED.is_file():
        _time("seed article", SEED.read_text(encoding="utf-8"), 20)
    megabyte = 1024 * 1024
    _time("1 MB of repeated article", (BRIDGE_ARTICLE * 2300)[:megabyte], 3)
    _time("1 MB of digits", "7" * megabyte, 3)
    _time("1 MB of one long word", "a" * megabyte, 3)
    _time("1 MB of capitalised words", "Aa Bb Cc " * (megabyte // 9), 3)


if __name__ == "__main__":
    main()
