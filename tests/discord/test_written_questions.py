"""Questions written in Discord: `/quizadmin add`, `edit`, `delete-question`, `export`,
through the modal round trip, checked on disk and in play."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from tests.fakediscord import FakeDiscord, InteractionHandle

from .conftest import BotHome, BotProcess, next_question
from .stored import stored_sets

pytestmark = pytest.mark.e2e


def prefilled(handle: InteractionHandle) -> dict[str, str]:
    """custom_id -> the value the bot put in each box of the modal it opened."""
    found: dict[str, str] = {}

    def walk(component: dict[str, Any]) -> None:
        if component.get("type") == 4:
            found[component["custom_id"]] = component.get("value") or ""
        for child in component.get("components", []):
            walk(child)
        if "component" in component:
            walk(component["component"])

    modal = handle.modal
    assert modal is not None, "no modal was opened"
    for component in modal["components"]:
        walk(component)
    return found


async def open_form(fake: FakeDiscord, command: str, **options: Any) -> InteractionHandle:
    handle = await fake.invoke_command("admin", "quiz", "quizadmin", command, options=options)
    await handle.wait_response()
    return handle


async def submit(fake: FakeDiscord, opened: InteractionHandle, **boxes: str) -> str:
    values = {f"written:{key}": value for key, value in boxes.items()}
    submitted = await fake.submit_modal("admin", opened, values)
    (said,) = await submitted.wait_followups(1)
    return said.text()


def stored(home: BotHome, guild_id: int, name: str) -> tuple[str, dict[str, Any]]:
    text = stored_sets(home.database, guild_id)[name].decode("utf-8")
    return text, yaml.safe_load(text)


async def test_write_play_edit_delete_and_export_a_question(
    fake_discord: FakeDiscord, bot: BotProcess, home: BotHome
) -> None:
    fake = fake_discord
    guild = fake.guild.id
    refused = await fake.invoke_command(
        "alice", "quiz", "quizadmin", "add", options={"set": "capitals", "type": "text"}
    )
    assert "manage guild permission" in (await refused.wait_reply()).content

    form = await open_form(fake, "add", set="capitals", type="text")
    assert set(prefilled(form)) == {
        f"written:{k}" for k in ("ask", "answer", "accepted", "extra", "explain")
    }
    said = await submit(
        fake, form,
        ask="Which city is the capital of Burkina Faso?",
        answer="Ouagadougou",
        accepted="Ouaga\nWagadugu",
        extra="It starts with O.\nLocals shorten it to Ouaga.",
        explain="Ouagadougou has been the capital since independence.",
    )  # fmt: skip
    assert "Added question `which-city-is-the-capital-of` in `capitals` (1 question)" in said
    text, data = stored(home, guild, "capitals")
    (question,) = data["questions"]
    assert list(question) == ["id", "ask", "answer", "accept", "hint", "explain"]
    assert question["accept"] == ["Ouaga", "Wagadugu"]
    assert "[" not in text and "{" not in text  # block style only
    assert list(data) == ["title", "questions"]

    # Playable at once.
    start = await fake.invoke_command("bob", "quiz", "quiz", "start", options={"set": "capitals"})
    asked = await next_question(fake, "quiz", (await start.wait_reply()).id)
    assert "capital of Burkina Faso" in asked.text()
    await fake.send_message("quiz", "bob", "wagadugu")
    await fake.wait_for_message("quiz", lambda m: "The answer:" in m.text(), 10, after=asked.id)

    # A wrong form is refused with the box named, and nothing changes.
    bad = await open_form(fake, "add", set="capitals", type="number")
    said = await submit(fake, bad, ask="How many regions does the country have?", answer="many")
    assert "Not saved" in said and "**Answer**" in said
    assert stored(home, guild, "capitals")[0] == text

    choice = await open_form(fake, "add", set="capitals", type="choice")
    assert "written:accepted" not in prefilled(choice)
    said = await submit(
        fake, choice, ask="Which river is not in Burkina Faso?",
        answer="Danube", extra="Mouhoun\nNakanbe\nDanube",
    )  # fmt: skip
    assert "(2 questions)" in said

    # Edit: the form comes filled in; the id and the fields not in the form stay.
    qid = "which-city-is-the-capital-of"
    edit = await open_form(fake, "edit", set="capitals", id=qid)
    boxes = prefilled(edit)
    assert boxes["written:answer"] == "Ouagadougou"
    assert boxes["written:accepted"] == "Ouaga\nWagadugu"
    said = await submit(
        fake, edit, ask=boxes["written:ask"], answer="Ouagadougou", accepted="Ouaga",
        extra=boxes["written:extra"], explain="It became the capital in 1960.",
    )  # fmt: skip
    assert f"Saved question `{qid}`" in said
    _, data = stored(home, guild, "capitals")
    edited = data["questions"][0]
    assert (edited["id"], edited["accept"], edited["explain"]) == (
        qid,
        ["Ouaga"],
        "It became the capital in 1960.",
    )

    deleted = await fake.invoke_command(
        "admin", "quiz", "quizadmin", "delete-question", options={"set": "capitals", "id": qid}
    )
    (said_msg,) = await deleted.wait_followups(1)
    assert f"Deleted question `{qid}`" in said_msg.text()
    _, data = stored(home, guild, "capitals")
    assert [q["id"] for q in data["questions"]] == ["which-river-is-not-in-burkina"]
    last = await fake.invoke_command(
        "admin", "quiz", "quizadmin", "delete-question",
        options={"set": "capitals", "id": "which-river-is-not-in-burkina"},
    )  # fmt: skip
    (said_msg,) = await last.wait_followups(1)
    assert "only question" in said_msg.text()

    export = await fake.invoke_command(
        "admin", "quiz", "quizadmin", "export", options={"set": "capitals"}
    )
    (exported,) = (await export.wait_reply()).files
    again = yaml.safe_load(exported.data)
    assert list(again["questions"][0]) == ["id", "type", "ask", "answer", "choices"]


async def test_options_add_tags_difficulty_a_hint_and_examples_checked_by_the_judge(
    fake_discord: FakeDiscord, bot: BotProcess, home: BotHome
) -> None:
    fake = fake_discord
    boxes = {
        "ask": "Which river crosses Paris?",
        "answer": "Seine",
        "extra": "Seine\nLoire\nRhone",
    }
    # The judge would accept "Seine": an example saying it must be refused is refused.
    wrong = await open_form(fake, "add", set="rivers-written", type="choice", should_refuse="Seine")
    said = await submit(fake, wrong, **boxes)
    assert "Not saved" in said and "should_accept / should_refuse" in said

    form = await open_form(
        fake, "add", set="rivers-written", type="choice", tags="geography, france",
        difficulty="easy", hint="It ends in Le Havre.", should_accept="seine;the Seine",
        should_refuse="Loire",
    )  # fmt: skip
    said = await submit(fake, form, **boxes)
    assert "Added question" in said
    _, data = stored(home, fake.guild.id, "rivers-written")
    (question,) = data["questions"]
    assert question["tags"] == ["geography", "france"]
    assert question["difficulty"] == "easy"
    assert question["hint"] == ["It ends in Le Havre."]
    assert question["examples"] == {"accept": ["seine", "the Seine"], "reject": ["Loire"]}
