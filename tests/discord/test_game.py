"""Whole games against the real bot process: typed races, slash answers, buttons, hints, skip.

The sets are small and the questions come in random order, so each question is
recognised by its text (see quizzes.KNOWN) and played the way its type allows.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from bot.store import SqliteStore
from tests.fakediscord import FakeDiscord, StoredMessage

from .conftest import BotHome, BotProcess, known, next_question, next_reveal, standings
from .quizzes import Known

pytestmark = pytest.mark.e2e

CHECK = "\N{WHITE HEAVY CHECK MARK}"


def reacted(fake: FakeDiscord, message: StoredMessage) -> bool:
    return (fake.bot_user.id, CHECK) in message.reactions


async def race_by_typing(fake: FakeDiscord, question: StoredMessage, item: Known) -> str:
    """Carol is close (told once only), then three members type at once; returns the winner."""
    nearly = await fake.send_message("quiz", "carol", item.close[0])
    nudge = await fake.wait_for_message("quiz", lambda m: m.content == "Close!", after=nearly.id)
    assert int(nudge.payload["message_reference"]["message_id"]) == nearly.id
    await fake.send_message("quiz", "carol", item.close[1])
    sent = await asyncio.gather(
        fake.send_message("quiz", "bob", item.wrong),
        fake.send_message("quiz", "alice", item.answer),
        fake.send_message("quiz", "carol", item.answer),
    )
    await fake.wait_until(lambda: any(reacted(fake, m) for m in sent), 5)
    await asyncio.sleep(0.3)  # give a wrong second ✅ the chance to show up
    winners = [m for m in sent if reacted(fake, m)]
    assert len(winners) == 1, "exactly one player wins a race"
    assert not reacted(fake, sent[0])
    nudges = [m for m in fake.bot_messages("quiz") if m.id > question.id and m.content == "Close!"]
    assert len(nudges) == 1, "close! at most once per player per question"
    return fake.user(winners[0].author_id).name


async def answer_by_slash(fake: FakeDiscord, answer: str) -> None:
    """Bob answers /quiz answer with a hostile wrong answer, then Carol with the right one."""
    wrong = await fake.invoke_command(
        "bob", "quiz", "quiz", "answer", options={"text": "@everyone Thames"}
    )
    said = await wrong.wait_reply()
    assert said.ephemeral and "@everyone Thames" in said.content and "not it" in said.content
    assert said.allowed_mentions == {"parse": []} and not said.pings_everyone
    right = await fake.invoke_command("carol", "quiz", "quiz", "answer", options={"text": answer})
    assert "is right" in (await right.wait_reply()).content


async def pick_by_buttons(fake: FakeDiscord, question: StoredMessage, right: int) -> None:
    """Alice picks wrong (and cannot pick twice); Bob then picks right and wins."""
    ids = question.custom_ids()
    number = ids[0].split(":")[3]
    assert all(i.startswith("quiz:pick:") and i.split(":")[3] == number for i in ids)
    wrong_id = ids[(right + 1) % len(ids)]
    first = await (await fake.click("alice", question, wrong_id)).wait_reply()
    assert first.ephemeral and "You picked" in first.content
    again = await (await fake.click("alice", question, ids[right])).wait_reply()
    assert again.ephemeral and "no guesses left" in again.content
    won = await (await fake.click("bob", question, ids[right])).wait_reply()
    assert won.ephemeral and "is right" in won.content


async def hint_then_skip(fake: FakeDiscord, question: StoredMessage) -> None:
    """Alice (the starter) forces a hint, edited into the question; Bob may not skip, Alice may."""
    hinted = await fake.invoke_command("alice", "quiz", "quiz", "hint")
    assert (await hinted.wait_reply()).ephemeral
    await fake.wait_until(
        lambda: any(f["name"] == "Hints" for f in question.embeds[0].get("fields", []))
    )
    assert question.history, "the hint is an edit of the question message"
    refused = await (await fake.invoke_command("bob", "quiz", "quiz", "skip")).wait_reply()
    assert refused.ephemeral and "only the player who started" in refused.content.lower()
    skipped = await fake.invoke_command("alice", "quiz", "quiz", "skip")
    assert (await skipped.wait_reply()).ephemeral


async def test_a_whole_game_under_rate_limits(
    fake_discord: FakeDiscord, bot: BotProcess, home: BotHome
) -> None:
    fake = fake_discord
    sets = await fake.autocomplete(
        "alice", "quiz", "quiz", "start", options={"set": "triv"}, focused="set"
    )
    assert [c["value"] for c in sets] == ["trivia"]
    tags = await fake.autocomplete(
        "alice", "quiz", "quiz", "start", options={"tags": "people, pl"}, focused="tags"
    )
    assert [c["value"] for c in tags] == ["people, places"]

    fake.rate_limit_fraction(0.2, seed=5, retry_after=0.05)
    start = await fake.invoke_command(
        "alice", "quiz", "quiz", "start", options={"set": "trivia", "questions": 4}
    )
    started = await start.wait_reply()
    assert "4 questions" in started.content and not started.ephemeral
    busy = await fake.invoke_command("bob", "quiz", "quiz", "start")
    assert "already running" in (await busy.wait_reply()).content

    winners: dict[int, str | None] = {}
    raced = False
    last = started.id
    for _ in range(4):
        question = await next_question(fake, "quiz", last)
        item = known(question)
        if item.kind == "text" and not raced:
            winners[question.id] = await race_by_typing(fake, question, item)
            raced = True
        elif item.kind == "text":
            await answer_by_slash(fake, item.answer)
            winners[question.id] = "carol"
        elif item.kind == "choice":
            await pick_by_buttons(fake, question, item.index)
            winners[question.id] = "bob"
        else:
            await hint_then_skip(fake, question)
            winners[question.id] = None
        reveal = await next_reveal(fake, "quiz", question.id)
        assert f"The answer: **{item.answer}" in reveal.text()
        explain = str(reveal.embeds[0]["description"])
        assert len(explain.split("\n\n")) >= 2, "the reveal explains the answer"
        if item.kind == "choice":
            assert question.components == [], "buttons are removed at the reveal"
        if winners[question.id] is None:
            assert "Skipped" in reveal.text()
        else:
            assert f"{str(winners[question.id]).capitalize()} got it" in reveal.text()
        if item.kind == "text" and winners[question.id] == "carol":
            assert "@everyone Thames" in reveal.text() and not reveal.pings_everyone
        last = reveal.id

    final = await standings(fake, "quiz", last)
    scored = {name for name in winners.values() if name}
    for name in scored:
        assert name.capitalize() in final.text()
    assert fake.failures.injected > 0, "some sends were answered 429"
    fake.rate_limit_fraction(0)

    board = await (await fake.invoke_command("bob", "quiz", "quiz", "leaderboard")).wait_reply()
    assert "Leaderboard, all time" in board.text()
    weekly = await fake.invoke_command(
        "bob", "quiz", "quiz", "leaderboard", options={"period": "week"}
    )
    week_board = await weekly.wait_reply()
    assert "Leaderboard, this week" in week_board.text()
    assert [line for line in board.text().splitlines() if "points" in line] == [
        line for line in week_board.text().splitlines() if "points" in line
    ]
    stats = await fake.invoke_command("carol", "quiz", "quiz", "stats", options={"member": "bob"})
    shown = await stats.wait_reply()
    assert shown.ephemeral and "Stats for" in shown.text() and "right" in shown.text()

    assert await bot.stop() == 0
    store = await SqliteStore.open(home.database)
    try:
        rows = await store.leaderboard(str(fake.guild.id), "all", datetime.now(UTC))
        by_id = {row.player_id: row for row in rows}
        for name in scored:
            row = by_id[str(fake.user(name).id)]
            assert row.points > 0 and row.correct == sum(1 for w in winners.values() if w == name)
            assert f"{row.name}**: {row.points} points" in final.text()
        # Every judged answer is stored: the wrong ones too.
        alice = await store.player_stats(str(fake.guild.id), str(fake.user("alice").id))
        assert alice.answered >= 1
    finally:
        await store.close()
