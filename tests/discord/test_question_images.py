"""Image questions on Discord: a file is uploaded with the question and shown in its
embed, an https URL is shown directly, an http URL is given as a link."""

from __future__ import annotations

from pathlib import Path

import pytest
import pytest_asyncio

from tests.charts.pixels import open_png
from tests.fakediscord import FakeDiscord, StoredMessage
from tests.images.files import RED, write_image

from .conftest import BotHome, BotProcess, make_home, next_question

pytestmark = pytest.mark.e2e

PICTURES_YAML = """\
title: Pictures
questions:
  - id: red-square
    ask: What colour is this square?
    answer: red
    image: pics/red.png
  - id: secure
    ask: Which picture is served over https?
    answer: secure
    image: https://example.org/secure.png
  - id: plain
    ask: Which picture is served over plain http?
    answer: plain
    image: http://example.org/plain.png
"""
ANSWERS = {"What colour": "red", "Which picture is served over https": "secure"}


@pytest_asyncio.fixture
async def home(tmp_path: Path, fake_discord: FakeDiscord) -> BotHome:
    made = make_home(tmp_path, fake_discord.guild.id)
    (made.folder / "quizzes" / "pictures.yaml").write_text(PICTURES_YAML, encoding="utf-8")
    write_image(made.folder / "quizzes" / "pics" / "red.png", size=(64, 48))
    return made


def answer_for(question: StoredMessage) -> str:
    text = question.text()
    return next((a for start, a in ANSWERS.items() if start in text), "plain")


async def test_each_kind_of_image_reaches_the_question(
    fake_discord: FakeDiscord, bot: BotProcess
) -> None:
    fake = fake_discord
    start = await fake.invoke_command(
        "alice", "quiz", "quiz", "start", options={"set": "pictures", "questions": 3}
    )
    after = (await start.wait_reply()).id
    seen: dict[str, StoredMessage] = {}
    for _ in range(3):
        question = await next_question(fake, "quiz", after)
        seen[answer_for(question)] = question
        await fake.send_message("quiz", "alice", answer_for(question))
        after = question.id

    red = seen["red"]
    (attached,) = red.files
    assert attached.filename == "question.png"
    assert attached.description and "What colour is this square?" in attached.description
    picture = open_png(attached.data)
    assert picture.size == (64, 48) and picture.getpixel((10, 10)) == RED
    assert red.embeds[0]["image"]["url"] == "attachment://question.png"

    secure = seen["secure"]
    assert secure.files == []
    assert secure.embeds[0]["image"]["url"] == "https://example.org/secure.png"

    plain = seen["plain"]
    assert plain.files == [] and "image" not in plain.embeds[0]
    (field,) = [f for f in plain.embeds[0].get("fields", []) if f["name"] == "Picture"]
    assert "http://example.org/plain.png" in field["value"]
