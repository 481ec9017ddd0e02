"""Pictures read in both of Discord's themes: each is an opaque card (nothing of the
theme shows through) whose text and series stand out from its own background."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from bot.charts import StatsCard, render_leaderboard, render_stats_card
from bot.charts.canvas import (
    ACCURACY,
    BACKGROUND,
    BRONZE,
    GOLD,
    MASTERY,
    MUTED,
    PANEL,
    POINTS,
    SILVER,
    STREAK,
    TEXT,
    Colour,
)
from tests.charts.test_podium import rows
from tests.charts.test_stats_card import TODAY, stats, week


def luminance(colour: Colour) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: Colour, b: Colour) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def pictures() -> list[bytes]:
    weeks = (week(1, 10, 7, 80), week(0, 6, 3, 40))
    card = StatsCard("Ann", stats(weeks, streak=3), (), TODAY)
    return [render_stats_card(card), render_leaderboard(rows(8), "Leaderboard, all time")]


@pytest.mark.parametrize("index", [0, 1], ids=["stats card", "leaderboard"])
def test_each_picture_is_an_opaque_card_with_its_own_background(index: int) -> None:
    image = Image.open(io.BytesIO(pictures()[index]))
    assert image.format == "PNG" and image.mode == "RGB"  # no alpha for a theme to fill
    assert "transparency" not in image.info
    corners = [(0, 0), (image.width - 1, 0), (0, image.height - 1)]
    assert all(image.getpixel(xy) == BACKGROUND for xy in corners)
    drawn = {colour for _, colour in image.getcolors(1 << 20) or []}
    assert TEXT in drawn  # the text is drawn in the colour checked below


def test_text_and_series_stand_out_from_the_card() -> None:
    # WCAG: 4.5:1 for text, 3:1 for parts of a graphic.
    for text in (TEXT, MUTED):
        assert contrast(text, BACKGROUND) >= 4.5 and contrast(text, PANEL) >= 4.5
    for series in (POINTS, ACCURACY, MASTERY, STREAK, GOLD, SILVER, BRONZE):
        assert contrast(series, PANEL) >= 3.0, series
