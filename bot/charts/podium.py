"""A leaderboard as a picture: the top three on a podium, the next seven beside it."""

from __future__ import annotations

from collections.abc import Sequence

from PIL import ImageDraw

from bot.charts.canvas import (
    BRONZE,
    GOLD,
    GRID,
    HEIGHT,
    MUTED,
    PAD,
    SILVER,
    TEXT,
    WIDTH,
    Colour,
    centred_note,
    fitted_text,
    font,
    new_card,
    panel,
    png_bytes,
    printable,
)
from bot.store.records import LeaderboardRow

PODIUM_BOX = (PAD, 86, 590, HEIGHT - PAD)
LIST_BOX = (610, 86, WIDTH - PAD, HEIGHT - PAD)
STEP_COLOURS: tuple[Colour, ...] = (GOLD, SILVER, BRONZE)
STEP_HEIGHTS = (190, 140, 100)
# Podium order left to right: second, first, third.
STEP_ORDER = (1, 0, 2)
MAX_ROWS = 10


def render_leaderboard(rows: Sequence[LeaderboardRow], title: str) -> bytes:
    image, draw = new_card()
    fitted_text(draw, (PAD, 24), title, font(30, True), WIDTH - 2 * PAD)
    _podium(draw, rows[:3])
    _the_rest(draw, rows[3:MAX_ROWS])
    return png_bytes(image)


def leaderboard_alt_text(rows: Sequence[LeaderboardRow], title: str) -> str:
    if not rows:
        return f"{title}: no scores yet"
    places = "; ".join(
        f"{row.rank}. {printable(row.name)}, {row.points} points" for row in rows[:MAX_ROWS]
    )
    return f"{title}: {places}"[:1000]


def _podium(draw: ImageDraw.ImageDraw, top: Sequence[LeaderboardRow]) -> None:
    left, _, right, bottom = PODIUM_BOX
    panel(draw, PODIUM_BOX, "Podium")
    if not top:
        centred_note(draw, PODIUM_BOX, "No scores yet", 20)
        return
    width = (right - left - 60) / 3
    floor = bottom - 24
    for slot, place in enumerate(STEP_ORDER):
        if place >= len(top):
            continue
        row = top[place]
        x0 = left + 30 + slot * width
        x1 = x0 + width - 12
        step_top = floor - STEP_HEIGHTS[place]
        draw.rectangle((x0, step_top, x1, floor), fill=STEP_COLOURS[place])
        middle = (x0 + x1) / 2
        draw.text(
            (middle, step_top + 14),
            str(row.rank),
            font=font(40, True),
            fill=(30, 33, 41),
            anchor="ma",
        )
        fitted_text(draw, (middle, step_top - 58), row.name, font(17, True), width - 8, anchor="ma")
        draw.text(
            (middle, step_top - 32), f"{row.points} points", font=font(15), fill=MUTED, anchor="ma"
        )


def _the_rest(draw: ImageDraw.ImageDraw, rows: Sequence[LeaderboardRow]) -> None:
    left, top, right, bottom = LIST_BOX
    panel(draw, LIST_BOX, "Next places")
    if not rows:
        centred_note(draw, LIST_BOX, "—", 20)
        return
    height = (bottom - top - 56) / (MAX_ROWS - 3)
    for index, row in enumerate(rows):
        y = top + 52 + height * index
        if index:
            draw.line((left + 16, y, right - 16, y), fill=GRID)
        middle = y + height / 2
        draw.text((left + 18, middle), f"{row.rank}.", font=font(16, True), fill=MUTED, anchor="lm")
        fitted_text(draw, (left + 56, middle), row.name, font(16), right - left - 150, anchor="lm")
        draw.text(
            (right - 18, middle), str(row.points), font=font(16, True), fill=TEXT, anchor="rm"
        )
