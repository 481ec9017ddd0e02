"""A team game against the real bot: a lobby with join buttons, then a race between teams."""

from __future__ import annotations

import sqlite3

import pytest

from tests.fakediscord import FakeDiscord

from .conftest import BotHome, BotProcess, known, next_question, next_reveal, standings

pytestmark = pytest.mark.e2e


async def test_three_players_from_lobby_to_team_standings(
    fake_discord: FakeDiscord, bot: BotProcess, home: BotHome
) -> None:
    fake = fake_discord
    start = await fake.invoke_command(
        "alice", "quiz", "quiz", "start", options={"set": "short", "questions": 2, "mode": "teams"}
    )
    lobby = await start.wait_reply()
    assert "Team quiz: 2 teams" in lobby.text() and "nobody yet" in lobby.text()
    ids = lobby.custom_ids()
    join_red, join_blue = ids[0], ids[1]
    auto, start_id = (next(i for i in ids if i.endswith(s)) for s in (":auto:0", ":start:0"))

    # Switching is allowed until the start; one team each.
    await (await fake.click("alice", lobby, join_blue)).wait_response()
    await (await fake.click("alice", lobby, join_red)).wait_response()
    await (await fake.click("bob", lobby, join_red)).wait_response()
    await (await fake.click("carol", lobby, auto)).wait_response()
    shown = fake.message(lobby.id).text()
    assert "Alice, Bob" in shown and "Auto" in shown and "Carol" in shown

    # Only the starter (or a moderator) starts early.
    refused = await (await fake.click("bob", lobby, start_id)).wait_reply()
    assert refused.ephemeral and "only the player who opened the lobby" in refused.content
    await (await fake.click("alice", lobby, start_id)).wait_response()
    assert "Starting!" in fake.message(lobby.id).text()
    assert fake.message(lobby.id).components == []

    started = await fake.wait_for_message(
        "quiz", lambda m: "team quiz" in m.content, after=lobby.id
    )
    after = started.id
    scorers = {1: "carol", 2: "alice"}
    for number in (1, 2):
        question = await next_question(fake, "quiz", after)
        item = known(question)
        await fake.send_message("quiz", "bob", item.wrong)
        await fake.send_message("quiz", scorers[number], item.answer)
        reveal = await next_reveal(fake, "quiz", question.id)
        assert "Team totals" in reveal.text()
        after = reveal.id
    final = await standings(fake, "quiz", after)
    text = final.text()
    # Carol was placed on the team with fewer players (Blue); Alice plays for Red.
    assert "Team standings" in text
    red_line = next(line for line in text.splitlines() if "Team Red" in line)
    blue_line = next(line for line in text.splitlines() if "Team Blue" in line)
    assert "best: Alice" in red_line and "best: Carol" in blue_line
    assert "Bob" not in red_line  # no points, so not among the best players

    with sqlite3.connect(home.database) as conn:
        teams = dict(conn.execute("SELECT DISTINCT player_id, team FROM answers").fetchall())
    users = {name: str(fake.user(name).id) for name in ("alice", "bob", "carol")}
    assert teams == {users["alice"]: "red", users["bob"]: "red", users["carol"]: "blue"}


async def test_a_lobby_with_more_teams_than_players_does_not_start(
    fake_discord: FakeDiscord, bot: BotProcess
) -> None:
    fake = fake_discord
    named = await fake.invoke_command(
        "admin", "quiz", "quizadmin", "settings", options={"team_names": "Owls, @everyone"}
    )
    assert "Team names: Owls" in (await named.wait_reply()).text()
    start = await fake.invoke_command(
        "alice", "quiz", "quiz", "start", options={"set": "short", "mode": "teams", "teams": 3}
    )
    lobby = await start.wait_reply()
    assert lobby.embeds[0]["fields"][0]["name"] == "Owls"
    assert "Join Owls" in str(lobby.components) and not lobby.pings_everyone
    ids = lobby.custom_ids()
    auto, start_id = (next(i for i in ids if i.endswith(s)) for s in (":auto:0", ":start:0"))
    await (await fake.click("alice", lobby, auto)).wait_response()
    refused = await (await fake.click("alice", lobby, start_id)).wait_reply()
    assert "3 teams need at least 3 players, and 1 has joined" in refused.content
    # The lobby holds the channel: no second game or lobby meanwhile.
    other = await fake.invoke_command("bob", "quiz", "quiz", "start", options={"set": "short"})
    assert "team lobby is already open" in (await other.wait_reply()).content
