"""One way of counting: the game, `stats` and `leaderboard` agree on "N/M right".

A question the player answered counts once however many guesses it took;
guesses are shown apart.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.terminal.helpers import RIGHT, WRONG, QuizEnv, make_env, planned_ids

SEED = 3


def answers_with_second_tries(plan: list[str]) -> tuple[list[str], int]:
    """Typed questions: a wrong guess, then the right one. Buttons: one pick, wrong
    for the choice and right for true/false. Returns the lines and how many are right."""
    lines: list[str] = []
    right = 0
    for question_id in plan:
        if question_id in ("red-planet", "planet-count"):
            lines += [WRONG[question_id], RIGHT[question_id]]
            right += 1
        elif question_id == "venus-spin":
            lines.append(RIGHT[question_id])
            right += 1
        else:
            lines.append(WRONG[question_id])
    return lines, right


def test_game_stats_and_leaderboard_count_questions_alike(tmp_path: Path) -> None:
    env = make_env(tmp_path)
    env.config.write_text(
        env.config.read_text("utf-8").replace("guess_limit: 1", "guess_limit: 3"), "utf-8"
    )
    plan = planned_ids(SEED, 4)
    lines, right = answers_with_second_tries(plan)
    assert len(lines) == 6 and right == 3

    game = env.run("play", "--seed", str(SEED), "--name", "ann", stdin="\n".join(lines) + "\n")
    assert game.returncode == 0, game.stderr
    standings = game.stdout.split("Final standings")[1]
    assert "3/4 right" in standings
    assert game.stdout.rstrip().count("Score: ") == 4
    assert "Score: " in game.stdout and game.stdout.split("Score: ")[-1].startswith(
        f"{_points(standings)} points · 3/4 right"
    )

    stats = env.run("stats", "--name", "ann")
    assert stats.returncode == 0, stats.stderr
    assert "3/4 right (75%), 6 guesses" in stats.stdout
    board = env.run("leaderboard")
    assert board.returncode == 0, board.stderr
    assert "3/4 right" in board.stdout


def test_an_unanswered_question_is_not_counted_as_answered(env: QuizEnv) -> None:
    done = env.run("play", "--seed", str(SEED), "--name", "skipper", stdin="/skip\n")
    assert done.returncode == 0, done.stderr
    assert "0/1 right" not in done.stdout
    assert "Score: 0 points · 0/0 right · 1 unanswered" in done.stdout
    assert "No answers were given." in done.stdout


def _points(standings: str) -> int:
    found = re.search(r"(\d+) points", standings)
    assert found is not None
    return int(found.group(1))
