"""`quizbot stats --chart` and `quizbot leaderboard --chart` write real pictures."""

from __future__ import annotations

from pathlib import Path

from bot.charts.canvas import ACCURACY, GOLD, HEIGHT, POINTS, SILVER, WIDTH
from tests.charts.pixels import count_in_box, open_png
from tests.terminal.helpers import QuizEnv, play_alice_right_bob_wrong

PLOT = (28, 166, 520, 512)  # the weekly chart, below its legend, left of the % axis
WHOLE = (0, 0, WIDTH, HEIGHT)


def test_stats_chart_draws_this_weeks_points_and_accuracy(env: QuizEnv) -> None:
    play_alice_right_bob_wrong(env)
    chart = env.root / "alice.png"
    done = env.run("stats", "--name", "alice", "--chart", str(chart))
    assert done.returncode == 0, done.stderr
    assert "4/4 right (100%)" in done.stdout  # the text stays
    assert f"Chart written to {chart}" in done.stdout
    image = open_png(chart.read_bytes())
    assert image.size == (WIDTH, HEIGHT)
    assert count_in_box(image, POINTS, PLOT) > 500  # this week's bar
    assert count_in_box(image, ACCURACY, PLOT) > 60  # its accuracy dot
    assert not list(env.root.glob(".*.partial"))


def test_leaderboard_chart_puts_both_players_on_the_podium(env: QuizEnv) -> None:
    play_alice_right_bob_wrong(env)
    chart = env.root / "board.png"
    done = env.run("leaderboard", "--period", "week", "--chart", str(chart))
    assert done.returncode == 0, done.stderr
    assert "1. alice" in done.stdout.replace("  ", " ")
    image = open_png(chart.read_bytes())
    assert count_in_box(image, GOLD, WHOLE) > 1000
    assert count_in_box(image, SILVER, WHOLE) > 1000


def test_an_unwritable_chart_path_is_a_clear_error(env: QuizEnv) -> None:
    missing = Path(env.root) / "no-such-folder" / "chart.png"
    done = env.run("leaderboard", "--chart", str(missing))
    assert done.returncode == 1
    assert f"{missing}: cannot write the chart" in done.stderr
    assert "Traceback" not in done.stderr
