"""Nested commands, message edits from clicks, selects, modals from buttons, files back."""

from __future__ import annotations

import io

import discord
import pytest
from discord import app_commands

from tests.fakediscord import FakeDiscord

from .minibot import AnswerModal, MiniBot, running_bot


class PracticeView(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=30)

    @discord.ui.button(label="True", custom_id="tf-true")
    async def true(
        self, interaction: discord.Interaction, button: discord.ui.Button[PracticeView]
    ) -> None:
        button.disabled = True
        await interaction.response.edit_message(content="You said true", view=self)

    @discord.ui.button(label="Type it", custom_id="type-it")
    async def type_it(
        self, interaction: discord.Interaction, _: discord.ui.Button[PracticeView]
    ) -> None:
        await interaction.response.send_modal(AnswerModal())

    @discord.ui.button(label="Later", custom_id="later")
    async def later(
        self, interaction: discord.Interaction, _: discord.ui.Button[PracticeView]
    ) -> None:
        await interaction.response.defer()
        await interaction.edit_original_response(content="edited after a deferred update")

    @discord.ui.select(
        custom_id="pick-tags",
        options=[discord.SelectOption(label=t, value=t) for t in ("people", "dates", "numbers")],
        max_values=2,
    )
    async def tags(
        self, interaction: discord.Interaction, select: discord.ui.Select[PracticeView]
    ) -> None:
        await interaction.response.send_message(f"tags: {','.join(select.values)}", ephemeral=True)


def add_admin(bot: MiniBot) -> None:
    admin = app_commands.Group(name="quizadmin", description="Admin commands")
    settings = app_commands.Group(name="settings", description="Settings", parent=admin)

    @settings.command(name="grant", description="Grant a member")
    async def grant(interaction: discord.Interaction, member: discord.Member, points: int) -> None:
        allowed = interaction.permissions.manage_guild
        await interaction.response.send_message(
            f"{member.name} +{points} by {interaction.user.name} allowed={allowed}", ephemeral=True
        )

    @admin.command(name="export", description="Send a file back")
    async def export(interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True)
        data = io.BytesIO(b"questions: []\n")
        await interaction.followup.send(file=discord.File(data, "set.yaml"), ephemeral=True)

    @admin.command(name="practice", description="A private practice panel")
    async def practice(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("Is the sky blue?", view=PracticeView())

    bot.tree.add_command(admin)


async def test_nested_group_with_member_option(fake_discord: FakeDiscord) -> None:
    async with running_bot(fake_discord, configure=add_admin):
        handle = await fake_discord.invoke_command(
            "admin",
            "quiz",
            "quizadmin",
            "settings",
            "grant",
            options={"member": "bob", "points": 3},
        )
        reply = await handle.wait_reply()
        assert reply.content == "bob +3 by admin allowed=True" and reply.ephemeral
        plain = await fake_discord.invoke_command(
            "alice",
            "quiz",
            "quizadmin",
            "settings",
            "grant",
            options={"member": "bob", "points": 1},
        )
        assert (await plain.wait_reply()).content.endswith("allowed=False")


async def test_deferred_ephemeral_followup_with_a_file(fake_discord: FakeDiscord) -> None:
    async with running_bot(fake_discord, configure=add_admin):
        handle = await fake_discord.invoke_command("admin", "quiz", "quizadmin", "export")
        reply = await handle.wait_reply()
        assert reply.ephemeral and [f.data for f in reply.files] == [b"questions: []\n"]
        assert reply.payload["attachments"][0]["filename"] == "set.yaml"


async def test_click_that_edits_the_message(fake_discord: FakeDiscord) -> None:
    async with running_bot(fake_discord, configure=add_admin):
        panel = await (
            await fake_discord.invoke_command("alice", "quiz", "quizadmin", "practice")
        ).wait_reply()
        click = await fake_discord.click("alice", panel, "tf-true")
        await click.wait_response()
        assert click.response_type == 7 and click.original is panel
        assert (
            panel.content == "You said true" and panel.history[0]["content"] == "Is the sky blue?"
        )
        with pytest.raises(ValueError, match="disabled"):
            await fake_discord.click("alice", panel, "tf-true")
        with pytest.raises(KeyError):
            await fake_discord.click("alice", panel, "no-such-button")


async def test_button_opens_a_modal_and_deferred_update(fake_discord: FakeDiscord) -> None:
    async with running_bot(fake_discord, configure=add_admin):
        panel = await (
            await fake_discord.invoke_command("carol", "quiz", "quizadmin", "practice")
        ).wait_reply()
        opened = await fake_discord.click("carol", panel, "type-it")
        await opened.wait_response()
        submitted = await fake_discord.submit_modal("carol", opened, {"answer-text": "blue"})
        assert (await submitted.wait_reply()).content == "you typed blue"
        later = await fake_discord.click("carol", panel, "later")
        await fake_discord.wait_until(lambda: panel.content == "edited after a deferred update")
        assert later.response_type == 6


async def test_select_values_reach_the_callback(fake_discord: FakeDiscord) -> None:
    async with running_bot(fake_discord, configure=add_admin):
        panel = await (
            await fake_discord.invoke_command("bob", "quiz", "quizadmin", "practice")
        ).wait_reply()
        picked = await fake_discord.click("bob", panel, "pick-tags", values=["dates", "numbers"])
        assert (await picked.wait_reply()).content == "tags: dates,numbers"
