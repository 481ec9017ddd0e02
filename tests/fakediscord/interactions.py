"""Interactions the tests inject (commands, autocomplete, clicks, modal submits) and their fate."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any

from .model import FakeChannel, FakeGuild, FakeMember, FakeUser, StoredAttachment, StoredMessage

JSON = dict[str, Any]

APPLICATION_COMMAND = 2
MESSAGE_COMPONENT = 3
AUTOCOMPLETE = 4
MODAL_SUBMIT = 5

OptionValue = str | int | float | bool | FakeUser | FakeMember | StoredAttachment


@dataclass
class InteractionHandle:
    """What the test holds after injecting an interaction: the bot's answers arrive here."""

    id: int
    token: str
    type: int
    channel: FakeChannel
    user: FakeMember
    created: float = field(default_factory=time.monotonic)
    callbacks: list[JSON] = field(default_factory=list)  # every callback body, in order
    answered_at: float | None = None  # when the first callback arrived (monotonic)
    original: StoredMessage | None = None
    followups: list[StoredMessage] = field(default_factory=list)
    source_message: StoredMessage | None = None  # the message whose component was used
    _changed: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def response_type(self) -> int | None:
        return int(self.callbacks[0]["type"]) if self.callbacks else None

    @property
    def ephemeral(self) -> bool:
        """Whether the first visible reply (original or deferred) is ephemeral."""
        return self.original is not None and self.original.ephemeral

    @property
    def modal(self) -> JSON | None:
        """The modal the bot opened (callback type 9), if any."""
        for body in self.callbacks:
            if body["type"] == 9:
                return dict(body["data"])
        return None

    @property
    def choices(self) -> list[JSON] | None:
        """The autocomplete choices (callback type 8), if answered."""
        for body in self.callbacks:
            if body["type"] == 8:
                return list(body["data"]["choices"])
        return None

    def messages(self) -> list[StoredMessage]:
        """The original response (if it is a message) then the followups."""
        first = [self.original] if self.original is not None else []
        return first + [m for m in self.followups if m is not self.original]

    def notify(self) -> None:
        self._changed.set()

    async def wait(self, condition: Any, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not condition(self):
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"interaction {self.id}: condition not met in {timeout}s")
            self._changed.clear()
            try:
                await asyncio.wait_for(self._changed.wait(), left)
            except TimeoutError:
                continue

    async def wait_response(self, timeout: float = 5.0) -> JSON:
        """The first callback body ({"type": .., "data": ..}) the bot sent."""
        await self.wait(lambda h: bool(h.callbacks), timeout)
        return self.callbacks[0]

    async def wait_reply(self, timeout: float = 5.0) -> StoredMessage:
        """The first finished message (deferred 'thinking' messages do not count)."""

        def done(h: InteractionHandle) -> bool:
            return any(not m.flags & (1 << 7) for m in h.messages())

        await self.wait(done, timeout)
        return next(m for m in self.messages() if not m.flags & (1 << 7))

    async def wait_followups(self, count: int, timeout: float = 5.0) -> list[StoredMessage]:
        await self.wait(lambda h: len(h.followups) >= count, timeout)
        return list(self.followups)


def option_type(value: OptionValue) -> int:
    if isinstance(value, bool):
        return 5
    if isinstance(value, int):
        return 4
    if isinstance(value, float):
        return 10
    if isinstance(value, FakeUser | FakeMember):
        return 6
    if isinstance(value, StoredAttachment):
        return 11
    return 3


def build_options(
    guild: FakeGuild,
    values: dict[str, OptionValue],
    declared: list[JSON],
    resolved: JSON,
    focused: str | None,
) -> list[JSON]:
    """Leaf options typed as the synced command declares them (falling back to the value type)."""
    types = {o["name"]: int(o["type"]) for o in declared}
    options: list[JSON] = []
    for name, value in values.items():
        kind = types.get(name, option_type(value))
        option: JSON = {"name": name, "type": kind}
        if kind in (6, 9) and isinstance(value, str | int | FakeUser | FakeMember):
            member = guild.member(value)  # a name like "bob" works too
            option["value"] = str(member.user.id)
            resolved.setdefault("users", {})[str(member.user.id)] = member.user.payload()
            member_data = member.payload(with_user=False)
            member_data["permissions"] = str(guild.permissions_of(member))
            resolved.setdefault("members", {})[str(member.user.id)] = member_data
        elif kind == 7 and isinstance(value, str | int):
            chan = guild.channel(value)
            option["value"] = str(chan.id)
            chan_data = chan.payload(guild.id) | {"permissions": str((1 << 50) - 1)}
            resolved.setdefault("channels", {})[str(chan.id)] = chan_data
        elif kind == 8 and isinstance(value, str):
            role = guild.roles[value]
            option["value"] = str(role.id)
            resolved.setdefault("roles", {})[str(role.id)] = role.payload()
        elif isinstance(value, StoredAttachment):
            option["value"] = str(value.id)
            resolved.setdefault("attachments", {})[str(value.id)] = value.payload()
        else:
            option["value"] = value
        if name == focused:
            option["focused"] = True
        options.append(option)
    return options


def nest_options(path: list[str], leaves: list[JSON], command: JSON | None) -> list[JSON]:
    """Wraps the leaf options in subcommand groups / subcommands named by path."""
    if not path:
        return leaves
    declared = (command or {}).get("options") or []
    node = next((o for o in declared if o["name"] == path[0]), None)
    kind = int(node["type"]) if node is not None else (1 if len(path) == 1 else 2)
    return [{"name": path[0], "type": kind, "options": nest_options(path[1:], leaves, node)}]


def leaf_declaration(command: JSON | None, path: list[str]) -> list[JSON]:
    node: JSON | None = command
    for name in path:
        children = (node or {}).get("options") or []
        node = next((o for o in children if o["name"] == name), None)
    return list((node or {}).get("options") or [])


def modal_submit_components(modal: JSON, values: dict[str, str]) -> list[JSON]:
    """The submitted shape of a modal: text inputs become {type, custom_id, value}."""

    def convert(component: JSON) -> JSON | None:
        kind = component.get("type")
        if kind == 1:
            children = [c for c in map(convert, component.get("components", [])) if c]
            return {"type": 1, "components": children}
        if kind == 18:
            inner = convert(component["component"])
            return {"type": 18, "component": inner} if inner else None
        if kind == 4:
            custom_id = component["custom_id"]
            return {"type": 4, "custom_id": custom_id, "value": values.get(custom_id, "")}
        return None

    unknown = set(values) - _text_input_ids(modal.get("components", []))
    if unknown:
        raise KeyError(f"the modal has no text inputs {sorted(unknown)}")
    return [c for c in map(convert, modal.get("components", [])) if c]


def _text_input_ids(components: list[JSON]) -> set[str]:
    found: set[str] = set()
    for component in components:
        if component.get("type") == 4:
            found.add(str(component["custom_id"]))
        found |= _text_input_ids(component.get("components", []))
        if isinstance(component.get("component"), dict):
            found |= _text_input_ids([component["component"]])
    return found


def check_invocation(command: JSON, path: list[str], values: dict[str, Any]) -> None:
    """Refuses (in the test) an invocation Discord's client could not produce."""
    node: JSON = command
    for name in path:
        children = node.get("options") or []
        found = next((o for o in children if o["name"] == name and o["type"] in (1, 2)), None)
        if found is None:
            raise ValueError(f"/{command['name']} has no subcommand {name!r} at {path}")
        node = found
    declared = node.get("options") or []
    if any(o["type"] in (1, 2) for o in declared):
        raise ValueError(f"/{command['name']} {' '.join(path)} needs a subcommand")
    names = {o["name"] for o in declared}
    unknown = set(values) - names
    missing = {o["name"] for o in declared if o.get("required")} - set(values)
    if unknown or missing:
        raise ValueError(
            f"/{command['name']} {' '.join(path)}: unknown options {sorted(unknown)}, "
            f"missing required {sorted(missing)}"
        )
