"""`/quiz stats` attaches the stats card; `/quiz leaderboard picture:true` the podium."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.charts.canvas import ACCURACY, GOLD, HEIGHT, POINTS, SILVER, WIDTH
from bot.store import AnswerRecord, SqliteStore
from tests.charts.pixels import count_in_box, open_png
from tests.fakediscord import FakeDiscord

from .conftest import BotHome, BotProcess

pytestmark = pytest.mark.e2e

PLOT = (28, 166, 520, 512)
WHOLE = (0, 0, WIDTH, HEIGHT)


async def seed(home: BotHome, scope: str, players: dict[str, tuple[str, int]]) -> None:
    """Answers a few days apart, so this week and earlier weeks have bars."""
    now = datetime.now(UTC)
    records = [
        AnswerRecord(
            player_id=player_id,
            player_name=name,
            scope=scope,
            channel="quiz",
            session_id=f"s{n}",
            set_name="trivia",
            question_id=f"q{n}",
            tags=("places",),
            correct=n % 3 != 0,
            points=points if n % 3 else 0,
            response_time=2.0,
            hints_used=0,
            answered_at=now - timedelta(days=4 * n),
        )
        for player_id, (name, points) in players.items()
        for n in range(6)
    ]
    async with await SqliteStore.open(home.database) as store:
        await store.record_answers(records)


async def test_stats_reply_carries_the_card_with_alt_text(
    fake_discord: FakeDiscord, bot: BotProcess, home: BotHome
) -> None:
    fake = fake_discord
    alice = str(fake.user("alice").id)
    await seed(home, str(fake.guild.id), {alice: ("alice", 10)})

    reply = await (await fake.invoke_command("alice", "quiz", "quiz", "stats")).wait_reply()

    assert reply.ephemeral
    assert "points" in reply.text()  # the text stays beside the picture
    (card,) = reply.files
    assert card.filename == "stats.png"
    assert card.description and card.description.startswith("Stats card for alice")
    assert reply.embeds[0]["image"]["url"] == "attachment://stats.png"
    image = open_png(card.data)
    assert image.size == (WIDTH, HEIGHT)
    assert count_in_box(image, POINTS, PLOT) > 1000  # bars over several weeks
    assert count_in_box(image, ACCURACY, PLOT) > 100


async def test_leaderboard_picture_only_when_asked(
    fake_discord: FakeDiscord, bot: BotProcess, home: BotHome
) -> None:
    fake = fake_discord
    alice, bob = (str(fake.user(n).id) for n in ("alice", "bob"))
    await seed(home, str(fake.guild.id), {alice: ("alice", 10), bob: ("bob", 5)})

    plain = await (await fake.invoke_command("bob", "quiz", "quiz", "leaderboard")).wait_reply()
    assert plain.files == [] and "alice" in plain.text()

    pictured = await fake.invoke_command(
        "bob", "quiz", "quiz", "leaderboard", options={"picture": True}
    )
    reply = await pictured.wait_reply()
    assert "alice" in reply.text() and "bob" in reply.text()
    (board,) = reply.files
    assert board.description and board.description.startswith("Leaderboard, all time: 1. alice")
    image = open_png(board.data)
    assert count_in_box(image, GOLD, WHOLE) > 1000
    assert count_in_box(image, SILVER, WHOLE) > 1000
