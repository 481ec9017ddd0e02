"""Child process for the durability tests: records answers and reports each one.

Usage: python writer.py DB PLAYER COUNT
Prints "PLAYER SEQ ROWID" after each record_answer has returned.
"""

from __future__ import annotations

import asyncio
import sys
from datetime import timedelta

from bot.store import SqliteStore
from tests.store.helpers import T0, answer


async def main(db: str, player: str, count: int) -> None:
    async with await SqliteStore.open(db, busy_timeout=30.0) as store:
        for seq in range(count):
            record = answer(
                player,
                question_id=f"q{seq}",
                correct=seq % 3 != 0,
                points=seq % 7,
                at=T0 + timedelta(seconds=seq),
            )
            row_id = await store.record_answer(record)
            print(player, seq, row_id, flush=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
