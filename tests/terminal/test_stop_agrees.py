"""The last score line and the standings agree, however the game ends.

A /stop on any question, skips, right and wrong answers and the end of input:
each script's final "Score: ... N/M right" line says what the standings say.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.terminal.helpers import RIGHT, WRONG, make_env, planned_ids

SEED = 4
RIGHT_COUNT = re.compile(r"(\d+) points?[ ·]+(\d+/\d+ right)")


def script(plan: list[str], stop_at: int, pattern: str) -> list[str]:
    """Lines for the questions before `stop_at` (r: right, w: wrong, s: /skip), then /stop."""
    lines = []
    for question_id, move in zip(plan[:stop_at], pattern, strict=False):
        lines.append({"r": RIGHT, "w": WRONG}[move][question_id] if move != "s" else "/skip")
    return [*lines, "/stop"]


def final_numbers(output: str) -> tuple[str, str]:
    before, _, standings = output.partition("Final standings")
    score = RIGHT_COUNT.findall(before.split("Score: ")[-1])
    row = RIGHT_COUNT.findall(standings)
    assert score and row, output
    return f"{score[0][0]} {score[0][1]}", f"{row[0][0]} {row[0][1]}"


def test_a_stop_on_any_question_leaves_score_line_and_standings_agreeing(
    tmp_path: Path,
) -> None:
    plan = planned_ids(SEED, 4)
    cases = [
        (stop_at, pattern)
        for stop_at in range(4)
        for pattern in ("rrrr", "wwww", "rwsr", "swrw", "ssss")
    ]

    def play(case: tuple[int, str]) -> tuple[tuple[int, str], str]:
        stop_at, pattern = case
        root = tmp_path / f"{stop_at}{pattern}"
        root.mkdir()
        env = make_env(root)
        lines = script(plan, stop_at, pattern)
        done = env.run("play", "--seed", str(SEED), "--name", "sam", stdin="\n".join(lines) + "\n")
        assert done.returncode == 0, done.stderr
        return case, done.stdout

    with ThreadPoolExecutor(6) as pool:
        results = list(pool.map(play, cases))
    for case, output in results:
        if "No answers were given." in output:
            continue
        score, standing = final_numbers(output)
        assert score == standing, f"{case}: score line {score!r}, standings {standing!r}"
