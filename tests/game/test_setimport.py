"""Sets an older quizbot kept in folders move into the store once, pictures included."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from bot.game.library import Library
from bot.game.setimport import import_folders
from bot.store import Store
from tests.authoring.test_guildsets import GUILD, OTHER, RED_TRIVIA, VALID
from tests.images.files import image_bytes

NOW = datetime(2026, 1, 2, tzinfo=UTC)
PICTURED = VALID.replace(
    b"explain: The Seine", b"image: maps.images/paris.png\n    explain: The Seine"
)


def old_folders(root: Path, outside: Path) -> bytes:
    """The layout an older quizbot left, with things it never wrote; returns the picture."""
    guild, other = root / str(GUILD), root / str(OTHER)
    (guild / "maps.images").mkdir(parents=True)
    other.mkdir()
    picture = image_bytes("PNG", colour=(10, 200, 30))
    (guild / "maps.yaml").write_bytes(PICTURED)
    (guild / "maps.images" / "paris.png").write_bytes(picture)
    (guild / "rivers.yaml").write_bytes(VALID.replace(b"\n", b"\r\n"))
    (other / "capitals-eu.yaml").write_bytes(RED_TRIVIA)
    # Never written by quizbot: skipped.
    outside.write_bytes(VALID.replace(b"Rivers", b"Secret"))
    (guild / "linked.yaml").symlink_to(outside)
    (guild / ".maps.yaml.123.tmp").write_bytes(b"half")
    (guild / "Upper.yaml").write_bytes(VALID)
    (root / "not-a-guild").mkdir()
    (root / "not-a-guild" / "x.yaml").write_bytes(VALID)
    (root / ".locks").mkdir()
    return picture


async def test_folders_are_imported_once_and_played_with_their_pictures(
    store: Store, tmp_path: Path
) -> None:
    root = tmp_path / "guild-quizzes"
    picture = old_folders(root, tmp_path / "secret.yaml")
    assert await import_folders(store, root, NOW) == 3
    assert await import_folders(store, root, NOW) == 0, "a second start imports nothing"
    listed = [(v.scope, v.name, v.version) for v in await store.set_versions()]
    assert listed == [
        (str(GUILD), "maps", 1),
        (str(GUILD), "rivers", 1),
        (str(OTHER), "capitals-eu", 1),
    ]
    rivers = await store.get_set(str(GUILD), "rivers")
    assert rivers is not None and rivers.content == VALID.replace(b"\n", b"\r\n")
    assert rivers.uploaded_at == datetime.fromtimestamp(
        (root / str(GUILD) / "rivers.yaml").stat().st_mtime, UTC
    )

    library = Library(tmp_path / "shipped", lambda: store)
    try:
        await library.load()
        maps = library.sets_for(str(GUILD))["maps"]
        shown = maps.questions[0].image_file
        assert shown is not None and Path(shown).read_bytes() == picture
        assert not Path(shown).is_relative_to(root), "served from the store, not the folder"
        assert library.guild_set_names(str(OTHER)) == ["capitals-eu"]
    finally:
        library.close()
    assert not Path(shown).exists(), "the process's copies go when it closes"

    # Removed since: the folder, still there, does not bring it back.
    await store.remove_set(str(GUILD), "rivers")
    assert await import_folders(store, root, NOW) == 0
    assert await store.get_set(str(GUILD), "rivers") is None
    assert (root / str(GUILD) / "rivers.yaml").is_file(), "the folders are left as they were"


async def test_no_folder_imports_nothing(store: Store, tmp_path: Path) -> None:
    assert await import_folders(store, tmp_path / "never-made", NOW) == 0
    assert not (tmp_path / "never-made").exists()
