"""`/quiz forget-me` and `/quizadmin forget`, checked in the database afterwards."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

from bot.store import AnswerRecord, SqliteStore
from tests.fakediscord import FakeDiscord

from .conftest import BotHome, BotProcess

pytestmark = pytest.mark.e2e

OTHER_GUILD = "999"


async def seed(home: BotHome, scopes: list[str], players: list[str]) -> None:
    now = datetime.now(UTC)
    async with await SqliteStore.open(home.database) as store:
        await store.record_answers(
            [
                AnswerRecord(
                    player,
                    f"name-{player}",
                    scope,
                    "quiz",
                    f"s-{scope}",
                    "trivia",
                    "river",
                    ("places",),
                    True,
                    10,
                    1.0,
                    0,
                    now,
                )
                for scope in scopes
                for player in players
            ]
        )
        for scope in scopes:
            for player in players:
                await store.put_card(scope, player, "trivia", "river", card_json="{}", due=now)


def rows(home: BotHome, player: str) -> dict[str, list[str]]:
    """The scopes holding rows of `player`, per table."""
    with sqlite3.connect(home.database) as conn:
        return {
            table: sorted(
                str(r[0])
                for r in conn.execute(f"SELECT scope FROM {table} WHERE player_id = ?", (player,))
            )
            for table in ("answers", "player_totals", "review_cards")
        }


async def test_forget_me_asks_then_deletes_in_every_server(
    fake_discord: FakeDiscord, bot: BotProcess, home: BotHome
) -> None:
    fake = fake_discord
    guild = str(fake.guild.id)
    alice, bob = (str(fake.user(n).id) for n in ("alice", "bob"))
    await seed(home, [guild, OTHER_GUILD], [alice, bob])

    prompt = await fake.invoke_command("alice", "quiz", "quiz", "forget-me")
    asked = await prompt.wait_reply()
    assert asked.ephemeral and "in every server" in asked.content
    _, no = asked.custom_ids()
    await (await fake.click("alice", asked, no)).wait_response()
    assert "Nothing was deleted" in (await prompt.wait_followups(1))[-1].content
    assert rows(home, alice)["answers"] == sorted([guild, OTHER_GUILD])

    prompt = await fake.invoke_command("alice", "quiz", "quiz", "forget-me")
    asked = await prompt.wait_reply()
    intruder = await (await fake.click("bob", asked, asked.custom_ids()[0])).wait_reply()
    assert "Only the member who asked" in intruder.content
    await (await fake.click("alice", asked, asked.custom_ids()[0])).wait_response()
    done = (await prompt.wait_followups(1))[-1]
    assert "Deleted 2 answers and 2 review cards" in done.content

    assert rows(home, alice) == {"answers": [], "player_totals": [], "review_cards": []}
    assert rows(home, bob)["answers"] == sorted([guild, OTHER_GUILD])
    board = await (await fake.invoke_command("bob", "quiz", "quiz", "leaderboard")).wait_reply()
    assert "name-" + bob in board.text() and "name-" + alice not in board.text()


async def test_admin_forgets_one_member_in_this_server_only(
    fake_discord: FakeDiscord, bot: BotProcess, home: BotHome
) -> None:
    fake = fake_discord
    guild = str(fake.guild.id)
    bob = str(fake.user("bob").id)
    await seed(home, [guild, OTHER_GUILD], [bob])

    refused = await (
        await fake.invoke_command("alice", "quiz", "quizadmin", "forget", options={"member": "bob"})
    ).wait_reply()
    assert refused.ephemeral and "manage guild permission" in refused.content
    assert rows(home, bob)["answers"] == sorted([guild, OTHER_GUILD])

    prompt = await fake.invoke_command(
        "admin", "quiz", "quizadmin", "forget", options={"member": "bob"}
    )
    asked = await prompt.wait_reply()
    assert f"<@{bob}>" in asked.content and asked.allowed_mentions == {"parse": []}
    await (await fake.click("admin", asked, asked.custom_ids()[0])).wait_response()
    done = (await prompt.wait_followups(1))[-1]
    assert "Deleted 1 answer and 1 review card." in done.content

    assert rows(home, bob) == {
        "answers": [OTHER_GUILD],
        "player_totals": [OTHER_GUILD],
        "review_cards": [OTHER_GUILD],
    }
