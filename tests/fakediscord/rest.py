"""REST routes: login, command sync, channel messages, reactions, typing and attachments."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from aiohttp import web

from . import webhooks
from .http_util import UnreadableBodyError, error, no_content, read_body, reply
from .messages import apply_edit, message_payload
from .model import StoredAttachment, StoredMessage
from .ratelimit import error_response
from .strict import MESSAGE_KEYS, BodyError, check_commands, check_message_body

if TYPE_CHECKING:
    from .core import FakeDiscordCore as FakeDiscord

JSON = dict[str, Any]
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
FAKE_KEY = web.AppKey("fake", object)
EDIT_KEYS = {"content", "tts", "embeds", "flags", "allowed_mentions", "components", "attachments"}


def fake_of(request: web.Request) -> FakeDiscord:
    return request.app[FAKE_KEY]  # type: ignore[return-value]


def build_app(fake: FakeDiscord) -> web.Application:
    app = web.Application(middlewares=[strict_middleware], client_max_size=64 * 1024 * 1024)
    app[FAKE_KEY] = fake
    api = "/api/v10"
    routes: list[tuple[str, str, Handler]] = [
        ("GET", "/gateway", fake.gateway.handle),
        ("GET", "/attachments/{id}/{filename}", get_attachment),
        ("GET", api + "/gateway/bot", get_gateway_bot),
        ("GET", api + "/users/@me", get_me),
        ("GET", api + "/oauth2/applications/@me", get_application),
        ("GET", api + "/applications/{app}/commands", get_commands),
        ("PUT", api + "/applications/{app}/commands", put_commands),
        ("GET", api + "/applications/{app}/guilds/{guild}/commands", get_commands),
        ("PUT", api + "/applications/{app}/guilds/{guild}/commands", put_commands),
        ("GET", api + "/channels/{channel}", get_channel),
        ("GET", api + "/channels/{channel}/messages", list_messages),
        ("POST", api + "/channels/{channel}/messages", create_message),
        ("GET", api + "/channels/{channel}/messages/{message}", get_message),
        ("PATCH", api + "/channels/{channel}/messages/{message}", edit_message),
        ("DELETE", api + "/channels/{channel}/messages/{message}", delete_message),
        ("PUT", api + "/channels/{channel}/messages/{message}/reactions/{emoji}/@me", add_reaction),
        (
            "DELETE",
            api + "/channels/{channel}/messages/{message}/reactions/{emoji}/@me",
            remove_reaction,
        ),
        ("DELETE", api + "/channels/{channel}/messages/{message}/reactions", clear_reactions),
        ("POST", api + "/channels/{channel}/typing", typing),
        ("GET", api + "/guilds/{guild}", get_guild),
        ("GET", api + "/guilds/{guild}/channels", get_guild_channels),
        ("GET", api + "/guilds/{guild}/roles", get_roles),
        ("GET", api + "/guilds/{guild}/members/{user}", get_member),
    ]
    for method, path, handler in routes + webhooks.routes(api):
        app.router.add_route(method, path, handler)
    app.router.add_route("*", "/{tail:.*}", unknown_route)
    return app


async def get_gateway_bot(request: web.Request) -> web.Response:
    """Where to connect, how many shards Discord advises, and how many starts are left."""
    fake = fake_of(request)
    gateway = fake.gateway
    return reply(
        {
            "url": fake.gateway_url,
            "shards": gateway.recommended_shards,
            "session_start_limit": {
                "total": 1000,
                "remaining": 1000 - gateway.identifies,
                "reset_after": 86_400_000,
                "max_concurrency": 1,
            },
        }
    )


@web.middleware
async def strict_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    fake = fake_of(request)
    fake.requests.append((request.method, request.path))
    path = request.path
    needs_auth = path.startswith("/api/") and not path.startswith(
        ("/api/v10/interactions/", "/api/v10/webhooks/")
    )
    if needs_auth:
        auth = request.headers.get("Authorization")
        if auth is None or not auth.startswith("Bot "):
            fake.violation(request.method, path, "missing 'Authorization: Bot <token>'")
            return error(401, 0, "401: Unauthorized")
        if auth != f"Bot {fake.token}":
            return error(401, 0, "401: Unauthorized")
    try:
        return await handler(request)
    except (BodyError, UnreadableBodyError) as exc:
        fake.violation(request.method, path, str(exc))
        return error(400, 50035, "Invalid Form Body", str(exc))


async def unknown_route(request: web.Request) -> web.Response:
    fake_of(request).violation(request.method, request.path, "no such route in the fake")
    return error(404, 0, "404: Not Found")


async def get_me(request: web.Request) -> web.Response:
    fake = fake_of(request)
    if fake.login_trouble == "hang":
        await asyncio.Event().wait()  # until the client gives up or the server stops
    if isinstance(fake.login_trouble, int):
        reflected = request.headers.get("Authorization", "")
        page = f"<html><body><h1>Error {fake.login_trouble}</h1><p>{reflected}</p></body></html>"
        headers = {"Content-Type": "text/html", "Retry-After": "0.05", "X-Echo": reflected}
        return web.Response(status=fake.login_trouble, text=page, headers=headers)
    return reply(fake.bot_user.payload() | {"verified": True, "mfa_enabled": False, "flags": 0})


async def get_application(request: web.Request) -> web.Response:
    fake = fake_of(request)
    owner = fake.member(fake.guild.owner_id).user
    return reply(
        {
            "id": str(fake.application_id),
            "name": fake.bot_user.name,
            "icon": None,
            "description": "A quiz bot under test",
            "summary": "",
            "type": None,
            "bot_public": True,
            "bot_require_code_grant": False,
            "verify_key": "0" * 64,
            "flags": 0,
            "owner": owner.payload(),
            "team": None,
            "rpc_origins": [],
            "bot": fake.bot_user.payload(),
        }
    )


def _check_app(request: web.Request) -> None:
    fake = fake_of(request)
    if request.match_info["app"] != str(fake.application_id):
        raise BodyError(f"application id {request.match_info['app']} is not this bot's")
    guild = request.match_info.get("guild")
    if guild is not None and guild != str(fake.guild.id):
        raise BodyError(f"guild {guild} is not one the bot is in")


async def get_commands(request: web.Request) -> web.Response:
    _check_app(request)
    fake = fake_of(request)
    if "guild" in request.match_info:
        return reply(fake.guild_commands.get(fake.guild.id, []))
    return reply(fake.global_commands)


async def put_commands(request: web.Request) -> web.Response:
    _check_app(request)
    fake = fake_of(request)
    body, _ = await read_body(request)
    commands = check_commands("commands", body)
    guild = request.match_info.get("guild")
    echoed = [
        {
            "id": str(fake.ids.next()),
            "application_id": str(fake.application_id),
            "version": str(fake.ids.next()),
            "type": 1,
            "default_member_permissions": None,
            "nsfw": False,
            **command,
            **({"guild_id": guild} if guild else {}),
        }
        for command in commands
    ]
    if guild:
        fake.guild_commands[int(guild)] = echoed
    else:
        fake.global_commands = echoed
    await fake.changed()
    return reply(echoed)


def _channel_or_404(request: web.Request) -> Any:
    fake = fake_of(request)
    try:
        chan = fake.channel(int(request.match_info["channel"]))
    except (KeyError, ValueError):
        return None
    return None if chan.id in fake.deleted_channels else chan


def _message_or_none(request: web.Request) -> StoredMessage | None:
    fake = fake_of(request)
    msg = fake.messages_by_id.get(int(request.match_info["message"]))
    if msg is None or msg.deleted or str(msg.channel_id) != request.match_info["channel"]:
        return None
    return msg


async def get_channel(request: web.Request) -> web.Response:
    chan = _channel_or_404(request)
    if chan is None:
        return error(404, 10003, "Unknown Channel")
    return reply(chan.payload(fake_of(request).guild.id))


async def list_messages(request: web.Request) -> web.Response:
    if _channel_or_404(request) is None:
        return error(404, 10003, "Unknown Channel")
    fake = fake_of(request)
    limit = int(request.query.get("limit", "50"))
    before = int(request.query.get("before", str(1 << 63)))
    after = int(request.query.get("after", "0"))
    found = [m.payload for m in fake.messages(int(request.match_info["channel"]))]
    found = [m for m in found if after < int(m["id"]) < before]
    return reply(list(reversed(found))[:limit])


async def create_message(request: web.Request) -> web.Response:
    fake = fake_of(request)
    chan = _channel_or_404(request)
    if chan is None:
        return error(404, 10003, "Unknown Channel")
    body, files = await read_body(request)
    body = check_message_body("message", body, MESSAGE_KEYS, creating=not files)
    if chan.id in fake.muted_channels:
        return error(403, 50013, "Missing Permissions")
    await fake.send_gate()
    if (failure := fake.failures.next_failure()) is not None:
        return error_response(*failure)
    attachments = store_files(fake, body, files)
    msg = StoredMessage(
        message_payload(
            message_id=fake.ids.next(),
            guild=fake.guild,
            channel=chan,
            author=fake.member(fake.bot_user.id),
            content=body.get("content") or "",
            embeds=body.get("embeds"),
            components=body.get("components"),
            attachments=attachments,
            flags=int(body.get("flags") or 0),
            allowed_mentions=body.get("allowed_mentions"),
            message_type=19 if body.get("message_reference") else 0,
            extra=_reference(body),
        ),
        allowed_mentions=body.get("allowed_mentions"),
        files=attachments,
    )
    await fake.publish(msg)
    return reply(msg.payload)


def _reference(body: JSON) -> JSON | None:
    ref = body.get("message_reference")
    return {"message_reference": ref} if ref else None


def store_files(fake: FakeDiscord, body: JSON, files: list[Any]) -> list[StoredAttachment]:
    """Uploaded files become attachments served by the fake at their url."""
    described = {int(a["id"]): a for a in body.get("attachments") or [] if "filename" in a}
    stored = []
    for index, upload in enumerate(files):
        meta = described.get(index, {})
        name = meta.get("filename", upload.filename)
        attachment = fake.store_attachment(name, upload.data, "application/octet-stream")
        attachment.description = meta.get("description")
        stored.append(attachment)
    return stored


async def get_message(request: web.Request) -> web.Response:
    msg = _message_or_none(request)
    return error(404, 10008, "Unknown Message") if msg is None else reply(msg.payload)


async def edit_message(request: web.Request) -> web.Response:
    fake = fake_of(request)
    msg = _message_or_none(request)
    if msg is None:
        return error(404, 10008, "Unknown Message")
    body, files = await read_body(request)
    body = check_message_body("edit", body, EDIT_KEYS, creating=False)
    if msg.author_id != fake.bot_user.id and set(body) - {"flags"}:
        return error(403, 50005, "Cannot edit a message authored by another user")
    await fake.send_gate()
    if (failure := fake.failures.next_failure()) is not None:
        return error_response(*failure)
    await edit_stored(fake, msg, body, store_files(fake, body, files))
    return reply(msg.payload)


async def edit_stored(
    fake: FakeDiscord, msg: StoredMessage, body: JSON, new_files: list[StoredAttachment]
) -> None:
    msg.history.append(msg.payload)
    msg.edits.append(body)
    msg.payload, msg.files = apply_edit(fake.guild, msg.payload, body, new_files, msg.files)
    if "allowed_mentions" in body:
        msg.allowed_mentions = body["allowed_mentions"]
    await fake.dispatch_update(msg)


async def delete_message(request: web.Request) -> web.Response:
    fake = fake_of(request)
    msg = _message_or_none(request)
    if msg is None:
        return error(404, 10008, "Unknown Message")
    msg.deleted = True
    await fake.gateway.dispatch(
        "MESSAGE_DELETE",
        {"id": str(msg.id), "channel_id": str(msg.channel_id), "guild_id": str(fake.guild.id)},
    )
    await fake.changed()
    return no_content()


async def add_reaction(request: web.Request) -> web.Response:
    fake = fake_of(request)
    msg = _message_or_none(request)
    if msg is None:
        return error(404, 10008, "Unknown Message")
    emoji = request.match_info["emoji"]
    await fake.send_gate()
    if (failure := fake.failures.next_failure()) is not None:
        return error_response(*failure)
    if (fake.bot_user.id, emoji) not in msg.reactions:
        msg.reactions.append((fake.bot_user.id, emoji))
        await fake.gateway.dispatch("MESSAGE_REACTION_ADD", _reaction_event(fake, msg, emoji))
    await fake.changed()
    return no_content()


def _reaction_event(fake: FakeDiscord, msg: StoredMessage, emoji: str) -> JSON:
    name, _, emoji_id = emoji.partition(":")
    return {
        "user_id": str(fake.bot_user.id),
        "channel_id": str(msg.channel_id),
        "message_id": str(msg.id),
        "guild_id": str(fake.guild.id),
        "member": fake.member(fake.bot_user.id).payload(),
        "emoji": {"id": emoji_id or None, "name": name},
        "message_author_id": str(msg.author_id),
        "burst": False,
        "type": 0,
    }


async def remove_reaction(request: web.Request) -> web.Response:
    fake = fake_of(request)
    msg = _message_or_none(request)
    if msg is None:
        return error(404, 10008, "Unknown Message")
    entry = (fake.bot_user.id, request.match_info["emoji"])
    if entry in msg.reactions:
        msg.reactions.remove(entry)
    await fake.changed()
    return no_content()


async def clear_reactions(request: web.Request) -> web.Response:
    msg = _message_or_none(request)
    if msg is None:
        return error(404, 10008, "Unknown Message")
    msg.reactions.clear()
    await fake_of(request).changed()
    return no_content()


async def typing(request: web.Request) -> web.Response:
    chan = _channel_or_404(request)
    if chan is None:
        return error(404, 10003, "Unknown Channel")
    fake_of(request).typing.append(chan.id)
    return no_content()


async def get_guild(request: web.Request) -> web.Response:
    fake = fake_of(request)
    if request.match_info["guild"] != str(fake.guild.id):
        return error(404, 10004, "Unknown Guild")
    data = fake.guild.guild_create()
    for key in ("channels", "threads", "members", "voice_states", "presences"):
        data.pop(key)
    return reply(data)


async def get_guild_channels(request: web.Request) -> web.Response:
    fake = fake_of(request)
    chans = [c for c in fake.guild.channels.values() if not c.is_thread]
    return reply([c.payload(fake.guild.id) for c in chans if c.id not in fake.deleted_channels])


async def get_roles(request: web.Request) -> web.Response:
    return reply([r.payload() for r in fake_of(request).guild.roles.values()])


async def get_member(request: web.Request) -> web.Response:
    fake = fake_of(request)
    try:
        return reply(fake.member(int(request.match_info["user"])).payload())
    except (KeyError, ValueError):
        return error(404, 10007, "Unknown Member")


async def get_attachment(request: web.Request) -> web.Response:
    fake = fake_of(request)
    att = fake.attachments.get(int(request.match_info["id"]))
    if att is None or att.filename != request.match_info["filename"]:
        return web.Response(status=404, text="not found")
    return web.Response(body=att.data, headers={"Content-Type": att.content_type})
