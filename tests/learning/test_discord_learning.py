"""Practice, review, stats and guild uploads over real discord.py against the fake Discord.

In-process (see harness.py); tests/discord/test_learning.py and test_uploads.py run
the same features through the real `quizbot run` process.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest_asyncio

from bot.client import SETS_RESYNC_SECONDS, QuizBot
from bot.engine.loader import read_quiz_text
from bot.game.clock import ManualClock
from bot.store import SqliteStore
from bot.store.sets import SetUpload
from tests.discord.quizzes import BROKEN, RIVERS, SHORT_YAML, TRIVIA_YAML, age_card
from tests.fakediscord import FakeDiscord, InteractionHandle, StoredMessage

from .harness import learning, running, settings_in
from .private_messages import control, is_question, next_private, play_private, private, type_answer


@pytest_asyncio.fixture
async def bot(fake_discord: FakeDiscord, tmp_path: Path) -> AsyncIterator[QuizBot]:
    settings = settings_in(tmp_path, {"trivia": TRIVIA_YAML, "short": SHORT_YAML}, guess_limit=1)
    async with running(fake_discord, settings) as running_bot:
        yield running_bot


async def command(fake: FakeDiscord, user: str, *path: str, **options: Any) -> InteractionHandle:
    return await fake.invoke_command(user, "quiz", *path, options=options or None)


async def test_practice_is_private_and_a_miss_comes_back_in_review(
    fake_discord: FakeDiscord, bot: QuizBot, tmp_path: Path
) -> None:
    fake = fake_discord
    start = await command(fake, "alice", "quiz", "practice", set="trivia", questions=4)
    intro = await start.wait_reply()
    assert intro.ephemeral and "Private practice: 4 questions" in intro.content
    last = await play_private(fake, intro.id, 4, miss={"river"})
    summary = await next_private(fake, last, lambda m: "Practice over" in m.text())
    assert "3/4 right (4 questions asked)" in summary.text()
    assert not fake.bot_messages("quiz"), "practice never posts in the channel"
    assert all(m.ephemeral for m in private(fake))
    missed = next(m for m in private(fake) if "Missed" in m.text())
    assert "The Seine crosses Paris" in missed.text(), "the reveal explains the answer"

    early = await (await command(fake, "alice", "quiz", "review")).wait_reply()
    assert early.ephemeral and "Nothing to review right now" in early.content

    # Age the missed card by a day rather than wait for it (right answers are left alone).
    scope, alice = str(fake.guild.id), str(fake.user("alice").id)
    await age_card(tmp_path / "scores.db", scope, alice, "trivia", "river")

    review = await (await command(fake, "alice", "quiz", "review")).wait_reply()
    assert review.ephemeral and "Review: 1 card due" in review.content
    question = await next_private(fake, review.id, is_question)
    assert "Which river flows through the middle of Paris?" in question.text()
    said = await type_answer(fake, question, "Seine")
    assert "is right" in said.content
    done = await next_private(fake, question.id, lambda m: "Review over" in m.text())
    assert "1/1 right (1 question asked)" in done.text()

    stats = await (await command(fake, "alice", "quiz", "stats")).wait_reply()
    assert stats.ephemeral and "Mastery by tag" in stats.text()
    assert "places" in stats.text() and "Weakest questions" in stats.text()
    assert "Which river flows through the middle of Paris?" in stats.text()
    record = await bot.store.player_stats(scope, alice)
    assert (record.answered, record.correct, record.points) == (5, 4, 0)


async def test_stop_button_stale_clicks_and_a_new_practice_replacing_the_old(
    fake_discord: FakeDiscord, bot: QuizBot
) -> None:
    fake = fake_discord
    intro = await (await command(fake, "alice", "quiz", "practice", set="short")).wait_reply()
    question = await next_private(fake, intro.id, is_question)
    intro2 = await (await command(fake, "alice", "quiz", "practice", set="short")).wait_reply()
    newer = await next_private(fake, intro2.id, is_question)
    stale = await fake.click("alice", question, control(question, "practice:type:"))
    assert "practice is over" in (await stale.wait_reply()).content
    assert len(learning(bot).practices) == 1

    clicked = await fake.click("alice", newer, control(newer, "practice:stop:"))
    await clicked.wait_response()
    over = await next_private(fake, newer.id, lambda m: "Practice over" in m.text())
    assert "Stopped before the end" in over.text()
    await fake.wait_until(lambda: len(learning(bot).practices) == 0)
    none = await (await command(fake, "bob", "quiz", "practice", set="nope")).wait_reply()
    assert none.ephemeral and "no quiz set named `nope`" in none.content


async def test_unanswered_practice_stops_itself(fake_discord: FakeDiscord, tmp_path: Path) -> None:
    fake = fake_discord
    clock = ManualClock(datetime(2026, 1, 1, tzinfo=UTC))
    settings = settings_in(tmp_path, {"short": SHORT_YAML})
    async with running(fake, settings, clock):
        intro = await (
            await command(fake, "bob", "quiz", "practice", set="short", questions=2)
        ).wait_reply()
        assert intro.ephemeral
        # The short set's questions close after 5 seconds each; nobody answers. The bot's
        # clock is advanced rather than waited on.
        first = await next_private(fake, intro.id, is_question)
        clock.advance(5)
        missed = await next_private(fake, first.id, lambda m: "Time's up" in m.text())
        clock.advance(0.2)  # the reveal pause
        await next_private(fake, missed.id, is_question)
        clock.advance(5)
        over = await next_private(fake, missed.id, lambda m: "Practice over" in m.text())
    assert "0/0 right (2 questions asked)" in over.text()
    assert len([m for m in private(fake) if "Time's up" in m.text()]) == 2


async def upload(
    fake: FakeDiscord, user: str, data: bytes, filename: str, name: str | None = None
) -> StoredMessage:
    options: dict[str, Any] = {"file": fake.upload(filename, data)}
    if name is not None:
        options["name"] = name
    return await (await command(fake, user, "quizadmin", "upload", **options)).wait_reply(10)


async def test_uploads_export_replace_remove(
    fake_discord: FakeDiscord, bot: QuizBot, tmp_path: Path
) -> None:
    fake = fake_discord
    scope = str(fake.guild.id)

    async def kept() -> dict[str, bytes]:
        found = [
            await bot.store.get_set(scope, v.name) for v in await bot.store.set_versions(scope)
        ]
        return {s.name: s.content for s in found if s is not None}

    data = RIVERS.replace(b"\n", b"\r\n")
    saved = await upload(fake, "admin", data, "My Rivers.yaml")
    assert saved.ephemeral and "Set `my-rivers` saved" in saved.text()
    assert "my-rivers" in bot.library.sets_for(str(fake.guild.id)), "playable at once"
    exported = await (
        await command(fake, "admin", "quizadmin", "export", set="my-rivers")
    ).wait_reply()
    assert [f.filename for f in exported.files] == ["my-rivers.yaml"]
    assert exported.files[0].data == data, "byte for byte"

    refused = await upload(fake, "admin", BROKEN, "my-rivers.yaml")
    assert "was not saved" in refused.text()
    assert "my-rivers.yaml:6:5" in refused.text() and "my-rivers.yaml:11:" in refused.text()
    assert await kept() == {"my-rivers": data}
    too_big = await upload(fake, "admin", b"title: x\n" + b"#" * 300_000, "big.yaml")
    assert "limited to 262,144 bytes" in too_big.text()
    sneaky = await upload(fake, "admin", RIVERS, "x.yaml", name="../escape")
    assert "not a valid set name" in sneaky.text()
    # Discord strips folders from attachment names; an odd but plain name is slugged.
    slugged = await upload(fake, "admin", RIVERS, "..Escape!.yaml")
    assert "Set `escape` saved" in slugged.text()
    assert sorted(await kept()) == ["escape", "my-rivers"]
    plain = await upload(fake, "alice", RIVERS, "alice.yaml")
    assert plain.ephemeral and "manage guild permission" in plain.content
    assert "alice" not in await kept()

    asked = await upload(fake, "admin", RIVERS, "my-rivers.yaml")
    assert "already exists" in asked.text()
    await (
        await fake.click("admin", asked, control(asked, "confirm:").rsplit(":", 1)[0] + ":no")
    ).wait_response()
    await fake.wait_until(lambda: any("old `my-rivers` is kept" in m.text() for m in private(fake)))
    assert (await kept())["my-rivers"] == data
    asked = await upload(fake, "admin", RIVERS, "my-rivers.yaml")
    await (
        await fake.click("admin", asked, control(asked, "confirm:").rsplit(":", 1)[0] + ":yes")
    ).wait_response()
    await next_private(fake, asked.id, lambda m: "Set `my-rivers` replaced" in m.text())
    assert (await kept())["my-rivers"] == RIVERS

    removed = await (
        await command(fake, "admin", "quizadmin", "remove", set="my-rivers")
    ).wait_reply()
    assert "removed" in removed.content and "my-rivers" not in await kept()
    assert "my-rivers" not in bot.library.sets_for(str(fake.guild.id))
    gone = await (await command(fake, "admin", "quizadmin", "export", set="my-rivers")).wait_reply()
    assert "no uploaded set named `my-rivers`" in gone.content


async def test_draft_from_an_uploaded_article(fake_discord: FakeDiscord, bot: QuizBot) -> None:
    fake = fake_discord
    article = (
        b"Mayor Ana Ribeiro opened the Douro footbridge in Porto on Saturday. "
        b"The bridge cost 38 million euros and opened in 2024. "
        b"About 40% of residents had backed the plan in March 2021.\n"
    )
    handle = await command(
        fake, "admin", "quizadmin", "draft", file=fake.upload("porto.txt", article)
    )
    reply = await handle.wait_reply(15)
    assert reply.ephemeral and [f.filename for f in reply.files] == ["porto-draft.yaml"]
    quiz = read_quiz_text(reply.files[0].data, "porto-draft", "porto-draft.yaml").quiz
    assert f"A draft of {len(quiz.questions)} question" in reply.content
    empty = await command(fake, "admin", "quizadmin", "draft", file=fake.upload("e.txt", b" \n"))
    assert "Could not draft a quiz" in (await empty.wait_reply(15)).content


async def test_a_change_whose_announcement_was_missed_is_caught_up_within_a_minute(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    clock = ManualClock(datetime(2026, 1, 1, tzinfo=UTC))
    settings = settings_in(tmp_path, {"short": SHORT_YAML})
    scope = str(fake_discord.guild.id)
    async with running(fake_discord, settings, clock) as bot:
        # Another process saved it while this one was not listening: no announcement.
        async with await SqliteStore.open(settings.database) as other:
            upload = SetUpload(scope, "rivers", RIVERS, "1", clock.wall())
            await other.save_set(upload, replace=False, max_sets=5)
        assert "rivers" not in bot.library.sets_for(scope)
        clock.advance(SETS_RESYNC_SECONDS + 1)
        await fake_discord.wait_until(lambda: "rivers" in bot.library.sets_for(scope), 5)
        assert bot.library.sets_for(scope)["rivers"].title == "Rivers"
