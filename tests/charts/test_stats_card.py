"""The stats card read back from its PNG: bars, the accuracy line and mastery bars."""

from __future__ import annotations

from datetime import date, timedelta

from bot.charts import StatsCard, render_stats_card, stats_alt_text
from bot.charts.canvas import ACCURACY, HEIGHT, MASTERY, POINTS, WIDTH
from bot.charts.stats_card import last_weeks
from bot.game.mastery import TagMastery
from bot.store import PlayerStats, WeekTally
from tests.charts.pixels import columns_with, count_in_box, open_png, ys_in_column

TODAY = date(2026, 12, 2)  # a Wednesday
MONDAY = date(2026, 11, 30)
CHART = (28, 180, 590, 512)  # below the panel's title and legend
MASTERY_PANEL = (610, 160, WIDTH, 512)


def week(back: int, answered: int, correct: int, points: int) -> WeekTally:
    return WeekTally(MONDAY - timedelta(weeks=back), answered, correct, points)


def stats(weeks: tuple[WeekTally, ...] = (), streak: int = 0) -> PlayerStats:
    answered = sum(w.answered for w in weeks)
    correct = sum(w.correct for w in weeks)
    return PlayerStats(
        player_id="p",
        name="Ann",
        answered=answered,
        correct=correct,
        accuracy=correct / answered if answered else 0.0,
        points=sum(w.points for w in weeks),
        best_streak=max(streak, 4),
        current_streak=streak,
        weeks=weeks,
    )


def bars(image, floor_y: int) -> list[tuple[int, int]]:
    """Point bars, found along a row just above the x axis."""
    return columns_with(image, POINTS, floor_y, (CHART[0], CHART[2]))


def x_axis(image) -> int:
    """The lowest row of the chart that holds any bar pixel."""
    for y in range(CHART[3], CHART[1], -1):
        if columns_with(image, POINTS, y, (CHART[0], CHART[2])):
            return y
    raise AssertionError("no point bars drawn")


def test_bars_follow_points_and_the_line_follows_accuracy() -> None:
    weeks = (week(6, 10, 5, 40), week(3, 4, 4, 80), week(0, 10, 10, 160))
    png = render_stats_card(StatsCard("Ann", stats(weeks), [], TODAY))
    image = open_png(png)
    assert image.size == (WIDTH, HEIGHT)

    floor = x_axis(image)
    found = bars(image, floor)
    assert len(found) == 3  # one bar per week with points, none for quiet weeks
    heights = [
        len(ys_in_column(image, POINTS, (a + b) // 2 - 8, (CHART[1], floor + 1))) for a, b in found
    ]
    # 40 : 80 : 160 points; measured beside the accuracy dot at each bar's middle.
    assert abs(heights[1] - 2 * heights[0]) <= 3
    assert abs(heights[2] - 4 * heights[0]) <= 4
    # Bars sit in week order, spaced by the weeks between them (6, 3 and 0 weeks ago).
    middles = [(a + b) / 2 for a, b in found]
    slot = (middles[2] - middles[0]) / 6
    assert abs((middles[1] - middles[0]) - 3 * slot) <= 2

    # The accuracy dots: 50% sits half way between 100% and the axis.
    dots = [ys_in_column(image, ACCURACY, round(m), (CHART[1], CHART[3])) for m in middles]
    assert all(dots), "each week with answers has an accuracy dot"
    centre = [sum(ys) / len(ys) for ys in dots]
    assert abs(centre[1] - centre[2]) <= 2  # both 100%
    full = floor - centre[2]
    assert abs((floor - centre[0]) - full / 2) <= 4


def test_a_player_with_no_answers_gets_an_empty_chart() -> None:
    image = open_png(render_stats_card(StatsCard("New", stats(), [], TODAY)))
    assert image.size == (WIDTH, HEIGHT)
    assert count_in_box(image, POINTS, CHART) == 0
    assert count_in_box(image, ACCURACY, (CHART[0], CHART[1], 520, CHART[3])) == 0
    assert count_in_box(image, MASTERY, MASTERY_PANEL) == 0


def test_mastery_bars_are_as_long_as_the_predicted_recall() -> None:
    tags = [
        TagMastery("dates", 0.45, 3, None),
        TagMastery("people", 0.9, 5, None),
        TagMastery("unseen", None, 0, None),  # no card yet: no bar
    ]
    image = open_png(render_stats_card(StatsCard("Ann", stats(), tags, TODAY)))
    rows: dict[int, int] = {}
    for y in range(MASTERY_PANEL[1], MASTERY_PANEL[3]):
        runs = columns_with(image, MASTERY, y, (MASTERY_PANEL[0], MASTERY_PANEL[2]))
        if runs:
            rows[y] = sum(b - a for a, b in runs)
    # Group touching rows into bars, top to bottom.
    bars_found: list[int] = []
    previous = -2
    for y in sorted(rows):
        if y != previous + 1:
            bars_found.append(rows[y])
        else:
            bars_found[-1] = max(bars_found[-1], rows[y])
        previous = y
    assert len(bars_found) == 2
    strongest, weakest = bars_found  # strongest first
    assert abs(strongest - 2 * weakest) <= 3


def test_many_tags_and_long_names_still_fit() -> None:
    tags = [TagMastery(f"tag number {n} " * 5, n / 20, 1, None) for n in range(20)]
    long_name = "A" * 300 + "\x07\n"
    png = render_stats_card(StatsCard(long_name, stats((week(0, 3, 2, 9),)), tags, TODAY))
    assert open_png(png).size == (WIDTH, HEIGHT)


def test_last_weeks_fill_quiet_weeks_with_zeros() -> None:
    shown = last_weeks((week(9, 1, 1, 5), week(2, 3, 1, 7)), TODAY)
    assert [w.start for w in shown] == [MONDAY - timedelta(weeks=n) for n in range(7, -1, -1)]
    assert [w.points for w in shown] == [0, 0, 0, 0, 0, 7, 0, 0]


def test_alt_text_says_what_the_card_shows() -> None:
    tags = [TagMastery("people", 0.9, 5, None)]
    card = StatsCard("Ann", stats((week(1, 4, 3, 25),), streak=2), tags, TODAY)
    text = stats_alt_text(card)
    assert "Ann" in text and "25 points" in text and "3/4 right" in text
    assert "streak 2" in text and "people 90%" in text
    assert len(text) <= 1024
