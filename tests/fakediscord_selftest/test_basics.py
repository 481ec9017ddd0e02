"""The fake against a real discord.py 2.7 bot in the same event loop."""

from __future__ import annotations

import asyncio

import discord
import pytest

from tests.fakediscord import FakeDiscord

from .minibot import running_bot


async def test_login_ready_and_guild_cache(fake_discord: FakeDiscord) -> None:
    async with running_bot(fake_discord, members=True) as bot:
        guild = bot.get_guild(fake_discord.guild.id)
        assert guild is not None
        assert bot.user is not None and bot.user.id == fake_discord.bot_user.id
        assert bot.application_id == fake_discord.application_id
        assert {c.name for c in guild.text_channels} == {"general", "quiz", "quiz-2"}
        assert [t.name for t in guild.threads] == ["quiz-thread"]
        mod = guild.get_member(fake_discord.user("mod").id)
        assert mod is not None and mod.guild_permissions.manage_messages
        alice = guild.get_member(fake_discord.user("alice").id)
        assert alice is not None and not alice.guild_permissions.manage_messages
        admin = guild.get_member(fake_discord.user("admin").id)
        assert admin is not None and admin.guild_permissions.manage_guild
        assert guild.me.guild_permissions.embed_links
        assert guild.member_count == len(guild.members) == 7
        synced = fake_discord.guild_commands[guild.id]
        assert [c["name"] for c in synced] == ["quiz"]


async def test_without_members_intent_only_the_bot_is_cached(fake_discord: FakeDiscord) -> None:
    async with running_bot(fake_discord, members=False) as bot:
        guild = bot.get_guild(fake_discord.guild.id)
        assert guild is not None and guild.member_count == 7
        assert guild.get_member(fake_discord.user("mod").id) is None
        mod = await guild.fetch_member(fake_discord.user("mod").id)
        assert mod.guild_permissions.manage_messages


async def test_slash_command_gets_its_reply(fake_discord: FakeDiscord) -> None:
    async with running_bot(fake_discord):
        handle = await fake_discord.invoke_command(
            "alice", "quiz", "quiz", "start", options={"quiz_set": "capitals", "questions": 3}
        )
        reply = await handle.wait_reply()
        assert reply.content == "starting capitals with 3"
        assert not reply.ephemeral
        assert handle.response_type == 4
        # A public response is a channel message the bot also sees over the gateway.
        assert reply in fake_discord.messages("quiz")


async def test_autocomplete_returns_choices(fake_discord: FakeDiscord) -> None:
    async with running_bot(fake_discord):
        choices = await fake_discord.autocomplete(
            "bob", "quiz", "quiz", "start", options={"quiz_set": "c"}, focused="quiz_set"
        )
        assert [c["value"] for c in choices] == ["capitals", "chemistry", "coups-2022"]


async def test_button_click_reaches_the_view_and_reply_is_ephemeral(
    fake_discord: FakeDiscord,
) -> None:
    async with running_bot(fake_discord) as bot:
        question = await (
            await fake_discord.invoke_command("alice", "quiz", "quiz", "pick")
        ).wait_reply()
        assert question.custom_ids() == ["pick-paris"]
        click = await fake_discord.click("carol", question, "pick-paris")
        ack = await click.wait_reply()
        assert ack.content == "pick noted"
        assert ack.flags & 64 and click.ephemeral
        assert ack not in fake_discord.messages("quiz")  # ephemeral: nobody else sees it
        assert bot.views[0].picks == [fake_discord.user("carol").id]


async def test_modal_opens_and_submit_reaches_on_submit(fake_discord: FakeDiscord) -> None:
    async with running_bot(fake_discord):
        opened = await fake_discord.invoke_command("bob", "quiz", "quiz", "answer")
        await opened.wait_response()
        assert opened.response_type == 9 and opened.modal is not None
        assert opened.modal["title"] == "Your answer"
        submitted = await fake_discord.submit_modal("bob", opened, {"answer-text": "Moscow"})
        reply = await submitted.wait_reply()
        assert reply.content == "you typed Moscow" and reply.ephemeral


async def test_deferred_reply_then_followups(fake_discord: FakeDiscord) -> None:
    async with running_bot(fake_discord):
        handle = await fake_discord.invoke_command("alice", "quiz", "quiz", "slow")
        followups = await handle.wait_followups(2)
        assert handle.response_type == 5
        assert followups[0] is handle.original and followups[0].content == "done thinking"
        assert not followups[0].flags & 128  # no longer "thinking"
        assert followups[1].content == "and one more" and followups[1].ephemeral


async def test_attachment_option_is_downloadable_and_files_come_back(
    fake_discord: FakeDiscord,
) -> None:
    async with running_bot(fake_discord):
        upload = fake_discord.upload("set.yaml", b"title: Capitals\n")
        handle = await fake_discord.invoke_command(
            "admin", "quiz", "quiz", "upload", options={"file": upload}
        )
        reply = await handle.wait_reply()
        assert reply.content == "set.yaml: 16 bytes"
        assert [(f.filename, f.data) for f in reply.files] == [("echo.yaml", b"title: Capitals\n")]


async def test_user_message_reaches_on_message_with_content(fake_discord: FakeDiscord) -> None:
    async with running_bot(fake_discord, message_content=True) as bot:
        await fake_discord.send_message("quiz", "alice", "paris")
        seen = await asyncio.wait_for(bot.seen.get(), 3)
        assert seen.content == "paris"
        assert seen.author.id == fake_discord.user("alice").id
        assert isinstance(seen.author, discord.Member)


async def test_content_is_blank_without_the_intent(fake_discord: FakeDiscord) -> None:
    async with running_bot(fake_discord, message_content=False) as bot:
        await fake_discord.send_message("quiz", "alice", "paris")
        seen = await asyncio.wait_for(bot.seen.get(), 3)
        assert seen.content == ""
        # ...unless the message mentions the bot, like on Discord.
        await fake_discord.send_message("quiz", "bob", f"<@{fake_discord.bot_user.id}> london")
        pinged = await asyncio.wait_for(bot.seen.get(), 3)
        assert pinged.content.endswith("london")


async def test_threads_work_like_channels(fake_discord: FakeDiscord) -> None:
    async with running_bot(fake_discord) as bot:
        handle = await fake_discord.invoke_command(
            "alice", "quiz-thread", "quiz", "start", options={"quiz_set": "history"}
        )
        assert (await handle.wait_reply()).channel_id == fake_discord.channel("quiz-thread").id
        thread = bot.get_channel(fake_discord.channel("quiz-thread").id)
        assert isinstance(thread, discord.Thread)
        await thread.send("in the thread")
        assert [m.content for m in fake_discord.bot_messages("quiz-thread")][-1] == "in the thread"


async def test_invocations_the_client_could_not_send_are_refused(fake_discord: FakeDiscord) -> None:
    async with running_bot(fake_discord):
        with pytest.raises(ValueError, match="missing required"):
            await fake_discord.invoke_command("alice", "quiz", "quiz", "start")
        with pytest.raises(ValueError, match="no subcommand"):
            await fake_discord.invoke_command("alice", "quiz", "quiz", "stort")
        with pytest.raises(ValueError, match="unknown options"):
            await fake_discord.invoke_command(
                "alice", "quiz", "quiz", "start", options={"quiz_set": "x", "colour": "red"}
            )
        await fake_discord.invoke_command("alice", "quiz", "nosuchcommand")
        assert "never synced" in str(fake_discord.violations[-1])
        fake_discord.violations.clear()
