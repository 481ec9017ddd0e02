"""Reading a member's private (ephemeral) practice messages on the fake Discord, and playing them.

Shared by the in-process tests here and the end-to-end ones in tests/discord.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.discord.quizzes import KNOWN
from tests.fakediscord import FakeDiscord, StoredMessage

QUESTION = "Question "


def private(fake: FakeDiscord) -> list[StoredMessage]:
    found = [
        m for m in fake.messages_by_id.values() if m.ephemeral and m.author_id == fake.bot_user.id
    ]
    return sorted(found, key=lambda m: m.id)


def is_question(message: StoredMessage) -> bool:
    return any(str(e.get("title", "")).startswith(QUESTION) for e in message.embeds)


async def next_private(
    fake: FakeDiscord,
    after: int,
    predicate: Callable[[StoredMessage], bool],
    timeout: float = 10.0,
) -> StoredMessage:
    def found() -> StoredMessage | None:
        return next((m for m in private(fake) if m.id > after and predicate(m)), None)

    message: StoredMessage = await fake.wait_until(found, timeout)
    return message


def control(message: StoredMessage, prefix: str) -> str:
    return next(i for i in message.custom_ids() if i.startswith(prefix))


async def type_answer(fake: FakeDiscord, question: StoredMessage, text: str) -> StoredMessage:
    opened = await fake.click("alice", question, control(question, "practice:type:"))
    await opened.wait_response()
    assert opened.response_type == 9, "Type answer opens a modal"
    submitted = await fake.submit_modal("alice", opened, {"answer": text})
    return await submitted.wait_reply()


async def play_private(fake: FakeDiscord, after: int, count: int, miss: set[str]) -> int:
    """Answer `count` private questions, those whose id is in `miss` wrongly; last id seen."""
    last = after
    for _ in range(count):
        question = await next_private(fake, last, is_question)
        item = KNOWN[str(question.embeds[0]["description"]).split("\n")[0]]
        wrong = item.question_id in miss
        if item.kind in ("choice", "truefalse"):
            index = item.index if not wrong else (item.index + 1) % 2
            button = next(
                i
                for i in question.custom_ids()
                if i.startswith("practice:pick:") and i.endswith(f":{index}")
            )
            clicked = await fake.click("alice", question, button)
            await clicked.wait_response()
            assert clicked.response_type == 7, "a pick closes the question in place"
            assert "You picked" in str(clicked.callbacks[0]["data"]["embeds"][0]["description"])
        else:
            if item.question_id == "painter":
                shown = await (
                    await fake.click("alice", question, control(question, "practice:hint:"))
                ).wait_reply()
                assert shown.ephemeral and "Hint 1" in shown.content
            said = await type_answer(fake, question, item.wrong if wrong else item.answer)
            assert said.ephemeral and ("is right" in said.content) != wrong
        reveal = await next_private(fake, question.id, lambda m: "The answer:" in m.text())
        assert f"The answer: **{item.answer}" in reveal.text()
        if wrong:
            assert "Missed" in reveal.text() and "You answered" in reveal.text()
            assert item.wrong in reveal.text()
        last = reveal.id
    return last
