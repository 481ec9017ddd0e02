"""Start the Discord bot: settings, token, where Discord is, signals, exit status.

Exit status: 0 after a clean shutdown (SIGINT/SIGTERM, in any phase, login
retries included), 2 when the settings, the token or the intents are wrong (one
line on stderr says which), 1 when Discord cannot be reached, answers the login
with an error, or the bot fails in an unexpected way (one line on stderr).

The token never reaches any output: log lines and their tracebacks go through
`RedactToken`, and a failed login is reported by its HTTP status alone, never by
the body an error page may have echoed the Authorization header into.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import discord
import yarl

from bot.client import QuizBot, StartupError
from bot.settings import Settings, SettingsError, load_settings
from bot.sharding import Sharding, ShardingError, sharding_from

logger = logging.getLogger(__name__)

TOKEN_VARIABLE = "DISCORD_TOKEN"
API_BASE_VARIABLE = "DISCORD_API_BASE"
GATEWAY_VARIABLE = "DISCORD_GATEWAY_URL"
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
# Gateway close codes that mean the shard settings are wrong, as the operator reads them.
SHARD_REFUSALS = {
    4010: "Discord refused a shard id: with --shard-count {count} the ids run 0 to count-1",
    4011: "Discord wants more shards than --shard-count {count}: the bot is in too many"
    " servers for that; raise it (or leave both shard flags out to let Discord choose)",
}
# The whole login, discord.py's own retries included.
LOGIN_TIMEOUT_SECONDS = 60.0


class LaunchError(Exception):
    """A problem the operator must fix; its message is the one line printed."""


@dataclass(frozen=True, slots=True)
class Connection:
    token: str
    api_base: str | None
    gateway_url: str | None


def read_dotenv(path: Path) -> dict[str, str]:
    """KEY=VALUE lines (optionally `export KEY=...`, optionally quoted); # starts a comment."""
    values: dict[str, str] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return values
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.removeprefix("export ").partition("=")
        values[key.strip()] = dotenv_value(value)
    return values


def dotenv_value(raw: str) -> str:
    """A quoted value runs to its closing quote (a comment may follow it); a bare one to " #"."""
    value = raw.strip()
    if value[:1] in ("'", '"'):
        end = value.find(value[0], 1)
        if end > 0:
            return value[1:end]
    return value.split(" #", 1)[0].strip()


def connection_from(environ: Mapping[str, str], dotenv_files: list[Path]) -> Connection:
    """The environment wins; .env files fill in what it lacks (the first file found wins)."""
    merged: dict[str, str] = {}
    for path in reversed(dotenv_files):
        merged.update(read_dotenv(path))
    merged.update({k: v for k, v in environ.items() if v})
    token = merged.get(TOKEN_VARIABLE, "").strip()
    if not token:
        raise LaunchError(
            f"no Discord token: set {TOKEN_VARIABLE} in the environment or in a .env file"
        )
    api_base = merged.get(API_BASE_VARIABLE) or None
    gateway = merged.get(GATEWAY_VARIABLE) or None
    if api_base is not None and not api_base.startswith(("http://", "https://")):
        raise LaunchError(f"{API_BASE_VARIABLE} must be an http(s) URL, not {api_base!r}")
    if gateway is not None and not gateway.startswith(("ws://", "wss://")):
        raise LaunchError(f"{GATEWAY_VARIABLE} must be a ws(s) URL, not {gateway!r}")
    return Connection(token, api_base, gateway)


def point_discord_at(connection: Connection) -> None:
    """Send REST calls and the gateway to a Discord-compatible server instead of discord.com."""
    if connection.api_base is not None:
        discord.http.Route.BASE = connection.api_base.rstrip("/")
    if connection.gateway_url is not None:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(connection.gateway_url)


class RedactToken(logging.Filter):
    """Belt and braces: no log line, and no traceback under one, may ever carry the token."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self._token = token

    def redact(self, text: str) -> str:
        return text.replace(self._token, "[token]")

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self._token in message:
            record.msg, record.args = self.redact(message), None
        if record.exc_info and not record.exc_text:
            # Formatted here so the handler prints this redacted text, not the raw exception.
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def configure_logging(level: str, token: str) -> None:
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    root.setLevel(level)
    for handler in root.handlers:
        handler.addFilter(RedactToken(token))
    # Quiet until login succeeded, so a rejected token prints one line only.
    logging.getLogger("discord").setLevel(logging.WARNING)


def dotenv_candidates(config: Path | None) -> list[Path]:
    places = [config.resolve().parent / ".env"] if config is not None else []
    places.append(Path.cwd() / ".env")
    return list(dict.fromkeys(places))


def run(
    config: Path | None, *, shard_count: int | None = None, shard_ids: str | None = None
) -> int:
    """The `quizbot run` entry point."""
    try:
        settings = load_settings(config)
        sharding = choose_sharding(settings, shard_count, shard_ids)
        connection = connection_from(os.environ, dotenv_candidates(config))
    except (SettingsError, LaunchError) as error:
        print(f"quizbot: {error}" if isinstance(error, LaunchError) else error, file=sys.stderr)
        return EXIT_USAGE
    point_discord_at(connection)
    configure_logging(settings.log_level, connection.token)
    redact = RedactToken(connection.token).redact
    try:
        return asyncio.run(serve(settings, connection.token, sharding))
    except LaunchError as error:
        print(f"quizbot: {redact(str(error))}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as error:
        # Nothing unexpected may print a raw traceback: it could quote the token.
        logger.debug("the bot failed", exc_info=error)
        print(f"quizbot: the bot stopped: {redact(_summary(error))}", file=sys.stderr)
        return EXIT_FAILED


def _summary(error: BaseException) -> str:
    """A one-line description that never includes a server's answer body."""
    if isinstance(error, discord.HTTPException):
        return f"Discord answered HTTP {error.status}"
    return type(error).__name__


def choose_sharding(settings: Settings, count: int | None, ids: str | None) -> Sharding:
    """The command line's shards if it names any, else bot.yaml's `sharding:`."""
    if count is None and ids is None:
        count, ids = settings.sharding.shard_count, settings.sharding.shard_ids
    try:
        return sharding_from(count, ids)
    except ShardingError as error:
        raise LaunchError(str(error)) from None


async def serve(settings: Settings, token: str, sharding: Sharding | None = None) -> int:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    async with QuizBot(settings, sharding=sharding or Sharding()) as bot:
        failure = await _login(bot, token, stop)
        if failure is not None:
            print(f"quizbot: {failure}", file=sys.stderr)
            return EXIT_FAILED
        if stop.is_set():
            return EXIT_OK
        logging.getLogger("discord").setLevel(settings.log_level)
        return await _connected(bot, stop)


async def _login(bot: QuizBot, token: str, stop: asyncio.Event) -> str | None:
    """Log in, or give up at once on a signal (discord.py retries 5xx answers for ~16 s).
    Returns what went wrong, in one line that names no token and no answer body."""
    login = asyncio.create_task(bot.login(token), name="discord-login")
    stopping = asyncio.create_task(stop.wait(), name="wait-for-signal")
    try:
        async with asyncio.timeout(LOGIN_TIMEOUT_SECONDS):
            await asyncio.wait({login, stopping}, return_when=asyncio.FIRST_COMPLETED)
    except TimeoutError:
        login.cancel()
        return f"Discord did not answer the login within {LOGIN_TIMEOUT_SECONDS:.0f} s"
    finally:
        stopping.cancel()
    if not login.done():
        login.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await login
        return None
    try:
        login.result()
    except StartupError as error:
        raise LaunchError(str(error)) from None
    except discord.LoginFailure:
        raise LaunchError(
            f"Discord rejected the token in {TOKEN_VARIABLE}; "
            "copy it again from the developer portal (Bot > Reset Token)"
        ) from None
    except discord.HTTPException as error:
        return f"Discord answered the login with HTTP {error.status}; try again later"
    except discord.DiscordException as error:
        return f"Discord refused the login ({type(error).__name__}); try again later"
    except (aiohttp.ClientError, OSError, TimeoutError) as error:
        return f"cannot reach Discord: {error or type(error).__name__}".replace(token, "[token]")
    return None


async def _connected(bot: QuizBot, stop: asyncio.Event) -> int:
    logger.info("connecting %s", bot.sharding.describe())
    connection = asyncio.create_task(bot.connect(reconnect=True), name="discord-gateway")
    stopping = asyncio.create_task(stop.wait(), name="wait-for-signal")
    await asyncio.wait({connection, stopping}, return_when=asyncio.FIRST_COMPLETED)
    stopping.cancel()
    logger.info("shutting down")
    await bot.close()
    # Wait for the gateway to wind down; its outcome, error or not, is read below.
    await asyncio.wait({connection}, timeout=5)
    if not connection.done():
        connection.cancel()
        return EXIT_OK
    if connection.cancelled():
        return EXIT_OK
    error = connection.exception()
    if isinstance(error, discord.PrivilegedIntentsRequired):
        raise LaunchError(
            "Discord refused the Message Content intent: enable it for the bot in the developer "
            "portal, or set discord.message_content: false in bot.yaml"
        )
    if isinstance(error, discord.ConnectionClosed) and error.code in SHARD_REFUSALS:
        raise LaunchError(SHARD_REFUSALS[error.code].format(count=bot.shard_count))
    if error is not None:
        logger.error("the gateway connection failed", exc_info=error)
        return EXIT_FAILED
    return EXIT_OK
