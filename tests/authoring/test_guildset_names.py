"""Upload names: one canonical form, and no look-alike of a shipped set.

The races (concurrent uploads against the limit and the replace check) are in
tests/game/test_serversets.py and tests/store/test_sets.py, on the store."""

from __future__ import annotations

import pytest

from bot.authoring.guildsets import GuildSetError, GuildSets, validate_name

from .test_guildsets import GUILD, VALID

SHIPPED = frozenset({"russia-burkina-faso", "capitals"})


def guild_sets() -> GuildSets:
    return GuildSets(64 * 1024, shipped=lambda: SHIPPED)


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("quiz--one", "quiz-one"),
        ("Quiz---One", "quiz-one"),
        ("  a--b--c ", "a-b-c"),
        ("plain", "plain"),
    ],
)
def test_a_name_has_one_canonical_form(typed: str, canonical: str) -> None:
    assert validate_name(typed) == canonical


@pytest.mark.parametrize("typed", ["russia--burkina-faso", "RUSSIA-burkina--faso", "capitals"])
def test_a_look_alike_of_a_shipped_name_is_refused(typed: str) -> None:
    sets = guild_sets()
    with pytest.raises(GuildSetError, match="shipped with the bot"):
        sets.check_upload(VALID, "x.yaml", GUILD, typed)
    with pytest.raises(GuildSetError, match="shipped with the bot"):
        sets.check_upload(VALID, f"{typed}.yaml", GUILD)
