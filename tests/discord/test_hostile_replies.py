"""Replies that quote what a member sent (a set name, an uploaded file, its name) carry
no bidi override, zero-width or control character: the quoted text reads as it is.

Against the real bot process; the hostile text is raw, where members put it.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.fakediscord import FakeDiscord, StoredMessage

from .conftest import BotProcess

pytestmark = pytest.mark.e2e

HIDDEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]"
)
HOSTILE = ("\u202e", "\u200b", "\x1b[31m", "\u2066")


def assert_readable(message: StoredMessage, *visible: str) -> None:
    shown = message.text() + "".join(f.data.decode(errors="replace") for f in message.files)
    assert not HIDDEN.findall(shown), repr(shown)
    for text in visible:
        assert text in shown, shown


@pytest.mark.parametrize("bad", HOSTILE)
async def test_replies_quote_hostile_text_readably(
    fake_discord: FakeDiscord, bot: BotProcess, bad: str
) -> None:
    fake = fake_discord
    start = await fake.invoke_command(
        "alice", "quiz", "quiz", "start", options={"set": f"riv{bad}ers"}
    )
    assert_readable(await start.wait_reply(), "There is no quiz set named", "riv")

    upload = (
        f"title: Rivers\nquestions:\n  - id: ri{bad}ver\n    ask: Which river?\n"
        f"    answer: Seine\n    col{bad}our: blue\n"
    ).encode()
    options: dict[str, Any] = {"file": fake.upload(f"evil{bad}.yaml", upload)}
    handle = await fake.invoke_command("admin", "quiz-2", "quizadmin", "upload", options=options)
    refused = await handle.wait_reply(10)
    assert_readable(refused, "was not saved", "evil")
