"""Which gateway shards this process connects: `--shard-count N --shard-ids LIST`,
or `sharding:` in bot.yaml, or (neither) every shard Discord recommends.

A server belongs to shard `(guild_id >> 22) % shard_count`; its games run in the
process holding that shard. Wrong settings are refused at start-up in one line.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_SHARDS = 100_000


class ShardingError(ValueError):
    """The shard settings contradict each other; the message is one line."""


@dataclass(frozen=True, slots=True)
class Sharding:
    count: int | None = None  # None: as many as Discord recommends, all of them here
    ids: tuple[int, ...] | None = None

    @property
    def automatic(self) -> bool:
        return self.count is None

    def owns(self, guild_id: int) -> bool:
        """Whether a server's events reach this process."""
        if self.count is None or self.ids is None:
            return True
        return shard_of(guild_id, self.count) in self.ids

    def describe(self) -> str:
        if self.count is None:
            return "all shards Discord recommends"
        ids = self.ids if self.ids is not None else tuple(range(self.count))
        return f"shards {format_ids(ids)} of {self.count}"


def shard_of(guild_id: int, count: int) -> int:
    return (guild_id >> 22) % count


def parse_ids(text: str) -> tuple[int, ...]:
    """ "0", "0-3", "0,2-3" -> sorted ids; a repeat or overlap is an error."""
    seen: list[int] = []
    for part in text.replace(" ", "").split(","):
        if not part:
            raise ShardingError(f"--shard-ids {text!r}: an empty item; write e.g. 0,2-3")
        first, dash, last = part.partition("-")
        try:
            low, high = int(first), int(last) if dash else int(first)
        except ValueError:
            raise ShardingError(
                f"--shard-ids {text!r}: {part!r} is not a shard id or a range like 2-5"
            ) from None
        if low > high:
            raise ShardingError(f"--shard-ids {text!r}: the range {part} runs backwards")
        for shard in range(low, high + 1):
            if shard in seen:
                raise ShardingError(f"--shard-ids {text!r}: shard {shard} is listed twice")
            seen.append(shard)
    return tuple(sorted(seen))


def format_ids(ids: tuple[int, ...]) -> str:
    runs: list[str] = []
    start = previous = ids[0]
    for shard in (*ids[1:], None):
        if shard is not None and shard == previous + 1:
            previous = shard
            continue
        runs.append(str(start) if start == previous else f"{start}-{previous}")
        if shard is not None:
            start = previous = shard
    return ",".join(runs)


def sharding_from(count: int | None, ids: str | None) -> Sharding:
    """Check a count and an id list given together (both or neither)."""
    if count is None and ids is None:
        return Sharding()
    if count is None:
        raise ShardingError("--shard-ids needs --shard-count (how many shards in all)")
    if ids is None:
        raise ShardingError(
            "--shard-count needs --shard-ids (which of them this process runs, e.g. 0-3)"
        )
    if not 1 <= count <= MAX_SHARDS:
        raise ShardingError(f"--shard-count must be between 1 and {MAX_SHARDS}, not {count}")
    chosen = parse_ids(ids)
    beyond = [shard for shard in chosen if shard >= count]
    if beyond:
        raise ShardingError(
            f"--shard-ids {ids}: shard {beyond[0]} does not exist with --shard-count {count}"
            f" (ids run 0-{count - 1})"
        )
    return Sharding(count, chosen)
