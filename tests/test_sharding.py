"""Shard flags: ids and ranges, and the one-line refusals of flags that contradict."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.sharding import Sharding, ShardingError, format_ids, parse_ids, shard_of, sharding_from


def test_ids_and_ranges() -> None:
    assert parse_ids("0") == (0,)
    assert parse_ids("0-3") == (0, 1, 2, 3)
    assert parse_ids("0,2-3") == (0, 2, 3)
    assert parse_ids(" 5 , 1-2 ") == (1, 2, 5)
    assert format_ids((0, 1, 2, 5, 7, 8)) == "0-2,5,7-8"


@pytest.mark.parametrize(
    ("count", "ids", "complaint"),
    [
        (None, "0", "--shard-ids needs --shard-count"),
        (2, None, "--shard-count needs --shard-ids"),
        (2, "3", "shard 3 does not exist with --shard-count 2"),
        (4, "0-2,2-3", "shard 2 is listed twice"),
        (4, "1,1", "shard 1 is listed twice"),
        (4, "3-1", "runs backwards"),
        (4, "a", "'a' is not a shard id"),
        (4, "0,,1", "empty item"),
        (0, "0", "between 1 and"),
    ],
)
def test_contradicting_flags_are_refused(
    count: int | None, ids: str | None, complaint: str
) -> None:
    with pytest.raises(ShardingError, match=complaint):
        sharding_from(count, ids)


def test_which_servers_a_process_owns() -> None:
    guild = (1234 << 22) | 99
    assert shard_of(guild, 4) == 1234 % 4 == 2
    assert Sharding(4, (2, 3)).owns(guild) and not Sharding(4, (0, 1)).owns(guild)
    assert Sharding().owns(guild)


@pytest.mark.parametrize(
    ("flags", "yaml", "complaint"),
    [
        (["--shard-ids", "3", "--shard-count", "2"], "", "shard 3 does not exist"),
        (["--shard-ids", "0"], "", "--shard-ids needs --shard-count"),
        (["--shard-count", "4", "--shard-ids", "0-1,1"], "", "listed twice"),
        ([], "sharding:\n  shard_count: 2\n", "--shard-count needs --shard-ids"),
    ],
)
def test_quizbot_run_refuses_bad_shards_in_one_line(
    tmp_path: Path, flags: list[str], yaml: str, complaint: str
) -> None:
    config = tmp_path / "bot.yaml"
    config.write_text(yaml)
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run", "--config", str(config), *flags],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "DISCORD_TOKEN": "not-used"},
        check=False,
    )
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert complaint in done.stderr
