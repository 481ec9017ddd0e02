"""A team game against the real bot: a lobby with join buttons, then a race between teams."""

from __future__ import annotations

import copy
import sqlite3
from pathlib import Path

import pytest

from tests.fakediscord import FakeDiscord

from .conftest import (
    BotHome,
    BotProcess,
    bot_env,
    known,
    make_home,
    next_question,
    next_reveal,
    standings,
)

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
    # The standings are edged in the leading team's colour (the defaults: red, blue).
    first = text.split("Team standings")[1].strip().splitlines()[0]
    if "(tie)" not in first:
        colour = 0xE74C3C if "Team Red" in first else 0x3498DB
        assert final.embeds[0]["color"] == colour, (first, final.embeds[0].get("color"))
    assert "Bob" not in red_line  # no points, so not among the best players

    with sqlite3.connect(home.database) as conn:
        teams = dict(conn.execute("SELECT DISTINCT player_id, team FROM answers").fetchall())
    users = {name: str(fake.user(name).id) for name in ("alice", "bob", "carol")}
    assert teams == {users["alice"]: "red", users["bob"]: "red", users["carol"]: "blue"}


async def test_a_lobby_with_more_teams_than_players_does_not_start(
    fake_discord: FakeDiscord, bot: BotProcess
) -> None:
    fake = fake_discord
    bad = await fake.invoke_command(
        "admin", "quiz", "quizadmin", "settings", options={"team_colours": "#123456, greenish"}
    )
    said = await bad.wait_reply()
    assert said.ephemeral and "team colour `greenish` is not a colour" in said.content
    named = await fake.invoke_command(
        "admin",
        "quiz",
        "quizadmin",
        "settings",
        options={"team_names": "Owls, @everyone", "team_colours": "#123456, rgb(1, 2, 3)"},
    )
    saved = (await named.wait_reply()).text()
    assert "Team names: Owls" in saved and "Team colours: #123456, #010203" in saved
    start = await fake.invoke_command(
        "alice", "quiz", "quiz", "start", options={"set": "short", "mode": "teams", "teams": 3}
    )
    lobby = await start.wait_reply()
    # One embed per team, edged in its colour; the third keeps the default name and colour.
    teams = [(e.get("title"), e.get("color")) for e in lobby.embeds[1:]]
    assert teams[0] == ("Owls", 0x123456) and teams[1][1] == 0x010203
    assert teams[2] == ("Red", 0xE74C3C)
    assert "Join Owls" in str(lobby.components) and not lobby.pings_everyone
    ids = lobby.custom_ids()
    auto, start_id = (next(i for i in ids if i.endswith(s)) for s in (":auto:0", ":start:0"))
    await (await fake.click("alice", lobby, auto)).wait_response()
    refused = await (await fake.click("alice", lobby, start_id)).wait_reply()
    assert "3 teams need at least 3 players, and 1 has joined" in refused.content
    # The lobby holds the channel: no second game or lobby meanwhile.
    other = await fake.invoke_command("bob", "quiz", "quiz", "start", options={"set": "short"})
    assert "team lobby is already open" in (await other.wait_reply()).content


async def test_the_lobby_time_limit_starts_a_full_lobby_and_calls_off_a_short_one(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    fake = fake_discord
    home = make_home(tmp_path, fake.guild.id, discord={"team_lobby_seconds": 10})
    bot = await BotProcess.start(home, bot_env(fake))
    try:
        await fake.wait_until_connected(timeout=20)
        lobbies = {}
        for channel in ("quiz", "quiz-2"):
            start = await fake.invoke_command(
                "mod", channel, "quiz", "start", options={"set": "short", "mode": "teams"}
            )
            lobbies[channel] = await start.wait_reply()
        full, short = lobbies["quiz"], lobbies["quiz-2"]
        for user in ("alice", "bob"):
            auto = next(i for i in full.custom_ids() if i.endswith(":auto:0"))
            await (await fake.click(user, full, auto)).wait_response()
        auto = next(i for i in short.custom_ids() if i.endswith(":auto:0"))
        await (await fake.click("carol", short, auto)).wait_response()

        await fake.wait_for_message("quiz", lambda m: "team quiz" in m.content, 20, after=full.id)
        assert "Starting!" in fake.message(full.id).text()
        await fake.wait_until(lambda: "Called off" in fake.message(short.id).text(), 10)
        said = fake.message(short.id).text()
        assert "2 teams need at least 2 players, and 1 has joined" in said
        assert fake.message(short.id).components == []
        assert not [m for m in fake.bot_messages("quiz-2") if "team quiz" in m.content]
    finally:
        assert await bot.stop() == 0
    assert "Traceback" not in bot.log


async def test_a_restart_calls_an_open_lobby_off_in_place(
    fake_discord: FakeDiscord, home: BotHome
) -> None:
    fake = fake_discord
    bot = await BotProcess.start(home, bot_env(fake))
    try:
        await fake.wait_until_connected(timeout=20)
        start = await fake.invoke_command(
            "alice", "quiz", "quiz", "start", options={"set": "short", "mode": "teams"}
        )
        lobby = await start.wait_reply()
        join = lobby.custom_ids()[0]
        await (await fake.click("bob", lobby, join)).wait_response()
        as_seen = copy.deepcopy(fake.message(lobby.id))  # what a lagging client still shows
    finally:
        assert await bot.stop() == 0
    assert "Traceback" not in bot.log, bot.log
    # A lobby lives in the bot's memory: stopping says so where players look, buttons gone.
    shown = fake.message(lobby.id)
    assert "Called off" in shown.text() and "the bot is restarting" in shown.text()
    assert shown.components == []

    bot = await BotProcess.start(home, bot_env(fake))
    try:
        await fake.wait_until_connected(timeout=20)
        await bot.wait_for_log("connected as")
        # A client that still shows the old buttons gets a clear answer, and the channel
        # is free for a new lobby.
        stale = await (await fake.click("carol", as_seen, join)).wait_reply()
        assert stale.ephemeral and "That lobby is closed" in stale.content
        again = await fake.invoke_command(
            "alice", "quiz", "quiz", "start", options={"set": "short", "mode": "teams"}
        )
        assert "Team quiz: 2 teams" in (await again.wait_reply()).text()
    finally:
        assert await bot.stop() == 0
    assert "Traceback" not in bot.log, bot.log


async def test_a_moderator_may_start_someone_elses_lobby_early(
    fake_discord: FakeDiscord, bot: BotProcess
) -> None:
    fake = fake_discord
    start = await fake.invoke_command(
        "alice", "quiz", "quiz", "start", options={"set": "short", "mode": "teams"}
    )
    lobby = await start.wait_reply()
    ids = lobby.custom_ids()
    auto, start_id = (next(i for i in ids if i.endswith(s)) for s in (":auto:0", ":start:0"))
    for user in ("bob", "carol"):
        await (await fake.click(user, lobby, auto)).wait_response()
    await (await fake.click("mod", lobby, start_id)).wait_response()
    assert "Starting!" in fake.message(lobby.id).text()
    await fake.wait_for_message("quiz", lambda m: "team quiz" in m.content, after=lobby.id)
