"""Private practice, spaced review and learning statistics, on the real bot process."""

from __future__ import annotations

from pathlib import Path

import pytest
import pytest_asyncio

from bot.store import SqliteStore
from tests.fakediscord import FakeDiscord
from tests.learning.private_messages import (
    is_question,
    next_private,
    play_private,
    private,
    type_answer,
)

from .conftest import BotHome, BotProcess, make_home
from .quizzes import age_card

pytestmark = pytest.mark.e2e


@pytest_asyncio.fixture
async def home(tmp_path: Path, fake_discord: FakeDiscord) -> BotHome:
    """One guess per question, so a wrong answer is a miss at once."""
    return make_home(tmp_path, fake_discord.guild.id, guess_limit=1)


async def test_practice_is_private_and_misses_come_back_in_review(
    fake_discord: FakeDiscord, bot: BotProcess, home: BotHome
) -> None:
    fake = fake_discord
    start = await fake.invoke_command(
        "alice", "quiz", "quiz", "practice", options={"set": "trivia", "questions": 4}
    )
    intro = await start.wait_reply()
    assert intro.ephemeral and "Private practice: 4 questions" in intro.content
    last = await play_private(fake, intro.id, 4, miss={"river"})
    summary = await next_private(fake, last, lambda m: "Practice over" in m.text())
    assert "3/4 right (4 questions asked)" in summary.text()
    assert not any(is_question(m) for m in fake.messages("quiz")), "nothing in the channel"
    river = next(m for m in private(fake) if "Missed" in m.text())
    assert "The Seine crosses Paris" in river.text(), "the reveal explains the answer"

    early = await (await fake.invoke_command("alice", "quiz", "quiz", "review")).wait_reply()
    assert early.ephemeral and "Nothing to review right now" in early.content

    # Age the missed card as if a day had passed (cards of right answers are left alone).
    scope, alice = str(fake.guild.id), str(fake.user("alice").id)
    await age_card(home.database, scope, alice, "trivia", "river")

    review = await fake.invoke_command("alice", "quiz", "quiz", "review")
    opened = await review.wait_reply()
    assert opened.ephemeral and "Review: 1 card due" in opened.content
    question = await next_private(fake, opened.id, is_question)
    assert "Which river flows through the middle of Paris?" in question.text()
    said = await type_answer(fake, question, "Seine")
    assert "is right" in said.content
    done = await next_private(fake, question.id, lambda m: "Review over" in m.text())
    assert "1/1 right (1 question asked)" in done.text()

    stats = await (await fake.invoke_command("alice", "quiz", "quiz", "stats")).wait_reply()
    assert stats.ephemeral and "Mastery by tag" in stats.text()
    assert "places" in stats.text() and "Weakest questions" in stats.text()
    assert "Which river flows through the middle of Paris?" in stats.text()

    assert await bot.stop() == 0
    store = await SqliteStore.open(home.database)
    try:
        record = await store.player_stats(scope, alice)
        assert (record.answered, record.correct, record.points) == (5, 4, 0)
    finally:
        await store.close()


async def test_stop_button_and_a_second_practice_replacing_the_first(
    fake_discord: FakeDiscord, bot: BotProcess, home: BotHome
) -> None:
    fake = fake_discord
    first = await fake.invoke_command("alice", "quiz", "quiz", "practice", options={"set": "short"})
    intro = await first.wait_reply()
    question = await next_private(fake, intro.id, is_question)
    second = await fake.invoke_command(
        "alice", "quiz", "quiz", "practice", options={"set": "short"}
    )
    intro2 = await second.wait_reply()
    newer = await next_private(fake, intro2.id, is_question)
    stale = await fake.click(
        "alice", question, next(i for i in question.custom_ids() if i.startswith("practice:type:"))
    )
    assert "practice is over" in (await stale.wait_reply()).content

    stop = next(i for i in newer.custom_ids() if i.startswith("practice:stop:"))
    clicked = await fake.click("alice", newer, stop)
    await clicked.wait_response()
    over = await next_private(fake, newer.id, lambda m: "Practice over" in m.text())
    assert "Stopped before the end" in over.text()
    assert not fake.bot_messages("quiz"), "practice never posts in the channel"
    unknown = await fake.invoke_command("bob", "quiz", "quiz", "practice", options={"set": "nope"})
    refused = await unknown.wait_reply()
    assert refused.ephemeral and "no quiz set named `nope`" in refused.content
    prefix = await fake.send_message("quiz", "alice", "!quiz practice")
    said = await fake.wait_for_message(
        "quiz", lambda m: "slash command" in m.content, after=prefix.id
    )
    assert "/quiz practice" in said.content


async def test_sigterm_ends_a_practice_with_its_summary(
    fake_discord: FakeDiscord, bot: BotProcess, home: BotHome
) -> None:
    fake = fake_discord
    start = await fake.invoke_command(
        "carol", "quiz", "quiz", "practice", options={"set": "trivia"}
    )
    intro = await start.wait_reply()
    await next_private(fake, intro.id, is_question)
    assert await bot.stop() == 0
    over = await next_private(fake, intro.id, lambda m: "Practice over" in m.text())
    assert "Stopped before the end" in over.text()
