"""`/quiz forget-me` takes the question-of-the-day answers too: the daily streak is
gone from `/quiz stats`, and the database holds no answer of the player's."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

from tests.fakediscord import FakeDiscord

from .conftest import BotHome, BotProcess
from .test_streak_zone import far_zone, seed

pytestmark = pytest.mark.e2e


def qotd_answers(home: BotHome, player: str) -> int:
    with sqlite3.connect(home.database) as conn:
        query = "SELECT COUNT(*) FROM qotd_answers WHERE player_id = ?"
        count: int = conn.execute(query, (player,)).fetchone()[0]
        return count


async def test_forget_me_ends_the_daily_streak(
    fake_discord: FakeDiscord, bot: BotProcess, home: BotHome
) -> None:
    fake = fake_discord
    zone, _, days, _ = far_zone(datetime.now(UTC))
    await seed(home, fake, zone, days)
    alice = str(fake.user("alice").id)
    assert qotd_answers(home, alice) == 2
    before = await (await fake.invoke_command("alice", "quiz", "quiz", "stats")).wait_reply(10)
    assert "(best 2)" in before.text()

    prompt = await fake.invoke_command("alice", "quiz", "quiz", "forget-me")
    asked = await prompt.wait_reply()
    await (await fake.click("alice", asked, asked.custom_ids()[0])).wait_response()
    assert "Deleted 2 answers" in (await prompt.wait_followups(1))[-1].content

    assert qotd_answers(home, alice) == 0
    after = await (await fake.invoke_command("alice", "quiz", "quiz", "stats")).wait_reply(10)
    assert "Daily streak" not in after.text()
