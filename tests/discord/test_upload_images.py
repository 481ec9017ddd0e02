"""Pictures attached to `/quizadmin upload`: stored with the set, shown with its
questions, refused when missing, named outside the upload, or not real images."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from tests.charts.pixels import open_png
from tests.fakediscord import FakeDiscord, StoredMessage
from tests.images.files import image_bytes

from .conftest import BotHome, BotProcess, next_question
from .stored import stored_pictures, stored_sets

pytestmark = pytest.mark.e2e

GREEN = (20, 200, 60)
FLAGS = b"""\
title: Flags
questions:
  - id: green-flag
    ask: Which colour fills this flag?
    answer: green
    image: flag.png
"""


async def upload(fake: FakeDiscord, data: bytes, **pictures: bytes) -> StoredMessage:
    options: dict[str, Any] = {"file": fake.upload("flags.yaml", data)}
    for option, content in pictures.items():
        options[option] = fake.upload(f"{option}.png" if option != "image" else "flag.png", content)
    handle = await fake.invoke_command("admin", "quiz-2", "quizadmin", "upload", options=options)
    return await handle.wait_reply(10)


async def test_an_attached_picture_is_stored_and_shown_with_its_question(
    fake_discord: FakeDiscord, bot: BotProcess, home: BotHome
) -> None:
    fake = fake_discord
    # Not attached: refused, with the line of the `image:` key.
    missing = await upload(fake, FLAGS)
    assert "was not saved" in missing.text() and "flag.png" in missing.text()
    assert "flags.yaml:6:" in missing.text()
    # Climbing out of the upload is refused even when the file exists.
    escape = FLAGS.replace(b"image: flag.png", b"image: ../../../../../../etc/hostname.png")
    assert "was not saved" in (await upload(fake, escape, image=image_bytes("PNG"))).text()
    # Named .png but not an image.
    fake_png = await upload(fake, FLAGS, image=b"just text, not a picture")
    assert "was not saved" in fake_png.text() and "not an image" in fake_png.text()
    assert stored_sets(home.database, fake.guild.id) == {}

    saved = await upload(fake, FLAGS, image=image_bytes("PNG", size=(50, 30), colour=GREEN))
    assert "was not saved" not in saved.text()
    stored = yaml.safe_load(stored_sets(home.database, fake.guild.id)["flags"])
    assert stored["questions"][0]["image"] == "flags.images/flag.png"
    (name, data), *_ = stored_pictures(home.database, fake.guild.id, "flags").items()
    assert name == "flag.png" and open_png(data).getpixel((5, 5)) == GREEN

    start = await fake.invoke_command("bob", "quiz", "quiz", "start", options={"set": "flags"})
    question = await next_question(fake, "quiz", (await start.wait_reply()).id)
    (attached,) = question.files
    shown = open_png(attached.data)
    assert shown.size == (50, 30) and shown.getpixel((5, 5)) == GREEN
    assert question.embeds[0]["image"]["url"] == "attachment://question.png"
    await fake.send_message("quiz", "bob", "green")
    await fake.wait_for_message("quiz", lambda m: "final standings" in m.text(), 15)

    removed = await fake.invoke_command(
        "admin", "quiz-2", "quizadmin", "remove", options={"set": "flags"}
    )
    await removed.wait_followups(1)
    assert stored_pictures(home.database, fake.guild.id, "flags") == {}
