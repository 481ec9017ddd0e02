"""The leaderboard picture read back from its PNG."""

from __future__ import annotations

from bot.charts import leaderboard_alt_text, render_leaderboard
from bot.charts.canvas import BRONZE, GOLD, HEIGHT, SILVER, WIDTH
from bot.store import LeaderboardRow
from tests.charts.pixels import count_in_box, open_png, ys_in_column

WHOLE = (0, 0, WIDTH, HEIGHT)


def rows(count: int) -> list[LeaderboardRow]:
    return [
        LeaderboardRow(n + 1, f"p{n}", f"Player {n}", 1000 - 50 * n, 10 - n // 2, 10)
        for n in range(count)
    ]


def step_height(image, colour) -> int:
    for x in range(0, WIDTH, 4):
        found = ys_in_column(image, colour, x, (0, HEIGHT))
        if len(found) > 20:
            return len(found)
    return 0


def test_podium_steps_are_gold_silver_bronze_by_height() -> None:
    image = open_png(render_leaderboard(rows(10), "Leaderboard, all time"))
    assert image.size == (WIDTH, HEIGHT)
    gold, silver, bronze = (step_height(image, c) for c in (GOLD, SILVER, BRONZE))
    assert gold > silver > bronze > 0


def test_two_players_leave_the_third_step_empty() -> None:
    image = open_png(render_leaderboard(rows(2), "Leaderboard, this week"))
    assert count_in_box(image, GOLD, WHOLE) > 1000
    assert count_in_box(image, SILVER, WHOLE) > 1000
    assert count_in_box(image, BRONZE, WHOLE) == 0


def test_an_empty_board_draws_no_podium() -> None:
    image = open_png(render_leaderboard([], "Leaderboard, this month"))
    for colour in (GOLD, SILVER, BRONZE):
        assert count_in_box(image, colour, WHOLE) == 0


def test_alt_text_lists_the_places() -> None:
    text = leaderboard_alt_text(rows(4), "Leaderboard, all time")
    assert text.startswith("Leaderboard, all time: 1. Player 0, 1000 points; 2. Player 1")
    assert "4. Player 3, 850 points" in text
    assert leaderboard_alt_text([], "Board") == "Board: no scores yet"
