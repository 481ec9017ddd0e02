"""Interaction callbacks and the interaction webhook (followups, @original)."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from aiohttp import web

from .http_util import error, no_content, read_body, reply
from .interactions import (
    APPLICATION_COMMAND,
    AUTOCOMPLETE,
    MESSAGE_COMPONENT,
    MODAL_SUBMIT,
    InteractionHandle,
)
from .messages import message_payload
from .model import EPHEMERAL, LOADING, StoredMessage
from .ratelimit import error_response
from .strict import (
    INTERACTION_DATA_KEYS,
    MESSAGE_KEYS,
    WEBHOOK_EXTRA_KEYS,
    BodyError,
    check_keys,
    check_message_body,
    check_str,
    expect,
)

if TYPE_CHECKING:
    from .core import FakeDiscordCore as FakeDiscord

JSON = dict[str, Any]
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
TOKEN_LIFETIME = 15 * 60.0
EDIT_KEYS = {
    "content",
    "tts",
    "embeds",
    "flags",
    "allowed_mentions",
    "components",
    "attachments",
    "poll",
}

# Which callback types fit which interaction type (Discord refuses the rest).
ALLOWED_CALLBACKS = {
    APPLICATION_COMMAND: {4, 5, 9},
    MESSAGE_COMPONENT: {4, 5, 6, 7, 9},
    MODAL_SUBMIT: {4, 5, 6, 7},
    AUTOCOMPLETE: {8},
}


def routes(api: str) -> list[tuple[str, str, Handler]]:
    hook = api + "/webhooks/{app}/{token}"
    return [
        ("POST", api + "/interactions/{id}/{token}/callback", callback),
        ("POST", hook, followup),
        ("GET", hook + "/messages/{message}", get_hook_message),
        ("PATCH", hook + "/messages/{message}", edit_hook_message),
        ("DELETE", hook + "/messages/{message}", delete_hook_message),
    ]


def _fake(request: web.Request) -> FakeDiscord:
    from .rest import fake_of

    return fake_of(request)


async def callback(request: web.Request) -> web.Response:
    fake = _fake(request)
    handle = fake.interactions.get(int(request.match_info["id"]))
    where = f"interaction callback {request.match_info['id']}"
    if handle is None or handle.token != request.match_info["token"]:
        fake.violation("POST", request.path, "unknown interaction or wrong token")
        return error(404, 10062, "Unknown interaction")
    if request.query.get("with_response") not in ("1", "true", "True"):
        fake.violation("POST", request.path, "callback without with_response")
    if handle.callbacks:
        fake.violation("POST", request.path, "interaction answered twice")
        return error(400, 40060, "Interaction has already been acknowledged.")
    late = time.monotonic() - handle.created
    if late > fake.interaction_deadline:
        fake.violation("POST", request.path, f"answered after {late:.2f}s (deadline 3s)")
        return error(404, 10062, "Unknown interaction")
    body, files = await read_body(request)
    body = check_keys(where, body, {"type", "data"})
    kind = body.get("type")
    expect(kind in ALLOWED_CALLBACKS[handle.type], f"{where}: type {kind} not allowed here")
    handle.callbacks.append(body)
    handle.answered_at = time.monotonic()
    message = await _carry_out(fake, handle, body, files)
    handle.notify()
    await fake.changed()
    interaction: JSON = {"id": str(handle.id), "type": handle.type}
    resource: JSON = {"type": kind}
    if message is not None:
        interaction |= {
            "response_message_id": str(message.id),
            "response_message_loading": bool(message.flags & LOADING),
            "response_message_ephemeral": message.ephemeral,
        }
        if kind in (4, 7):
            resource["message"] = message.payload
    return reply({"interaction": interaction, "resource": resource})


async def _carry_out(
    fake: FakeDiscord, handle: InteractionHandle, body: JSON, files: list[Any]
) -> StoredMessage | None:
    from .rest import edit_stored, store_files

    kind, data = body["type"], body.get("data")
    where = f"callback type {kind}"
    if kind == 4:
        data = check_message_body(where, data, INTERACTION_DATA_KEYS, creating=not files)
        return await _new_message(fake, handle, data, store_files(fake, data, files))
    if kind == 5:
        flags = int(check_keys(where, data or {}, {"flags"}).get("flags") or 0)
        return await _new_message(fake, handle, {"content": "", "flags": flags | LOADING}, [])
    if kind == 6:
        expect(data is None, f"{where}: takes no data")
        handle.original = handle.source_message
        return handle.original
    if kind == 7:
        data = check_message_body(where, data, INTERACTION_DATA_KEYS - {"flags"}, creating=False)
        source = handle.source_message
        expect(source is not None, f"{where}: no message to update")
        assert source is not None
        await edit_stored(fake, source, data, store_files(fake, data, files))
        handle.original = source
        return source
    if kind == 8:
        data = check_keys(where, data, {"choices"})
        choices = data.get("choices")
        expect(isinstance(choices, list) and len(choices) <= 25, f"{where}: at most 25 choices")
        assert isinstance(choices, list)
        for i, raw_choice in enumerate(choices):
            choice = check_keys(
                f"{where}.choices[{i}]", raw_choice, {"name", "value", "name_localizations"}
            )
            check_str(f"{where}.choices[{i}].name", choice.get("name"), 100, min_len=1)
        return None
    data = check_keys(where, data, {"custom_id", "title", "components"})
    check_str(f"{where}.title", data.get("title"), 45, min_len=1)
    check_str(f"{where}.custom_id", data.get("custom_id"), 100, min_len=1)
    expect(1 <= len(data.get("components") or []) <= 5, f"{where}: 1-5 modal components")
    return None


async def _new_message(
    fake: FakeDiscord, handle: InteractionHandle, data: JSON, attachments: list[Any]
) -> StoredMessage:
    flags = int(data.get("flags") or 0)
    msg = StoredMessage(
        message_payload(
            message_id=fake.ids.next(),
            guild=fake.guild,
            channel=handle.channel,
            author=fake.member(fake.bot_user.id),
            content=data.get("content") or "",
            embeds=data.get("embeds"),
            components=data.get("components"),
            attachments=attachments,
            flags=flags,
            allowed_mentions=data.get("allowed_mentions"),
            message_type=20 if handle.type == APPLICATION_COMMAND else 0,
            extra={
                "webhook_id": str(fake.application_id),
                "application_id": str(fake.application_id),
                "interaction_metadata": {
                    "id": str(handle.id),
                    "type": handle.type,
                    "user": handle.user.user.payload(),
                    "authorizing_integration_owners": {"0": str(fake.guild.id)},
                },
            },
        ),
        allowed_mentions=data.get("allowed_mentions"),
        files=attachments,
        interaction_id=handle.id,
    )
    if handle.original is None:
        handle.original = msg
    else:
        handle.followups.append(msg)
    await fake.publish(msg, visible=not flags & EPHEMERAL)
    return msg


def _webhook_handle(request: web.Request) -> InteractionHandle | None:
    fake = _fake(request)
    if request.match_info["app"] != str(fake.application_id):
        return None
    token = request.match_info["token"]
    for handle in fake.interactions.values():
        if handle.token == token and time.monotonic() - handle.created < TOKEN_LIFETIME:
            return handle
    return None


def _hook_message(request: web.Request, handle: InteractionHandle) -> StoredMessage | None:
    wanted = request.match_info["message"]
    if wanted == "@original":
        return handle.original
    return next((m for m in handle.messages() if str(m.id) == wanted), None)


async def followup(request: web.Request) -> web.Response:
    from .rest import edit_stored, store_files

    fake = _fake(request)
    handle = _webhook_handle(request)
    if handle is None or not handle.callbacks:
        fake.violation("POST", request.path, "followup for an unknown or unanswered interaction")
        return error(404, 10015, "Unknown Webhook")
    if request.query.get("wait") not in ("true", "1", "True"):
        fake.violation("POST", request.path, "followup without wait=true")
    body, files = await read_body(request)
    body = check_message_body(
        "followup", body, MESSAGE_KEYS | WEBHOOK_EXTRA_KEYS, creating=not files
    )
    await fake.send_gate()
    if (failure := fake.failures.next_failure()) is not None:
        return error_response(*failure)
    attachments = store_files(fake, body, files)
    loading = handle.original
    if loading is not None and loading.flags & LOADING:
        # The first followup after a "thinking" defer replaces the loading message.
        await _finish_loading(fake, loading, body | {"attachments": body.get("attachments", [])})
        await edit_stored(fake, loading, _edit_part(body), attachments)
        handle.followups.append(loading)
        handle.notify()
        return reply(loading.payload)
    msg = await _new_message(fake, handle, body, attachments)
    handle.notify()
    return reply(msg.payload)


def _edit_part(body: JSON) -> JSON:
    return {k: v for k, v in body.items() if k in EDIT_KEYS - {"flags"}}


async def _finish_loading(fake: FakeDiscord, msg: StoredMessage, body: JSON) -> None:
    msg.payload = msg.payload | {"flags": msg.flags & ~LOADING}
    if not msg.ephemeral and msg.id not in {m.id for m in fake.messages(msg.channel_id)}:
        await fake.publish(msg)


async def get_hook_message(request: web.Request) -> web.Response:
    handle = _webhook_handle(request)
    msg = None if handle is None else _hook_message(request, handle)
    return error(404, 10008, "Unknown Message") if msg is None else reply(msg.payload)


async def edit_hook_message(request: web.Request) -> web.Response:
    from .rest import edit_stored, store_files

    fake = _fake(request)
    handle = _webhook_handle(request)
    msg = None if handle is None else _hook_message(request, handle)
    if handle is None or msg is None:
        fake.violation("PATCH", request.path, "edit of an unknown interaction message")
        return error(404, 10008, "Unknown Message")
    body, files = await read_body(request)
    body = check_message_body("webhook edit", body, EDIT_KEYS, creating=False)
    await fake.send_gate()
    if (failure := fake.failures.next_failure()) is not None:
        return error_response(*failure)
    if msg.flags & LOADING:
        await _finish_loading(fake, msg, body)
    await edit_stored(fake, msg, body, store_files(fake, body, files))
    handle.notify()
    return reply(msg.payload)


async def delete_hook_message(request: web.Request) -> web.Response:
    fake = _fake(request)
    handle = _webhook_handle(request)
    msg = None if handle is None else _hook_message(request, handle)
    if msg is None:
        return error(404, 10008, "Unknown Message")
    msg.deleted = True
    if not msg.ephemeral:
        await fake.gateway.dispatch(
            "MESSAGE_DELETE",
            {"id": str(msg.id), "channel_id": str(msg.channel_id), "guild_id": str(fake.guild.id)},
        )
    await fake.changed()
    return no_content()


__all__ = ["BodyError", "routes"]
