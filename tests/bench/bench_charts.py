"""Benchmark: drawing one stats card and one leaderboard picture.

Run with `.venv/bin/python tests/bench/bench_charts.py`. Target: one card in
under 200 ms. Interleaved round by round with the baseline, so machine noise
hits both alike:

* baseline: an empty canvas of the same size, saved as PNG the same way;
* a full stats card: 8 weeks of bars and the accuracy line, 8 mastery bars;
* a full leaderboard: podium and seven more places.

Times are for the whole job the bot does per request: draw and encode.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta

from bot.charts import StatsCard, render_leaderboard, render_stats_card
from bot.charts.canvas import new_card, png_bytes
from bot.game.mastery import TagMastery
from bot.store import LeaderboardRow, PlayerStats, WeekTally

ROUNDS = 40
TODAY = date(2026, 12, 2)


def _card() -> StatsCard:
    weeks = tuple(
        WeekTally(TODAY - timedelta(days=TODAY.weekday(), weeks=n), 20 + n, 10 + n, 150 + 20 * n)
        for n in range(8)
    )
    stats = PlayerStats(
        "p", "Ann", 200, 120, 0.6, 2000, 12, current_streak=4, weeks=tuple(reversed(weeks))
    )
    tags = [TagMastery(f"topic {n}", n / 9, 3, None) for n in range(12)]
    return StatsCard("Ann the quizzer", stats, tags, TODAY)


def _rows() -> list[LeaderboardRow]:
    return [LeaderboardRow(n + 1, f"p{n}", f"Player {n}", 900 - 40 * n, 30, 40) for n in range(10)]


def _empty() -> bytes:
    image, _ = new_card()
    return png_bytes(image)


def main() -> None:
    card, rows = _card(), _rows()
    jobs: dict[str, Callable[[], bytes]] = {
        "baseline: empty canvas to PNG": _empty,
        "stats card": lambda: render_stats_card(card),
        "leaderboard picture": lambda: render_leaderboard(rows, "Leaderboard, all time"),
    }
    start = time.perf_counter()
    render_stats_card(card)  # the first one also loads the fonts
    first = (time.perf_counter() - start) * 1000
    for job in jobs.values():
        job()
    times: dict[str, list[float]] = {name: [] for name in jobs}
    for _ in range(ROUNDS):
        for name, job in jobs.items():
            start = time.perf_counter()
            job()
            times[name].append((time.perf_counter() - start) * 1000)
    print(f"first stats card of the process (loads fonts): {first:.1f} ms")
    print(f"{ROUNDS} rounds, interleaved; milliseconds per picture (draw + PNG encode)")
    print(f"{'':32} {'median':>8} {'p90':>8} {'max':>8}")
    for name, taken in times.items():
        taken.sort()
        p90 = taken[int(len(taken) * 0.9) - 1]
        print(f"{name:32} {statistics.median(taken):8.1f} {p90:8.1f} {taken[-1]:8.1f}")
    worst = max(
        statistics.median(times["stats card"]), statistics.median(times["leaderboard picture"])
    )
    print(f"target: under 200 ms per card -> {'met' if worst < 200 else 'MISSED'}")


if __name__ == "__main__":
    main()
