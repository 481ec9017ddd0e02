"""A bot process configured only through the environment, as `quizbot run` will be."""

from __future__ import annotations

import asyncio
import os
import signal

import discord
import yarl


def main() -> None:
    discord.http.Route.BASE = os.environ["DISCORD_API_BASE"]
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(os.environ["DISCORD_GATEWAY_URL"])
    intents = discord.Intents.default()
    intents.message_content = True
    client = discord.Client(intents=intents)

    @client.event
    async def on_message(message: discord.Message) -> None:
        if message.content == "!ping":
            await message.channel.send("pong", allowed_mentions=discord.AllowedMentions.none())

    async def run() -> None:
        loop = asyncio.get_running_loop()
        loop.add_signal_handler(signal.SIGTERM, lambda: asyncio.ensure_future(client.close()))
        async with client:
            await client.start(os.environ["DISCORD_TOKEN"])

    asyncio.run(run())


if __name__ == "__main__":
    main()
