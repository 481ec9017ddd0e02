"""Permissions, /quizadmin, and channels that vanish or refuse the bot, on the real bot process."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakediscord import FakeDiscord, InteractionHandle, StoredMessage

from .conftest import BotHome, BotProcess, known, next_question, next_reveal, standings

pytestmark = pytest.mark.e2e

BROKEN_YAML = "title: Broken\nquestions:\n  - id: one\n    ask: What?\n    answr: typo\n"
EXTRA_YAML = """\
title: Extra Set
questions:
  - id: moon
    ask: What is the name of Earth's natural satellite?
    answer: the Moon
    accept: [Moon]
"""


async def ask(
    fake: FakeDiscord, user: str, channel: str, *command: str, **options: Any
) -> InteractionHandle:
    return await fake.invoke_command(user, channel, *command, options=options or None)


async def reply_to(
    fake: FakeDiscord, user: str, channel: str, *command: str, **options: Any
) -> StoredMessage:
    return await (await ask(fake, user, channel, *command, **options)).wait_reply()


async def test_members_moderators_and_admins(
    fake_discord: FakeDiscord, bot: BotProcess, home: BotHome
) -> None:
    fake = fake_discord
    # A plain member is refused every admin command, even though the fake shows them the group.
    for sub in ("reload", "settings", "reset-scores"):
        refused = await reply_to(fake, "alice", "quiz-2", "quizadmin", sub)
        assert refused.ephemeral and "manage guild permission" in refused.content
    saved = await reply_to(
        fake, "admin", "quiz-2", "quizadmin", "settings", questions=2, hints=False
    )
    assert saved.ephemeral and "Settings saved" in saved.text()
    assert "Questions: 2 (this server)" in saved.text() and "Hints: off" in saved.text()

    # Filters that leave nothing to ask are explained privately; nothing starts.
    empty = await reply_to(fake, "bob", "quiz-2", "quiz", "start", set="short", tags="nothing")
    assert empty.ephemeral and "matches tags nothing" in empty.content

    # Bob's quiz takes the guild's two questions; Alice may not stop it, a moderator may.
    started = await reply_to(fake, "bob", "quiz-2", "quiz", "start", set="short")
    assert "2 questions" in started.content
    question = await next_question(fake, "quiz-2", started.id)
    assert "Hints" not in question.text()
    await fake.send_message("quiz-2", "bob", known(question).answer)
    reveal = await next_reveal(fake, "quiz-2", question.id)
    refused = await reply_to(fake, "alice", "quiz-2", "quiz", "stop")
    assert refused.ephemeral and "only the player who started" in refused.content.lower()
    stopped = await reply_to(fake, "mod", "quiz-2", "quiz", "stop")
    assert "stopped by **Mod**" in stopped.content
    final = await standings(fake, "quiz-2", reveal.id)
    assert "Quiz stopped" in final.text() and "Bob" in final.text()

    # A reload that meets a broken file keeps the sets in use and says where the error is.
    (home.folder / "quizzes" / "broken.yaml").write_text(BROKEN_YAML, encoding="utf-8")
    (home.folder / "quizzes" / "extra.yaml").write_text(EXTRA_YAML, encoding="utf-8")
    refused_reload = await reply_to(fake, "admin", "quiz-2", "quizadmin", "reload")
    assert "Reload refused" in refused_reload.text() and "broken.yaml:5" in refused_reload.text()
    listed = await reply_to(fake, "alice", "quiz-2", "quiz", "sets")
    assert "trivia" in listed.text() and "extra" not in listed.text()
    (home.folder / "quizzes" / "broken.yaml").unlink()
    reloaded = await reply_to(fake, "admin", "quiz-2", "quizadmin", "reload")
    assert "3 sets" in reloaded.text()
    assert "extra" in (await reply_to(fake, "alice", "quiz-2", "quiz", "sets")).text()

    # Resetting the scores asks first; only the admin who asked can answer.
    prompt = await ask(fake, "admin", "quiz-2", "quizadmin", "reset-scores")
    asked = await prompt.wait_reply()
    yes, no = asked.custom_ids()
    assert yes.endswith(":yes") and no.endswith(":no")
    intruder = await (await fake.click("alice", asked, yes)).wait_reply()
    assert intruder.ephemeral and "Only the member who asked" in intruder.content
    cancelled = await fake.click("admin", asked, no)
    await cancelled.wait_response()
    assert "Nothing was deleted" in (await prompt.wait_followups(1))[-1].content
    board = await reply_to(fake, "bob", "quiz-2", "quiz", "leaderboard")
    assert "Bob" in board.text()
    prompt = await ask(fake, "admin", "quiz-2", "quizadmin", "reset-scores")
    asked = await prompt.wait_reply()
    await (await fake.click("admin", asked, asked.custom_ids()[0])).wait_response()
    assert "1 recorded answers deleted" in (await prompt.wait_followups(1))[-1].content
    board = await reply_to(fake, "bob", "quiz-2", "quiz", "leaderboard")
    assert "No answers yet" in board.text()


async def test_lost_channels_end_their_quiz_and_free_the_slot(
    fake_discord: FakeDiscord, bot: BotProcess
) -> None:
    fake = fake_discord
    # The bot may not post in #general: the quiz ends at its first question, quietly.
    fake.deny_sends("general")
    await reply_to(fake, "alice", "general", "quiz", "start", set="short")
    await fake.wait_until(lambda: "ending its quiz" in bot.log, 5)
    gone = await reply_to(fake, "alice", "general", "quiz", "stop")
    assert "No quiz is running" in gone.content

    # #quiz-2 is deleted mid-question: its game ends and gives its place back.
    started = await reply_to(fake, "bob", "quiz-2", "quiz", "start", set="trivia")
    await next_question(fake, "quiz-2", started.id)
    await fake.delete_channel("quiz-2")
    for channel in ("quiz", "quiz-thread"):
        ok = await reply_to(fake, "carol", channel, "quiz", "start", set="trivia")
        assert "started a race quiz" in ok.content, ok.content
    capped = await reply_to(fake, "carol", "general", "quiz", "start")
    assert capped.ephemeral and "already has 2 quizzes running" in capped.content
    for channel in ("quiz", "quiz-thread"):
        assert "stopped by" in (await reply_to(fake, "carol", channel, "quiz", "stop")).content
