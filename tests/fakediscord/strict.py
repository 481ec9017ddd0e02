"""Body checks: anything Discord would refuse (or a typo Discord would ignore) is a violation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

JSON = dict[str, Any]


@dataclass(frozen=True)
class Violation:
    method: str
    path: str
    problem: str

    def __str__(self) -> str:
        return f"{self.method} {self.path}: {self.problem}"


class BodyError(Exception):
    """A request body Discord would reject with 400 Invalid Form Body."""


MESSAGE_KEYS = {
    "content", "tts", "embeds", "nonce", "enforce_nonce", "message_reference", "sticker_ids",
    "allowed_mentions", "components", "attachments", "flags", "poll", "applied_tags",
}  # fmt: skip
WEBHOOK_EXTRA_KEYS = {"username", "avatar_url", "thread_name"}
INTERACTION_DATA_KEYS = {
    "content", "tts", "embeds", "allowed_mentions", "components", "attachments", "flags", "poll",
}  # fmt: skip
EMBED_KEYS = {
    "title", "type", "description", "url", "timestamp", "color", "footer", "image",
    "thumbnail", "video", "provider", "author", "fields", "flags",
}  # fmt: skip
ALLOWED_MENTION_KEYS = {"parse", "users", "roles", "replied_user"}
COMMAND_KEYS = {
    "name", "name_localizations", "description", "description_localizations", "options",
    "default_member_permissions", "dm_permission", "nsfw", "type", "contexts",
    "integration_types", "id", "handler",
}  # fmt: skip
OPTION_KEYS = {
    "type", "name", "name_localizations", "description", "description_localizations",
    "required", "choices", "options", "channel_types", "min_value", "max_value",
    "min_length", "max_length", "autocomplete",
}  # fmt: skip
COMMAND_NAME = re.compile(r"^[-_\w]{1,32}$")
COMPONENTS_V2 = 1 << 15
ALLOWED_MESSAGE_FLAGS = (1 << 2) | (1 << 6) | (1 << 12) | (1 << 15)


def expect(condition: bool, problem: str) -> None:
    if not condition:
        raise BodyError(problem)


def check_keys(where: str, body: Any, allowed: set[str]) -> JSON:
    expect(isinstance(body, dict), f"{where}: expected an object, got {type(body).__name__}")
    unknown = sorted(set(body) - allowed)
    expect(not unknown, f"{where}: unexpected keys {unknown}")
    return dict(body)


def check_str(where: str, value: Any, max_len: int, *, min_len: int = 0) -> None:
    expect(isinstance(value, str), f"{where}: expected a string, got {value!r}")
    expect(
        min_len <= len(value) <= max_len,
        f"{where}: length {len(value)} not in [{min_len}, {max_len}]",
    )


def check_embed(where: str, embed: Any) -> int:
    """Checks one embed and returns its character total (Discord caps the sum at 6000)."""
    embed = check_keys(where, embed, EMBED_KEYS)
    total = 0
    for key, cap in (("title", 256), ("description", 4096)):
        if key in embed:
            check_str(f"{where}.{key}", embed[key], cap)
            total += len(embed[key])
    fields = embed.get("fields", [])
    expect(isinstance(fields, list) and len(fields) <= 25, f"{where}.fields: at most 25")
    for i, raw_field in enumerate(fields):
        fld = check_keys(f"{where}.fields[{i}]", raw_field, {"name", "value", "inline"})
        check_str(f"{where}.fields[{i}].name", fld.get("name"), 256, min_len=1)
        check_str(f"{where}.fields[{i}].value", fld.get("value"), 1024, min_len=1)
        total += len(fld["name"]) + len(fld["value"])
    if "footer" in embed:
        footer = check_keys(f"{where}.footer", embed["footer"], {"text", "icon_url"})
        check_str(f"{where}.footer.text", footer.get("text"), 2048)
        total += len(footer["text"])
    if "author" in embed:
        author = check_keys(f"{where}.author", embed["author"], {"name", "url", "icon_url"})
        check_str(f"{where}.author.name", author.get("name"), 256)
        total += len(author["name"])
    if "color" in embed:
        expect(isinstance(embed["color"], int), f"{where}.color: expected an int")
    return total


def check_v2_components(where: str, items: Any, seen: set[str]) -> None:
    """Components V2 layouts nest freely; still check custom ids."""
    expect(isinstance(items, list), f"{where}: expected a list")
    for i, item in enumerate(items):
        at = f"{where}[{i}]"
        expect(isinstance(item, dict) and "type" in item, f"{at}: missing type")
        if "custom_id" in item:
            check_str(f"{at}.custom_id", item["custom_id"], 100, min_len=1)
            expect(item["custom_id"] not in seen, f"{at}: duplicate custom_id")
            seen.add(item["custom_id"])
        check_v2_components(f"{at}.components", item.get("components") or [], seen)
        for key in ("accessory", "component"):
            if isinstance(item.get(key), dict):
                check_v2_components(f"{at}.{key}", [item[key]], seen)


def check_components(where: str, rows: Any) -> None:
    expect(isinstance(rows, list) and len(rows) <= 5, f"{where}: at most 5 rows")
    seen: set[str] = set()
    for r, row in enumerate(rows):
        expect(isinstance(row, dict) and row.get("type") == 1, f"{where}[{r}]: not an action row")
        children = row.get("components")
        expect(isinstance(children, list) and 1 <= len(children) <= 5, f"{where}[{r}]: 1-5 items")
        for c, item in enumerate(children):
            at = f"{where}[{r}].components[{c}]"
            expect(isinstance(item, dict) and "type" in item, f"{at}: missing type")
            if item["type"] == 2:
                is_link = item.get("style") == 5
                expect(("url" in item) == is_link, f"{at}: link buttons need url, others must not")
                if "label" in item:
                    check_str(f"{at}.label", item["label"], 80)
            if "custom_id" in item:
                check_str(f"{at}.custom_id", item["custom_id"], 100, min_len=1)
                expect(item["custom_id"] not in seen, f"{at}: duplicate custom_id")
                seen.add(item["custom_id"])
            elif item.get("style") != 5:
                raise BodyError(f"{at}: missing custom_id")


def check_message_body(where: str, raw: Any, allowed: set[str], *, creating: bool) -> JSON:
    body = check_keys(where, raw, allowed)
    if body.get("content") is not None:
        check_str(f"{where}.content", body["content"], 2000)
    embeds = body.get("embeds") or []
    expect(isinstance(embeds, list) and len(embeds) <= 10, f"{where}.embeds: at most 10")
    total = sum(check_embed(f"{where}.embeds[{i}]", e) for i, e in enumerate(embeds))
    expect(total <= 6000, f"{where}.embeds: {total} characters in total, over 6000")
    if body.get("allowed_mentions") is not None:
        mentions = check_keys(
            f"{where}.allowed_mentions", body["allowed_mentions"], ALLOWED_MENTION_KEYS
        )
        parse = mentions.get("parse", [])
        expect(
            set(parse) <= {"users", "roles", "everyone"}, f"{where}.allowed_mentions.parse: {parse}"
        )
    if body.get("components") is not None:
        if int(body.get("flags") or 0) & COMPONENTS_V2:
            check_v2_components(f"{where}.components", body["components"], set())
        else:
            check_components(f"{where}.components", body["components"])
    if body.get("flags") is not None:
        expect(isinstance(body["flags"], int), f"{where}.flags: expected an int")
        expect(
            not body["flags"] & ~ALLOWED_MESSAGE_FLAGS,
            f"{where}.flags: {body['flags']} not allowed",
        )
    if creating:
        has_body = any(
            body.get(k) for k in ("content", "embeds", "components", "attachments", "poll")
        )
        expect(has_body, f"{where}: cannot send an empty message")
    return body


def check_option(where: str, option: Any, depth: int) -> None:
    option = check_keys(where, option, OPTION_KEYS)
    expect(option.get("type") in range(1, 12), f"{where}.type: {option.get('type')!r}")
    check_str(f"{where}.name", option.get("name"), 32, min_len=1)
    expect(bool(COMMAND_NAME.match(option["name"])) and option["name"] == option["name"].lower(),
           f"{where}.name: {option['name']!r} is not a valid lower-case name")  # fmt: skip
    check_str(f"{where}.description", option.get("description"), 100, min_len=1)
    children = option.get("options") or []
    expect(len(children) <= 25, f"{where}.options: at most 25")
    if option["type"] in (1, 2):
        expect(depth < 2, f"{where}: subcommands nest at most two levels")
    for i, child in enumerate(children):
        check_option(f"{where}.options[{i}]", child, depth + 1)
    if option.get("autocomplete"):
        expect(not option.get("choices"), f"{where}: autocomplete and choices are exclusive")


def check_commands(where: str, body: Any) -> list[JSON]:
    expect(isinstance(body, list) and len(body) <= 100, f"{where}: expected a list of commands")
    names: set[tuple[int, str]] = set()
    for i, raw_command in enumerate(body):
        at = f"{where}[{i}]"
        command = check_keys(at, raw_command, COMMAND_KEYS)
        check_str(f"{at}.name", command.get("name"), 32, min_len=1)
        kind = command.get("type", 1)
        expect((kind, command["name"]) not in names, f"{at}: duplicate name {command['name']!r}")
        names.add((kind, command["name"]))
        if kind == 1:
            expect(bool(COMMAND_NAME.match(command["name"])), f"{at}.name: invalid")
            check_str(f"{at}.description", command.get("description"), 100, min_len=1)
        options = command.get("options") or []
        expect(len(options) <= 25, f"{at}.options: at most 25")
        for j, option in enumerate(options):
            check_option(f"{at}.options[{j}]", option, 0)
    return list(body)
