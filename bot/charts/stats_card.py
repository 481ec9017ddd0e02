"""A player's stats card: points and accuracy per week, mastery per tag, streaks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PIL import ImageDraw

from bot.charts.canvas import (
    ACCURACY,
    GRID,
    MASTERY,
    MUTED,
    PAD,
    POINTS,
    STREAK,
    TEXT,
    WIDTH,
    centred_note,
    fitted_text,
    font,
    new_card,
    panel,
    png_bytes,
    printable,
)
from bot.game.mastery import TagMastery
from bot.store.records import PlayerStats, WeekTally

WEEKS = 8
MAX_TAGS = 8
CHART_BOX = (PAD, 118, 590, 512)
MASTERY_BOX = (610, 118, WIDTH - PAD, 512)


@dataclass(frozen=True, slots=True)
class StatsCard:
    name: str
    stats: PlayerStats
    tags: Sequence[TagMastery]
    today: date  # the last week shown is the one holding this day (UTC)


def last_weeks(weeks: Sequence[WeekTally], today: date, count: int = WEEKS) -> list[WeekTally]:
    """The `count` ISO weeks up to today's, oldest first; quiet weeks are zeros."""
    this_monday = today - timedelta(days=today.weekday())
    known = {week.start: week for week in weeks}
    starts = [this_monday - timedelta(weeks=back) for back in range(count - 1, -1, -1)]
    return [known.get(start, WeekTally(start, 0, 0, 0)) for start in starts]


def render_stats_card(card: StatsCard) -> bytes:
    image, draw = new_card()
    _header(draw, card)
    _weekly_chart(draw, last_weeks(card.stats.weeks, card.today))
    _mastery(draw, card.tags)
    return png_bytes(image)


def stats_alt_text(card: StatsCard) -> str:
    """The card in words, for screen readers and clients that show no images."""
    stats = card.stats
    weeks = last_weeks(stats.weeks, card.today)
    week_parts = [
        f"{w.start:%d %b}: {w.points} points, {w.correct}/{w.answered} right"
        for w in weeks
        if w.answered
    ]
    mastered = [f"{t.tag} {t.mastery:.0%}" for t in card.tags if t.mastery is not None]
    parts = [
        f"Stats card for {printable(card.name)}: {stats.points} points, "
        f"{stats.correct}/{stats.answered} right",
        f"streak {stats.current_streak}, best {stats.best_streak}",
        "last weeks: " + ("; ".join(week_parts) or "no answers"),
    ]
    if mastered:
        parts.append("mastery in a week: " + ", ".join(mastered[:MAX_TAGS]))
    return ". ".join(parts)[:1000]  # Discord caps an attachment description at 1024


def _header(draw: ImageDraw.ImageDraw, card: StatsCard) -> None:
    stats = card.stats
    fitted_text(draw, (PAD, 22), card.name, font(30, True), 560)
    summary = (
        f"{stats.points} points · {stats.correct}/{stats.answered} right ({stats.accuracy:.0%})"
        if stats.answered
        else "No answers yet"
    )
    draw.text((PAD, 66), summary, font=font(18), fill=MUTED)
    for right, label, value in (
        (WIDTH - PAD, "best streak", stats.best_streak),
        (WIDTH - PAD - 150, "streak", stats.current_streak),
    ):
        draw.text((right, 20), str(value), font=font(40, True), fill=STREAK, anchor="ra")
        draw.text((right, 72), label, font=font(15), fill=MUTED, anchor="ra")


def _weekly_chart(draw: ImageDraw.ImageDraw, weeks: list[WeekTally]) -> None:
    left, top, right, bottom = CHART_BOX
    panel(draw, CHART_BOX, f"Last {len(weeks)} weeks")
    _legend(draw, right - 18, top + 17)
    plot = (left + 56, top + 60, right - 56, bottom - 44)
    x0, y0, x1, y1 = plot
    for fraction in (0.0, 0.5, 1.0):
        y = y1 - (y1 - y0) * fraction
        draw.line((x0, y, x1, y), fill=GRID, width=1)
        draw.text((x1 + 8, y), f"{fraction:.0%}", font=font(13), fill=MUTED, anchor="lm")
    top_points = max((w.points for w in weeks), default=0)
    scale = _nice_ceiling(top_points)
    draw.text((x0 - 8, y0), str(scale), font=font(13), fill=MUTED, anchor="rm")
    draw.text((x0 - 8, y1), "0", font=font(13), fill=MUTED, anchor="rm")
    slot = (x1 - x0) / len(weeks)
    line: list[tuple[float, float]] = []
    for index, week in enumerate(weeks):
        middle = x0 + slot * (index + 0.5)
        if week.points:
            height = (y1 - y0) * week.points / scale
            draw.rectangle((middle - slot * 0.3, y1 - height, middle + slot * 0.3, y1), fill=POINTS)
        if week.answered:
            line.append((middle, y1 - (y1 - y0) * week.correct / week.answered))
        draw.text((middle, y1 + 10), f"{week.start:%d %b}", font=font(12), fill=MUTED, anchor="ma")
    if len(line) > 1:
        draw.line(line, fill=ACCURACY, width=4, joint="curve")
    for x, y in line:
        draw.ellipse((x - 6, y - 6, x + 6, y + 6), fill=ACCURACY)
    if not line:
        centred_note(draw, plot, "No answers in these weeks")


def _legend(draw: ImageDraw.ImageDraw, right: int, y: int) -> None:
    face = font(14)
    accuracy_left = right - face.getlength("accuracy")
    draw.text((right, y), "accuracy", font=face, fill=TEXT, anchor="ra")
    draw.ellipse((accuracy_left - 20, y + 3, accuracy_left - 8, y + 15), fill=ACCURACY)
    points_right = accuracy_left - 30
    draw.text((points_right, y), "points", font=face, fill=TEXT, anchor="ra")
    points_left = points_right - face.getlength("points")
    draw.rectangle((points_left - 20, y + 3, points_left - 8, y + 15), fill=POINTS)


def _mastery(draw: ImageDraw.ImageDraw, tags: Sequence[TagMastery]) -> None:
    left, top, right, bottom = MASTERY_BOX
    panel(draw, MASTERY_BOX, "Mastery a week from now")
    known = [t for t in tags if t.mastery is not None]
    if not known:
        centred_note(draw, MASTERY_BOX, "Review a few questions\nto see mastery", 16)
        return
    # Strongest first, so the eye finds what is known and what needs work.
    known.sort(key=lambda t: (-(t.mastery or 0.0), t.tag))
    row = (bottom - top - 60) / MAX_TAGS
    track = (left + 18, right - 64)
    for index, tag in enumerate(known[:MAX_TAGS]):
        y = top + 56 + row * index
        fitted_text(draw, (track[0], y), tag.tag, font(14), track[1] - track[0])
        bar_top = y + 20
        draw.rounded_rectangle((track[0], bar_top, track[1], bar_top + 10), radius=5, fill=GRID)
        filled = track[0] + (track[1] - track[0]) * (tag.mastery or 0.0)
        if filled > track[0]:
            draw.rectangle((track[0], bar_top, filled, bar_top + 10), fill=MASTERY)
        draw.text(
            (right - 18, bar_top + 5), f"{tag.mastery:.0%}", font=font(14), fill=TEXT, anchor="rm"
        )


def _nice_ceiling(value: int) -> int:
    """The axis top: the next of 1, 2, 5 x 10^n at or above `value` (at least 10)."""
    step = 10
    while True:
        for factor in (1, 2, 5):
            if value <= step * factor:
                return step * factor
        step *= 10
