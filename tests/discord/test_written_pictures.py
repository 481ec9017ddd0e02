"""A picture for a question written in Discord: attached to `/quizadmin add` or `edit`,
checked like an upload's, stored with the set, shown with the question; a replaced
picture is dropped from the store."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from bot.engine.loader.images import MAX_IMAGE_BYTES
from tests.charts.pixels import open_png
from tests.fakediscord import FakeDiscord, InteractionHandle
from tests.images.files import image_bytes

from .conftest import BotHome, BotProcess, next_question
from .stored import stored_pictures, stored_sets
from .test_written_questions import submit

pytestmark = pytest.mark.e2e

GREEN = (20, 200, 60)
BLUE = (30, 60, 220)
QUESTION = {"ask": "Which colour fills this flag?", "answer": "green"}


async def form(
    fake: FakeDiscord, command: str, picture: tuple[str, bytes] | None, **options: Any
) -> InteractionHandle:
    if picture is not None:
        options["image"] = fake.upload(*picture)
    handle = await fake.invoke_command("admin", "quiz", "quizadmin", command, options=options)
    await handle.wait_response()
    return handle


async def refusal(handle: InteractionHandle) -> str:
    assert handle.modal is None, "the form opened for a file that cannot be used"
    return (await handle.wait_reply()).content


def stored_set(home: BotHome, guild_id: int) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(stored_sets(home.database, guild_id)["flags"])
    return loaded


async def test_a_picture_added_in_discord_is_stored_shown_and_replaced(
    fake_discord: FakeDiscord, bot: BotProcess, home: BotHome
) -> None:
    fake = fake_discord
    guild = fake.guild.id
    # Not a picture file, or too big: refused before the form opens.
    text_file = await form(fake, "add", ("notes.txt", b"hello"), set="flags")
    assert "is not a picture file" in await refusal(text_file)
    too_big = b"\x89PNG" + b"0" * (MAX_IMAGE_BYTES + 1)
    huge = await form(fake, "add", ("big.png", too_big), set="flags")
    assert "pictures are limited to" in await refusal(huge)
    # Named .png but not an image: the form opens (only the name is known), the check
    # after it refuses, naming the image, and nothing is stored.
    fake_png = await form(fake, "add", ("flag.png", b"not an image at all"), set="flags")
    said = await submit(fake, fake_png, **QUESTION)
    assert "Not saved" in said and "image" in said.lower()
    assert stored_sets(home.database, guild) == {}

    picture = ("Flag.PNG", image_bytes("PNG", size=(50, 30), colour=GREEN))
    added = await form(fake, "add", picture, set="flags")
    said = await submit(fake, added, **QUESTION)
    assert "Added question `which-colour-fills-this-flag`" in said
    question = stored_set(home, guild)["questions"][0]
    assert question["image"] == "flags.images/which-colour-fills-this-flag.png"
    (name, data), *others = stored_pictures(home.database, guild, "flags").items()
    assert name == "which-colour-fills-this-flag.png" and not others
    assert open_png(data).getpixel((5, 5)) == GREEN

    start = await fake.invoke_command("bob", "quiz", "quiz", "start", options={"set": "flags"})
    asked = await next_question(fake, "quiz", (await start.wait_reply()).id)
    (attached,) = asked.files
    assert open_png(attached.data).getpixel((5, 5)) == GREEN
    await fake.send_message("quiz", "bob", "green")
    await fake.wait_for_message("quiz", lambda m: "final standings" in m.text(), 15)

    # A new picture through edit replaces the old one (a JPEG now: one file, not two).
    edited = await form(
        fake,
        "edit",
        ("blue.jpg", image_bytes("JPEG", colour=BLUE)),
        set="flags",
        id="which-colour-fills-this-flag",
    )
    said = await submit(fake, edited, ask="Which colour fills this flag now?", answer="blue")
    assert "Saved question" in said
    question = stored_set(home, guild)["questions"][0]
    assert question["image"] == "flags.images/which-colour-fills-this-flag.jpg"
    assert list(stored_pictures(home.database, guild, "flags")) == [
        "which-colour-fills-this-flag.jpg"
    ]
    # An edit without a picture keeps the one it has.
    again = await form(fake, "edit", None, set="flags", id="which-colour-fills-this-flag")
    await submit(fake, again, ask="Which colour fills this flag, then?", answer="blue")
    assert stored_set(home, guild)["questions"][0]["image"].endswith(".jpg")
    assert len(stored_pictures(home.database, guild, "flags")) == 1

    # Deleting the question drops its picture; the set's other question stays.
    other = await form(fake, "add", None, set="flags")
    await submit(fake, other, ask="How many stripes has a plain flag?", answer="none")
    gone = await fake.invoke_command(
        "admin",
        "quiz",
        "quizadmin",
        "delete-question",
        options={"set": "flags", "id": "which-colour-fills-this-flag"},
    )
    (said_gone,) = await gone.wait_followups(1)
    assert "Deleted question" in said_gone.text()
    assert stored_pictures(home.database, guild, "flags") == {}
    assert [q["id"] for q in stored_set(home, guild)["questions"]] == [
        "how-many-stripes-has-a-plain"  # the first six words
    ]


async def test_an_uploaded_set_with_pictures_can_be_edited_in_discord(
    fake_discord: FakeDiscord, bot: BotProcess, home: BotHome
) -> None:
    fake = fake_discord
    flags = b"title: Flags\nquestions:\n  - id: green\n    ask: Which colour?\n"
    flags += b"    answer: green\n    image: flag.png\n"
    options: dict[str, Any] = {
        "file": fake.upload("flags.yaml", flags),
        "image": fake.upload("flag.png", image_bytes("PNG", colour=GREEN)),
    }
    upload = await fake.invoke_command("admin", "quiz", "quizadmin", "upload", options=options)
    assert "saved" in (await upload.wait_reply(10)).text()
    # The set is read with its stored picture: the form opens filled in, and saves.
    edited = await form(fake, "edit", None, set="flags", id="green")
    said = await submit(fake, edited, ask="Which colour is this flag?", answer="green")
    assert "Saved question `green`" in said
    assert stored_set(home, fake.guild.id)["questions"][0]["image"] == "flags.images/flag.png"
    assert list(stored_pictures(home.database, fake.guild.id, "flags")) == ["flag.png"]


async def test_the_first_change_to_a_commented_upload_says_its_comments_go(
    fake_discord: FakeDiscord, bot: BotProcess, home: BotHome
) -> None:
    fake = fake_discord
    commented = b"# Flags of the world, by Ann\ntitle: Flags\nquestions:\n  - id: green\n"
    commented += b"    ask: Which colour?  # the easy one\n    answer: green\n"
    options: dict[str, Any] = {"file": fake.upload("flags.yaml", commented)}
    upload = await fake.invoke_command("admin", "quiz", "quizadmin", "upload", options=options)
    assert "saved" in (await upload.wait_reply(10)).text()
    assert stored_sets(home.database, fake.guild.id)["flags"] == commented  # as uploaded

    first = await form(fake, "add", None, set="flags")
    said = await submit(fake, first, ask="Which colour is snow?", answer="white")
    assert "Added question" in said and "comments of the uploaded file were not kept" in said
    assert b"#" not in stored_sets(home.database, fake.guild.id)["flags"]
    second = await form(fake, "add", None, set="flags")
    said = await submit(fake, second, ask="Which colour is coal?", answer="black")
    assert "Added question" in said and "comments" not in said
