"""Running at scale, side by side in one run (timings interleaved: the machine is shared).

1. Stored answers/s with 1, 8 and 32 concurrent writers: PostgresStore and SqliteStore
   (each answer committed with its leaderboard totals), beside pgbench's bare one-row
   insert with the same number of clients on the same server.
2. Top-10 leaderboards (all/week/month) from the totals kept on write, beside the
   query that scans the answers (what the store did before), over 10,000,000 answers
   on PostgreSQL and 1,000,000 on SQLite.
3. Start-up of 16 shards in 2 processes against the fake Discord, beside 1 shard in 1.

Run: .venv/bin/python tests/bench/bench_scale.py [--pg-answers N] [--lite-answers N]
     [--seconds S] [--skip-boards] [--skip-shards]
Needs the PostgreSQL server of QUIZBOT_TEST_POSTGRES_URL and pgbench. Prints figures only.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.store import AnswerRecord, Period, SqliteStore, Store, period_start  # noqa: E402
from bot.store.postgres import PostgresStore  # noqa: E402
from bot.store.records import to_micros  # noqa: E402
from bot.store.url import parse_database_url  # noqa: E402
from tests.store.backends import server_url, with_database  # noqa: E402

NOW = datetime(2026, 6, 17, 15, 0, tzinfo=UTC)  # a Wednesday
SCOPE = "guild-big"
PLAYERS = 5_000
WRITERS = (1, 8, 32)

# What the store ran before the totals: a scan of the period's answers.
SCAN_BOARD = """
SELECT a.player_id, p.name, a.points FROM (
    SELECT player_id, SUM(points) AS points, SUM(correct) AS correct, COUNT(*) AS answered
    FROM answers WHERE scope = {p1} AND answered_us >= {p2} AND answered_us < {p3}
    GROUP BY player_id
) AS a JOIN players AS p USING (player_id)
ORDER BY a.points DESC, a.correct DESC, a.answered, a.player_id LIMIT 10
"""


def record(writer: int, n: int) -> AnswerRecord:
    correct = n % 3 != 0
    return AnswerRecord(
        player_id=f"w{writer}-{n % 50}",
        player_name=f"Writer {writer}",
        scope=f"bench-{writer % 4}",
        channel="c",
        session_id=f"w{writer}-s{n // 10}",
        set_name="article",
        question_id=f"q{n % 10}",
        tags=("dates",),
        correct=correct,
        points=7 if correct else 0,
        response_time=3.5,
        hints_used=0,
        answered_at=NOW - timedelta(seconds=n),
    )


async def store_rate(store: Store, writers: int, seconds: float) -> float:
    """Answers/s committed by `writers` tasks writing one answer after another."""
    deadline = time.perf_counter() + seconds
    counts = [0] * writers

    async def writer(index: int) -> None:
        n = 0
        while time.perf_counter() < deadline:
            await store.record_answer(record(index + writers * 1000, n))
            n += 1
        counts[index] = n

    start = time.perf_counter()
    await asyncio.gather(*(writer(i) for i in range(writers)))
    return sum(counts) / (time.perf_counter() - start)


def pgbench_rate(url: str, clients: int, seconds: float, script: Path) -> float:
    done = subprocess.run(
        ["pgbench", "-n", "-f", str(script), "-c", str(clients), "-j", str(min(clients, 4)),
         "-T", str(int(seconds)), url],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    found = re.search(r"tps = ([\d.]+)", done.stdout)
    assert found, done.stdout + done.stderr
    return float(found.group(1))


async def bench_writers(seconds: float, rounds: int) -> None:
    print(f"\n== answers committed per second ({seconds:.0f} s each, best of {rounds}) ==")
    admin = await asyncpg.connect(server_url())
    database = "quizbot_bench_writes"
    await admin.execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
    await admin.execute(f"CREATE DATABASE {database}")
    await admin.close()
    url = with_database(server_url(), database)
    bare = await asyncpg.connect(url)
    await bare.execute("CREATE TABLE bare (id BIGSERIAL PRIMARY KEY, v INTEGER NOT NULL)")
    await bare.close()
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "insert.sql"
        script.write_text("INSERT INTO bare (v) VALUES (1);\n")
        pg = await PostgresStore.open(parse_database_url(url), max_size=32)
        lite = await SqliteStore.open(Path(folder) / "writes.db")
        await with_history(pg, url)
        await with_history(lite, None)
        print(f"{'writers':>7} {'pgbench bare insert':>20} {'PostgresStore':>14} "
              f"{'ratio':>6} {'SqliteStore':>12}")  # fmt: skip
        for writers in WRITERS:
            best = {"bare": 0.0, "pg": 0.0, "lite": 0.0}
            for _ in range(rounds):  # interleaved, so load changes hit all three alike
                best["bare"] = max(best["bare"], pgbench_rate(url, writers, seconds, script))
                best["pg"] = max(best["pg"], await store_rate(pg, writers, seconds))
                best["lite"] = max(best["lite"], await store_rate(lite, writers, seconds))
            print(f"{writers:>7} {best['bare']:>16,.0f} /s {best['pg']:>10,.0f} /s "
                  f"{best['pg'] / best['bare']:>6.2f} {best['lite']:>8,.0f} /s")  # fmt: skip
        await pg.close()
        await lite.close()


async def with_history(store: Store, url: str | None) -> None:
    """A database in use has answers and planner statistics (autovacuum's ANALYZE):
    written here, since the bench server may run with autovacuum off."""
    history = [record(writer, n) for writer in range(-200, 0) for n in range(100)]
    await store.record_answers(history)
    if url is not None:
        conn = await asyncpg.connect(url)
        await conn.execute("ANALYZE")
        await conn.close()


async def timed(work: Callable[[], Awaitable[object]], repeat: int = 9) -> tuple[float, float]:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        await work()
        timings.append((time.perf_counter() - start) * 1000)
    return min(timings), statistics.median(timings)


def bounds(period: Period) -> tuple[int, int]:
    start = period_start(period, NOW)
    if start is None:
        return -(2**62), 2**62
    end = start + timedelta(days=7) if period == "week" else start.replace(month=start.month + 1)
    return to_micros(start), to_micros(end)


Scan = Callable[[int, int], Awaitable[object]]


async def report_boards(label: str, store: Store, scan: Scan) -> None:
    print(f"{'board':>8} {'totals (now)':>22} {'scan (before)':>22}   {label}")
    periods: tuple[Period, ...] = ("all", "week", "month")
    for period in periods:

        async def board(chosen: Period = period) -> object:
            return await store.leaderboard(SCOPE, chosen, NOW)

        async def scanned(edges: tuple[int, int] = bounds(period)) -> object:
            return await scan(*edges)

        fast_min, fast_med = await timed(board)
        slow_min, slow_med = await timed(scanned, repeat=3)
        print(f"{period:>8} min {fast_min:6.2f} med {fast_med:6.2f} ms"
              f"  min {slow_min:8.1f} med {slow_med:8.1f} ms")  # fmt: skip


# Answers spread over the year before NOW, 80% in one big server, 5,000 players.
PG_SEED = """
INSERT INTO answers (player_id, scope, channel, session_id, set_name, question_id, tags,
                     correct, points, response_time, hints_used, team, answered_us)
SELECT 'u' || (g * 7919 % {players}),
       CASE WHEN g % 5 = 0 THEN 'guild-' || (g % 20) ELSE '{scope}' END,
       'c', 's' || (g / 200), 'article', 'q' || (g % 300), '[]',
       (g % 5 < 3)::int, CASE WHEN g % 5 < 3 THEN 5 + g % 10 ELSE 0 END, 2.5, 0, NULL,
       {now} - (g::bigint * {step})
FROM generate_series({first}::bigint, {last}::bigint) AS g
"""

# The same counts as the view `answer_counts` gives row by row (see migration
# period_totals), in one sort: what a bulk load wants.
COUNTED = """
SELECT scope, player_id, points, correct,
       CASE WHEN ROW_NUMBER() OVER key = 1 THEN 1 ELSE 0 END AS first,
       CASE WHEN correct = 1 AND SUM(correct) OVER key = 1 THEN 1 ELSE 0 END AS first_right,
       answered_us - answered_us % 86400000000
           - ((answered_us / 86400000000 + 3) % 7) * 86400000000 AS week_us,
       {month} AS month_us
FROM answers
WINDOW key AS (PARTITION BY scope, player_id, session_id, set_name, question_id ORDER BY id
               ROWS UNBOUNDED PRECEDING)
"""
PG_MONTH = (
    "(EXTRACT(EPOCH FROM date_trunc('month', to_timestamp(answered_us / 1000000)"
    " AT TIME ZONE 'UTC')) * 1000000)::BIGINT"
)
SQLITE_MONTH = (
    "CAST(strftime('%s', answered_us / 1000000, 'unixepoch', 'start of month') AS INTEGER)"
    " * 1000000"
)


def rebuild(month: str) -> str:
    """Statements that count every stored answer into the totals, in one sort."""
    return f"""
CREATE TEMP TABLE counted AS {COUNTED.format(month=month)};
INSERT INTO player_totals
SELECT scope, player_id, SUM(points), SUM(correct), COUNT(*), SUM(first), SUM(first_right)
FROM counted GROUP BY scope, player_id;
INSERT INTO period_totals
SELECT scope, 'week', week_us, player_id, SUM(points), SUM(correct), COUNT(*), SUM(first),
       SUM(first_right) FROM counted GROUP BY scope, week_us, player_id;
INSERT INTO period_totals
SELECT scope, 'month', month_us, player_id, SUM(points), SUM(correct), COUNT(*), SUM(first),
       SUM(first_right) FROM counted GROUP BY scope, month_us, player_id;
DROP TABLE counted;
"""


async def bench_pg_boards(total: int) -> None:
    print(f"\n== top-10 leaderboards over {total:,} answers on PostgreSQL ==")
    database = f"quizbot_bench_boards_{total}"
    admin = await asyncpg.connect(server_url())
    exists = await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", database)
    url = with_database(server_url(), database)
    if exists and not await seeded(url, total):
        if await answers_only(url, total):
            await count_pg(url)
        else:
            await admin.execute(f"DROP DATABASE {database} WITH (FORCE)")
            exists = None
    await admin.close()
    if not exists:
        admin = await asyncpg.connect(server_url())
        await admin.execute(f"CREATE DATABASE {database}")
        await admin.close()
        await seed_pg(url, total)
    store = await PostgresStore.open(parse_database_url(url))
    conn = await asyncpg.connect(url)
    scan_sql = SCAN_BOARD.format(p1="$1", p2="$2", p3="$3")
    await report_boards(
        "PostgreSQL", store, lambda since, until: conn.fetch(scan_sql, SCOPE, since, until)
    )
    size = await conn.fetchval("SELECT pg_size_pretty(pg_database_size(current_database()))")
    print(f"database size: {size} (kept as {database} for the next run; drop it when done)")
    await conn.close()
    await store.close()


async def seeded(url: str, total: int) -> bool:
    """Whether a database left by an earlier run holds the whole seed, totals included."""
    conn = await asyncpg.connect(url)
    try:
        if await conn.fetchval("SELECT to_regclass('period_totals')") is None:
            return False
        answers = await conn.fetchval("SELECT COUNT(*) FROM answers")
        totals = await conn.fetchval("SELECT COUNT(*) FROM period_totals")
        return bool(answers == total and totals)
    finally:
        await conn.close()


async def answers_only(url: str, total: int) -> bool:
    conn = await asyncpg.connect(url)
    try:
        if await conn.fetchval("SELECT to_regclass('period_totals')") is None:
            return False
        return bool(await conn.fetchval("SELECT COUNT(*) FROM answers") == total)
    finally:
        await conn.close()


async def count_pg(url: str) -> None:
    """Totals for answers loaded with the trigger off."""
    conn = await asyncpg.connect(url, command_timeout=7200)
    start = time.perf_counter()
    await conn.execute("TRUNCATE player_totals, period_totals")
    await conn.execute("SET work_mem = '256MB'")
    await conn.execute(rebuild(PG_MONTH))
    await conn.execute("ALTER TABLE answers ENABLE TRIGGER answers_add_to_totals")
    await conn.execute("VACUUM ANALYZE")
    print(f"  totals counted, analysed: {time.perf_counter() - start:.0f} s")
    await conn.close()


async def seed_pg(url: str, total: int) -> None:
    store = await PostgresStore.open(parse_database_url(url))  # the schema
    await store.close()
    conn = await asyncpg.connect(url, command_timeout=3600)
    start = time.perf_counter()
    await conn.execute(
        "INSERT INTO players SELECT 'u' || g, 'Player ' || g, 0"
        f" FROM generate_series(0, {PLAYERS - 1}) AS g"
    )
    await conn.execute("ALTER TABLE answers DISABLE TRIGGER answers_add_to_totals")
    step = (365 * 86_400 * 10**6) // total
    chunk = 1_000_000
    for first in range(0, total, chunk):
        last = min(first + chunk, total) - 1
        await conn.execute(
            PG_SEED.format(players=PLAYERS, scope=SCOPE, now=to_micros(NOW), step=step,
                           first=first, last=last)
        )  # fmt: skip
        print(f"  seeded {last + 1:,} answers ({time.perf_counter() - start:.0f} s)", flush=True)
    await conn.execute(rebuild(PG_MONTH))
    await conn.execute("ALTER TABLE answers ENABLE TRIGGER answers_add_to_totals")
    await conn.execute("VACUUM ANALYZE")
    print(f"  totals rebuilt, analysed: {time.perf_counter() - start:.0f} s in all")
    await conn.close()


async def bench_lite_boards(total: int) -> None:
    print(f"\n== top-10 leaderboards over {total:,} answers on SQLite ==")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "boards.db"
        store = await SqliteStore.open(path)  # the schema
        await store.close()
        seed_lite(path, total)
        store = await SqliteStore.open(path)
        conn = sqlite3.connect(path)
        scan_sql = SCAN_BOARD.format(p1="?", p2="?", p3="?")

        async def scan(since: int, until: int) -> object:
            return conn.execute(scan_sql, (SCOPE, since, until)).fetchall()

        await report_boards("SQLite", store, scan)
        print(f"database size: {path.stat().st_size / 1e6:.0f} MB")
        conn.close()
        await store.close()


def seed_lite(path: Path, total: int) -> None:
    start = time.perf_counter()
    conn = sqlite3.connect(path, isolation_level=None)
    trigger = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'answers_add_to_totals'"
    ).fetchone()[0]
    conn.execute("BEGIN")
    conn.execute("DROP TRIGGER answers_add_to_totals")
    conn.executemany(
        "INSERT INTO players VALUES (?, ?, 0)", ((f"u{n}", f"Player {n}") for n in range(PLAYERS))
    )
    step = (365 * 86_400 * 10**6) // total
    now = to_micros(NOW)
    rows = (
        (f"u{g * 7919 % PLAYERS}", f"guild-{g % 20}" if g % 5 == 0 else SCOPE, "c",
         f"s{g // 200}", "article", f"q{g % 300}", "[]", int(g % 5 < 3),
         5 + g % 10 if g % 5 < 3 else 0, 2.5, 0, None, now - g * step)
        for g in range(total)
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO answers (player_id, scope, channel, session_id, set_name, question_id,"
        " tags, correct, points, response_time, hints_used, team, answered_us)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    for statement in rebuild(SQLITE_MONTH).strip().split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute(trigger)
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()
    print(f"  seeded and counted in {time.perf_counter() - start:.0f} s")


async def bench_shards() -> None:
    print("\n== start-up against the fake Discord: 16 shards in 2 processes vs 1 shard in 1 ==")
    from tests.discord.conftest import BotProcess, bot_env, make_home
    from tests.fakediscord import FakeDiscord

    async def start_up(shards: int, groups: list[str]) -> float:
        fake = FakeDiscord()
        await fake.start()
        fake.gateway.recommended_shards = shards
        with tempfile.TemporaryDirectory() as folder:
            home = make_home(Path(folder), fake.guild.id)
            began = time.perf_counter()
            processes = [
                await BotProcess.start(home, bot_env(fake), "--shard-count", str(shards),
                                       "--shard-ids", ids)
                for ids in groups
            ]  # fmt: skip
            await fake.wait_until(
                lambda: fake.gateway.shards_connected() == list(range(shards)), 300
            )
            took = time.perf_counter() - began
            await asyncio.gather(*(p.stop() for p in processes))
        await fake.stop()
        return took

    one = await start_up(1, ["0"])
    sixteen = await start_up(16, ["0-7", "8-15"])
    print(f"1 shard, 1 process:     {one:6.1f} s to every shard's READY")
    print(f"16 shards, 2 processes: {sixteen:6.1f} s to every shard's READY")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pg-answers", type=int, default=10_000_000)
    parser.add_argument("--lite-answers", type=int, default=1_000_000)
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--skip-writers", action="store_true")
    parser.add_argument("--skip-boards", action="store_true")
    parser.add_argument("--skip-shards", action="store_true")
    parser.add_argument("--skip-sqlite-boards", action="store_true")
    args = parser.parse_args()
    print(f"PostgreSQL at {server_url()}, SQLite {sqlite3.sqlite_version}; load {os.getloadavg()}")
    if not args.skip_writers:
        await bench_writers(args.seconds, args.rounds)
    if not args.skip_boards:
        if not args.skip_sqlite_boards:
            await bench_lite_boards(args.lite_answers)
        await bench_pg_boards(args.pg_answers)
    if not args.skip_shards:
        await bench_shards()


if __name__ == "__main__":
    asyncio.run(main())
