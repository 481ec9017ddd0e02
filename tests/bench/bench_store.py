"""Score store benchmark: write rates, then top-10 leaderboards over 1,000,000 answers.

Run: .venv/bin/python tests/bench/bench_store.py [--answers N] [--db PATH]
Prints figures; asserts nothing about speed.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

from bot.store import AnswerRecord, Period, SqliteStore

NOW = datetime(2025, 6, 18, 15, 0, tzinfo=UTC)
BIG_SCOPE = "guild-big"
SETS = ("article", "history", "science", "geo")
TAGS = (("people",), ("dates",), ("numbers", "dates"), ("places",), ())


def make_answers(
    count: int, seed: int, scope_of: Callable[[random.Random], str]
) -> Iterator[AnswerRecord]:
    rng = random.Random(seed)
    # Spread over the year before NOW, in time order as a live bot writes them.
    step = timedelta(days=365) / max(count, 1)
    for n in range(count):
        player = rng.randrange(5_000)
        correct = rng.random() < 0.6
        yield AnswerRecord(
            player_id=f"u{player}",
            player_name=f"Player {player}",
            scope=scope_of(rng),
            channel=f"c{rng.randrange(20)}",
            session_id=f"s{n // 200}",
            set_name=rng.choice(SETS),
            question_id=f"q{rng.randrange(300)}",
            tags=rng.choice(TAGS),
            correct=correct,
            points=rng.randrange(5, 15) if correct else 0,
            response_time=rng.uniform(0.5, 30.0),
            hints_used=rng.randrange(3),
            answered_at=NOW - timedelta(days=365) + step * n,
        )


def mostly_big(rng: random.Random) -> str:
    return BIG_SCOPE if rng.random() < 0.8 else f"guild-{rng.randrange(20)}"


async def bench_async_writes(path: Path, count: int) -> None:
    records = list(make_answers(count, 2, lambda _: "guild-async"))
    async with await SqliteStore.open(path) as store:
        start = time.perf_counter()
        for record in records:
            await store.record_answer(record)
        elapsed = time.perf_counter() - start
    print(f"record_answer (one commit each, awaited): {count / elapsed:9,.0f} writes/s")


async def seed(path: Path, total: int, batch: int = 50_000) -> None:
    async with await SqliteStore.open(path) as store:
        start = time.perf_counter()
        in_store = cpu = 0.0
        stream = make_answers(total, 3, mostly_big)
        written = 0
        while written < total:
            chunk = [next(stream) for _ in range(min(batch, total - written))]
            before, cpu_before = time.perf_counter(), time.process_time()
            written += await store.record_answers(chunk)
            in_store += time.perf_counter() - before
            cpu += time.process_time() - cpu_before
        elapsed = time.perf_counter() - start
    print(
        f"record_answers (batches of {batch:,}):      {total / in_store:10,.0f} writes/s"
        f"  ({total:,} answers: {in_store:.1f} s in the store, {cpu:.1f} s of it CPU;"
        f" {elapsed:.1f} s with generating)"
    )


async def time_call(work: Callable[[], Awaitable[object]], repeat: int = 7) -> tuple[float, float]:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        await work()
        timings.append((time.perf_counter() - start) * 1000)
    return min(timings), statistics.median(timings)


async def bench_queries(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        in_scope = conn.execute("SELECT COUNT(*) FROM answers WHERE scope = ?", (BIG_SCOPE,))
        print(f"answers in {BIG_SCOPE}: {in_scope.fetchone()[0]:,} (of all scopes, above)")
    periods: tuple[Period, ...] = ("all", "week", "month")
    async with await SqliteStore.open(path) as store:
        for period in periods:
            fastest, median = await time_call(partial(store.leaderboard, BIG_SCOPE, period, NOW))
            top = (await store.leaderboard(BIG_SCOPE, period, NOW))[0]
            print(
                f"top-10 leaderboard {period:5}: min {fastest:7.2f} ms  median {median:7.2f} ms"
                f"  (leader {top.name}, {top.points} pts)"
            )
        fastest, median = await time_call(lambda: store.player_stats(BIG_SCOPE, "u42"), repeat=5)
        print(f"player_stats (one player):    min {fastest:7.2f} ms  median {median:7.2f} ms")
        fastest, median = await time_call(lambda: store.question_stats("article"), repeat=3)
        print(f"question_stats (one set):     min {fastest:7.2f} ms  median {median:7.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--answers", type=int, default=1_000_000)
    parser.add_argument("--writes", type=int, default=3_000)
    parser.add_argument("--db", type=Path, help="database file (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "bench.db"
        print(f"SQLite {sqlite3.sqlite_version}, WAL, synchronous=NORMAL, file {path}")
        asyncio.run(bench_async_writes(path, args.writes))
        asyncio.run(seed(path, args.answers))
        asyncio.run(bench_queries(path))
        print(f"database size: {path.stat().st_size / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
