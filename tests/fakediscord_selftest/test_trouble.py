"""Rate limits, reconnects, strictness and other ways a real Discord pushes back."""

from __future__ import annotations

import asyncio

import discord
import pytest

from tests.fakediscord import FakeDiscord, discord_py_pointed_at

from .minibot import MiniBot, add_sleepy_command, running_bot


def text_channel(bot: MiniBot, fake: FakeDiscord, name: str) -> discord.TextChannel:
    channel = bot.get_channel(fake.channel(name).id)
    assert isinstance(channel, discord.TextChannel)
    return channel


async def test_429s_are_retried_and_the_message_arrives_once(fake_discord: FakeDiscord) -> None:
    async with running_bot(fake_discord) as bot:
        fake_discord.fail_next_sends(2, retry_after=0.05)
        sent = await text_channel(bot, fake_discord, "quiz").send("question 1")
        assert fake_discord.failures.injected == 2
        assert [m.content for m in fake_discord.bot_messages("quiz")] == ["question 1"]
        assert sent.id == fake_discord.bot_messages("quiz")[0].id


async def test_429_on_a_followup_webhook_is_retried(fake_discord: FakeDiscord) -> None:
    async with running_bot(fake_discord):
        fake_discord.fail_next_sends(1)
        handle = await fake_discord.invoke_command("alice", "quiz", "quiz", "slow")
        followups = await handle.wait_followups(2)
        assert [m.content for m in followups] == ["done thinking", "and one more"]
        assert fake_discord.failures.injected == 1


async def test_a_fraction_of_429s_still_delivers_every_message_in_order(
    fake_discord: FakeDiscord,
) -> None:
    async with running_bot(fake_discord) as bot:
        fake_discord.rate_limit_fraction(0.3, seed=7, retry_after=0.01)
        channel = text_channel(bot, fake_discord, "quiz")
        for i in range(12):
            await channel.send(f"message {i}")
        assert [m.content for m in fake_discord.bot_messages("quiz")] == [
            f"message {i}" for i in range(12)
        ]
        assert fake_discord.failures.injected > 0


@pytest.mark.parametrize("code", [4000, None], ids=["close-4000", "abrupt"])
async def test_dropped_gateway_resumes_and_replays_missed_events(
    fake_discord: FakeDiscord, code: int | None
) -> None:
    async with running_bot(fake_discord) as bot:
        resumed = await fake_discord.drop_connection(code, wait=False)
        await fake_discord.send_message("quiz", "bob", "sent while the bot was away")
        await asyncio.wait_for(resumed, 5)
        missed = await asyncio.wait_for(bot.seen.get(), 3)
        assert missed.content == "sent while the bot was away"
        assert fake_discord.gateway.resumes == 1 and fake_discord.gateway.identifies == 1
        await fake_discord.send_message("quiz", "carol", "after the resume")
        assert (await asyncio.wait_for(bot.seen.get(), 3)).content == "after the resume"
        handle = await fake_discord.invoke_command("alice", "quiz", "quiz", "pick")
        assert (await handle.wait_reply()).content == "Capital of France?"


async def test_the_bot_sees_its_own_messages_and_edits(fake_discord: FakeDiscord) -> None:
    async with running_bot(fake_discord) as bot:
        sent = await text_channel(bot, fake_discord, "quiz").send("Question 1/3")
        echoed = await asyncio.wait_for(bot.seen.get(), 3)
        assert echoed.id == sent.id and echoed.author == bot.user
        edit_seen = asyncio.ensure_future(bot.wait_for("raw_message_edit"))
        await sent.edit(content="Question 1/3 (hint: P...)")
        assert (await asyncio.wait_for(edit_seen, 3)).message_id == sent.id
        stored = fake_discord.message(sent.id)
        assert [h["content"] for h in stored.history] == ["Question 1/3"]
        assert stored.content == "Question 1/3 (hint: P...)"
        assert stored.edits[0]["content"] == "Question 1/3 (hint: P...)"


async def test_reactions_and_allowed_mentions_are_recorded(fake_discord: FakeDiscord) -> None:
    async with running_bot(fake_discord) as bot:
        channel = text_channel(bot, fake_discord, "quiz")
        quiet = await channel.send(
            "alice answered: @everyone", allowed_mentions=discord.AllowedMentions.none()
        )
        loud = await channel.send("@everyone a new quiz")
        await quiet.add_reaction("\N{WHITE HEAVY CHECK MARK}")
        stored_quiet, stored_loud = fake_discord.message(quiet.id), fake_discord.message(loud.id)
        assert stored_quiet.allowed_mentions is not None
        assert stored_quiet.allowed_mentions["parse"] == []
        assert not stored_quiet.pings_everyone and stored_loud.pings_everyone
        assert bot.user is not None
        assert stored_quiet.reactions == [(bot.user.id, "\N{WHITE HEAVY CHECK MARK}")]
        seen = asyncio.ensure_future(bot.wait_for("raw_reaction_add", check=_by_member))
        await fake_discord.react("carol", stored_loud, "\N{THUMBS UP SIGN}")
        event = await asyncio.wait_for(seen, 3)
        assert event.message_id == loud.id and str(event.emoji) == "\N{THUMBS UP SIGN}"


def _by_member(event: discord.RawReactionActionEvent) -> bool:
    return event.member is not None and not event.member.bot


async def test_bad_payload_is_refused_and_recorded(fake_discord: FakeDiscord) -> None:
    async with running_bot(fake_discord) as bot:
        channel = text_channel(bot, fake_discord, "quiz")
        with pytest.raises(discord.HTTPException) as refused:
            await channel.send(embed=discord.Embed(title="x" * 300))
        assert refused.value.status == 400 and refused.value.code == 50035
        with pytest.raises(discord.NotFound):
            await bot.http.request(discord.http.Route("GET", "/channels/{c}/pins", c=channel.id))
        problems = [str(v) for v in fake_discord.violations]
        assert any("title" in p and "256" in p for p in problems)
        assert any("/pins" in p and "no such route" in p for p in problems)
        assert fake_discord.bot_messages("quiz") == []
        fake_discord.violations.clear()  # seen and expected


async def test_late_interaction_answer_is_refused(fake_discord: FakeDiscord) -> None:
    fake_discord.interaction_deadline = 0.1
    async with running_bot(fake_discord, configure=lambda b: add_sleepy_command(b, 0.3)) as bot:
        handle = await fake_discord.invoke_command("alice", "quiz", "sleepy")
        await fake_discord.wait_until(lambda: bot.late_refusals == 1, 3)
        assert handle.messages() == []
        assert "deadline" in str(fake_discord.violations[0])
        fake_discord.violations.clear()


async def test_deleted_channel_and_lost_permissions(fake_discord: FakeDiscord) -> None:
    async with running_bot(fake_discord) as bot:
        quiz2 = text_channel(bot, fake_discord, "quiz-2")
        general = text_channel(bot, fake_discord, "general")
        removed = asyncio.ensure_future(bot.wait_for("guild_channel_delete"))
        await fake_discord.delete_channel("quiz-2")
        assert (await asyncio.wait_for(removed, 3)).id == quiz2.id
        with pytest.raises(discord.NotFound):
            await quiz2.send("anyone?")
        fake_discord.deny_sends("general")
        with pytest.raises(discord.Forbidden):
            await general.send("hello")


async def test_wrong_token_is_rejected_at_login(fake_discord: FakeDiscord) -> None:
    with discord_py_pointed_at(fake_discord):
        client = discord.Client(intents=discord.Intents.default())
        with pytest.raises(discord.LoginFailure):
            await client.login("not-the-token")
        await client.close()
    assert fake_discord.violations == []
