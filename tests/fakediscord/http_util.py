"""Request parsing and Discord-shaped responses shared by the REST handlers."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from aiohttp import BodyPartReader, web

JSON = dict[str, Any]


@dataclass
class UploadedFile:
    field: str
    filename: str
    data: bytes


def reply(data: Any, status: int = 200) -> web.Response:
    # Exactly "application/json": discord.py compares the header verbatim (no charset).
    return web.Response(
        status=status, body=json.dumps(data).encode(), headers={"Content-Type": "application/json"}
    )


def no_content() -> web.Response:
    return web.Response(status=204)


def error(status: int, code: int, message: str, problem: str | None = None) -> web.Response:
    body: JSON = {"message": message, "code": code}
    if problem is not None:
        body["errors"] = {"_errors": [{"code": "BASE_TYPE_INVALID", "message": problem}]}
    return reply(body, status)


class UnreadableBodyError(Exception):
    """The request cannot be read at all (bad JSON, wrong content type, odd multipart)."""


async def read_body(request: web.Request) -> tuple[Any, list[UploadedFile]]:
    """The JSON body (from payload_json for multipart) and any uploaded files."""
    content_type = request.headers.get("Content-Type", "")
    if content_type.startswith("multipart/form-data"):
        return await _read_multipart(request)
    raw = await request.read()
    if not raw:
        return None, []
    if content_type != "application/json":
        raise UnreadableBodyError(f"body sent with Content-Type {content_type!r}")
    try:
        return json.loads(raw), []
    except ValueError as exc:
        raise UnreadableBodyError(f"body is not JSON: {exc}") from exc


async def _read_multipart(request: web.Request) -> tuple[Any, list[UploadedFile]]:
    reader = await request.multipart()
    payload: Any = None
    files: list[UploadedFile] = []
    while (part := await reader.next()) is not None:
        if not isinstance(part, BodyPartReader):
            raise UnreadableBodyError("nested multipart body")
        name = part.name
        data = await part.read()
        if name == "payload_json":
            payload = json.loads(bytes(data))
        elif name is not None and name.startswith("files["):
            filename = part.filename or "unnamed"
            files.append(UploadedFile(name, filename, bytes(data)))
        else:
            raise UnreadableBodyError(f"unexpected multipart field {name!r}")
    if payload is None:
        raise UnreadableBodyError("multipart body without payload_json")
    return payload, files
