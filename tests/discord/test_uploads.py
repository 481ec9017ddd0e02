"""Question files from Discord, on the real bot process: upload, replace, export, remove, draft."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from bot.engine.loader import read_quiz_text
from tests.fakediscord import FakeDiscord, InteractionHandle, StoredMessage

from .conftest import BotHome, BotProcess, next_question
from .quizzes import BROKEN, RIVERS
from .stored import stored_sets

pytestmark = pytest.mark.e2e

RIVERS_TWO = RIVERS.replace(b"title: Rivers", b"title: Rivers, second edition")

RED_TRIVIA = b"""\
AUTHOR: a test
What is the capital of Italy?:
- Rome
- Roma
"""

ARTICLE = (
    b"Mayor Ana Ribeiro opened the Douro footbridge in Porto on Saturday. "
    b"The bridge cost 38 million euros and opened in 2024. "
    b"About 40% of residents had backed the plan in March 2021.\n"
)


def kept(fake: FakeDiscord, home: BotHome) -> dict[str, bytes]:
    """The server's sets as the bot stored them, by name."""
    return stored_sets(home.database, fake.guild.id)


async def admin(fake: FakeDiscord, user: str, sub: str, **options: Any) -> InteractionHandle:
    return await fake.invoke_command(user, "quiz-2", "quizadmin", sub, options=options or None)


async def upload(
    fake: FakeDiscord, user: str, data: bytes, filename: str, name: str | None = None
) -> StoredMessage:
    options: dict[str, Any] = {"file": fake.upload(filename, data)}
    if name is not None:
        options["name"] = name
    handle = await admin(fake, user, "upload", **options)
    return await handle.wait_reply(10)


async def set_names(fake: FakeDiscord) -> list[str]:
    found = await fake.autocomplete(
        "bob", "quiz", "quiz", "start", options={"set": ""}, focused="set"
    )
    return [c["value"] for c in found]


async def test_upload_is_playable_at_once_and_exports_byte_for_byte(
    fake_discord: FakeDiscord, bot: BotProcess, home: BotHome
) -> None:
    fake = fake_discord
    data = RIVERS.replace(b"\n", b"\r\n")  # exported exactly as uploaded, line ends included
    saved = await upload(fake, "admin", data, "My Rivers.yaml")
    assert saved.ephemeral and "Set `my-rivers` saved" in saved.text()
    assert kept(fake, home) == {"my-rivers": data}
    assert not (home.folder / "data" / "guild-quizzes").exists(), "in the store, not in files"
    assert "my-rivers" in await set_names(fake)

    start = await fake.invoke_command(
        "alice", "quiz", "quiz", "start", options={"set": "my-rivers"}
    )
    started = await start.wait_reply()
    assert "1 questions" in started.content
    question = await next_question(fake, "quiz", started.id)
    assert "in the uploaded set?" in question.text()
    await fake.send_message("quiz", "bob", "Seine")
    await fake.wait_for_message("quiz", lambda m: "final standings" in m.text(), 10)

    exported = await (await admin(fake, "admin", "export", set="my-rivers")).wait_reply()
    assert exported.ephemeral and [f.filename for f in exported.files] == ["my-rivers.yaml"]
    assert exported.files[0].data == data

    red = await upload(fake, "admin", RED_TRIVIA, "italy.yaml")
    assert "Set `italy` saved" in red.text() and "1 question." in red.text()


async def test_invalid_oversized_and_hostile_uploads_change_nothing(
    fake_discord: FakeDiscord, bot: BotProcess, home: BotHome
) -> None:
    fake = fake_discord
    await upload(fake, "admin", RIVERS, "rivers.yaml")

    refused = await upload(fake, "admin", BROKEN, "rivers.yaml")
    assert refused.ephemeral and "was not saved" in refused.text()
    assert "rivers.yaml:6:5" in refused.text() and "rivers.yaml:11:" in refused.text()
    assert kept(fake, home) == {"rivers": RIVERS}, "the old set is intact"

    many = b"title: Many\nquestions:\n" + b"".join(
        b"  - id: q%d\n    ask: Question %d?\n" % (i, i) for i in range(12)
    )
    long_report = await upload(fake, "admin", many, "many.yaml")
    assert "12 problems" in long_report.text() and "and 2 more" in long_report.text()
    assert [f.filename for f in long_report.files] == ["problems.txt"]
    report = long_report.files[0].data.decode()
    assert report.count("`answer` is missing") == 12 and "many.yaml:25:5" in report
    assert "many" not in kept(fake, home)

    big = b"title: Big\n" + b"# padding\n" * 30_000
    too_big = await upload(fake, "admin", big, "big.yaml")
    assert "limited to 262,144 bytes" in too_big.text()

    sneaky = await upload(fake, "admin", RIVERS, "rivers.yaml", name="../../escape")
    assert "not a valid set name" in sneaky.text()
    # Discord strips folders from attachment names; an odd but plain name is slugged.
    slugged = await upload(fake, "admin", RIVERS, "..Escape!.yaml")
    assert "Set `escape` saved" in slugged.text()
    assert sorted(kept(fake, home)) == ["escape", "rivers"]
    assert list(home.folder.glob("**/escape*")) == [], "a name never becomes a path"
    assert sorted(p.name for p in (home.folder / "quizzes").iterdir()) == [
        "short.yaml",
        "trivia.yaml",
    ]
    shipped = await upload(fake, "admin", RIVERS, "trivia.yaml")
    assert "shipped with the bot" in shipped.text()

    plain = await upload(fake, "alice", RIVERS_TWO, "rivers.yaml")
    assert plain.ephemeral and "manage guild permission" in plain.content
    assert kept(fake, home)["rivers"] == RIVERS
    for sub, options in (("export", {"set": "rivers"}), ("remove", {"set": "rivers"})):
        denied = await (await admin(fake, "alice", sub, **options)).wait_reply()
        assert "manage guild permission" in denied.content
    assert "rivers" in kept(fake, home)


async def test_replacing_asks_first_and_remove_takes_the_set_away(
    fake_discord: FakeDiscord, bot: BotProcess, home: BotHome
) -> None:
    fake = fake_discord
    await upload(fake, "admin", RIVERS, "rivers.yaml")

    asked = await upload(fake, "admin", RIVERS_TWO, "rivers.yaml")
    assert "already exists" in asked.text()
    cancel = next(i for i in asked.custom_ids() if i.endswith(":no"))
    await (await fake.click("admin", asked, cancel)).wait_response()
    await fake.wait_until(lambda: any("kept" in m.text() for m in fake.messages_by_id.values()))
    assert kept(fake, home) == {"rivers": RIVERS}

    asked = await upload(fake, "admin", RIVERS_TWO, "rivers.yaml")
    yes = next(i for i in asked.custom_ids() if i.endswith(":yes"))
    await (await fake.click("admin", asked, yes)).wait_response()
    # Stored, then loaded, then said: once it is said, the new version plays.
    await fake.wait_until(lambda: any("`rivers` replaced" in m.text()
                                      for m in fake.messages_by_id.values()))  # fmt: skip
    assert kept(fake, home) == {"rivers": RIVERS_TWO}
    sets = await (await fake.invoke_command("bob", "quiz", "quiz", "sets")).wait_reply()
    assert "Rivers, second edition" in sets.text()

    removed = await (await admin(fake, "admin", "remove", set="rivers")).wait_reply()
    assert removed.ephemeral and "removed" in removed.text()
    assert kept(fake, home) == {}
    assert "rivers" not in await set_names(fake)
    gone = await (await admin(fake, "admin", "remove", set="rivers")).wait_reply()
    assert "no uploaded set named `rivers`" in gone.text()


async def test_draft_from_an_uploaded_article(
    fake_discord: FakeDiscord, bot: BotProcess, home: BotHome
) -> None:
    fake = fake_discord
    handle = await admin(fake, "admin", "draft", file=fake.upload("porto.txt", ARTICLE))
    reply = await handle.wait_reply(15)
    assert reply.ephemeral and [f.filename for f in reply.files] == ["porto-draft.yaml"]
    data = reply.files[0].data
    quiz = read_quiz_text(data, "porto-draft", "porto-draft.yaml").quiz
    assert len(quiz.questions) == len(yaml.safe_load(data)["questions"]) > 0
    nothing = await admin(fake, "admin", "draft", file=fake.upload("empty.txt", b"   \n"))
    assert "Could not draft" in (await nothing.wait_reply(15)).text()
