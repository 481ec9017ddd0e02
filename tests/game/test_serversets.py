"""Uploads through `ServerSets` into a real store (SQLite file and PostgreSQL), as the
Discord commands make them: one canonical name everywhere, exact bytes back, the
limit and the replace check holding across two processes' stores, and every
process's library following a change announced by another."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.authoring.guildsets import GuildSetError, GuildSets
from bot.game.library import Library
from bot.game.serversets import SETS_TOPIC, ServerSets
from bot.store import Store
from bot.store.sets import MAX_PICTURES, SetUpload
from tests.authoring.test_guildsets import BROKEN, GUILD, OTHER, RED_TRIVIA, VALID
from tests.images.files import image_bytes
from tests.store.backends import Backend

SHIPPED = frozenset({"russia-burkina-faso", "capitals"})
NOW = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


def server_sets(store: Store, max_sets: int = 100) -> ServerSets:
    checks = GuildSets(64 * 1024, shipped=lambda: SHIPPED, max_sets=max_sets)
    return ServerSets(checks, lambda: store, lambda: NOW)


async def test_a_double_dash_upload_is_the_same_set_everywhere(store: Store) -> None:
    sets = server_sets(store)
    first, _ = await sets.check(VALID, "quiz-one.yaml", GUILD, None, {})
    assert await sets.save(first, {}, "7", replace=False) == 1
    impostor, _ = await sets.check(VALID.replace(b"Rivers", b"Impostor"), "quiz--one.yaml",
                                   GUILD, None, {})  # fmt: skip
    assert impostor.name == "quiz-one" and impostor.quiz.name == "quiz-one"
    assert await sets.exists(GUILD, "quiz--one"), "so the replace prompt is shown"
    with pytest.raises(GuildSetError, match="meanwhile"):
        await sets.save(impostor, {}, "8", replace=False)
    assert await sets.save(impostor, {}, "8", replace=True) == 2
    assert [v.name for v in await store.set_versions(str(GUILD))] == ["quiz-one"]
    assert b"Impostor" in (await sets.read(GUILD, "Quiz--One")).content
    await sets.remove(GUILD, "quiz--one")
    assert await store.set_versions() == []
    with pytest.raises(GuildSetError, match="no uploaded set named `quiz-one`"):
        await sets.remove(GUILD, "quiz-one")
    with pytest.raises(GuildSetError, match="no uploaded set"):
        await sets.read(GUILD, "quiz-one")


@pytest.mark.parametrize("name", ["../rivers", "/tmp/x", "..", "a\\b"])
async def test_read_and_remove_refuse_path_names(store: Store, name: str) -> None:
    sets = server_sets(store)
    with pytest.raises(GuildSetError):
        await sets.read(GUILD, name)
    with pytest.raises(GuildSetError):
        await sets.remove(GUILD, name)


async def test_bytes_come_back_as_uploaded_and_who_and_when_are_kept(store: Store) -> None:
    sets = server_sets(store)
    data = VALID.replace(b"\n", b"\r\n") + b"# \xc3\xa9t\xc3\xa9\n"
    checked, _ = await sets.check(data, "rivers.yaml", GUILD, None, {})
    await sets.save(checked, {}, "42", replace=False)
    stored = await sets.read(GUILD, "rivers")
    assert (stored.content, stored.uploader, stored.uploaded_at) == (data, "42", NOW)
    assert await store.get_set(str(OTHER), "rivers") is None


@pytest.mark.parametrize("attempt", range(3))
async def test_concurrent_uploads_from_two_processes_never_exceed_the_limit(
    backend: Backend, attempt: int
) -> None:
    first, second = await backend.open(), await backend.open()
    try:
        both = [server_sets(first, max_sets=1), server_sets(second, max_sets=1)]
        checked = [(await both[0].check(VALID, f"set-{i}.yaml", GUILD, None, {}))[0]
                   for i in range(8)]  # fmt: skip
        results = await asyncio.gather(
            *(both[i % 2].save(c, {}, "1", replace=False) for i, c in enumerate(checked)),
            return_exceptions=True,
        )
        refused = [r for r in results if isinstance(r, GuildSetError)]
        assert results.count(1) == 1 and len(refused) == 7
        assert all("already has 1 uploaded set" in str(r) for r in refused)
        assert len(await first.set_versions(str(GUILD))) == 1
    finally:
        await first.close()
        await second.close()


async def test_a_refused_upload_leaves_the_pictures_of_the_set_it_lost_to(
    backend: Backend,
) -> None:
    first, second = await backend.open(), await backend.open()
    try:
        one, two = server_sets(first), server_sets(second)
        pictures = (image_bytes("PNG", colour=(200, 0, 0)), image_bytes("PNG", colour=(0, 0, 200)))
        uploads = []
        for sets, title, picture in ((one, b"Rivers", pictures[0]), (two, b"Second", pictures[1])):
            text = VALID.replace(b"Rivers", title).replace(
                b"explain:", b"image: map.png\n    explain:"
            )
            uploads.append(await sets.check(text, "maps.yaml", GUILD, None, {"map.png": picture}))
        results = await asyncio.gather(
            one.save(*uploads[0], "1", replace=False),
            two.save(*uploads[1], "2", replace=False),
            return_exceptions=True,
        )
        winner = results.index(1)
        assert isinstance(results[1 - winner], GuildSetError)
        stored = await first.get_set(str(GUILD), "maps")
        assert stored is not None
        assert stored.pictures == {"map.png": pictures[winner]}
        assert (b"Rivers", b"Second")[winner] in stored.content
    finally:
        await first.close()
        await second.close()


async def test_the_cap_on_the_number_of_sets(store: Store) -> None:
    sets = server_sets(store, max_sets=2)
    for name in ("a", "b"):
        await sets.save((await sets.check(VALID, f"{name}.yaml", GUILD, None, {}))[0], {}, "1",
                        replace=False)  # fmt: skip
    again, _ = await sets.check(VALID, "a.yaml", GUILD, None, {})
    await sets.save(again, {}, "1", replace=True)  # replacing is not adding
    third, _ = await sets.check(VALID, "c.yaml", GUILD, None, {})
    with pytest.raises(GuildSetError, match="already has 2"):
        await sets.save(third, {}, "1", replace=True)


async def test_every_library_on_the_database_follows_an_upload_and_a_removal(
    backend: Backend, tmp_path: Path
) -> None:
    """Two processes: the one that saves, and one that only hears the announcement."""
    here, there = await backend.open(), await backend.open()
    libraries = [
        Library(tmp_path / "none", _giving(here)),
        Library(tmp_path / "none", _giving(there)),
    ]
    try:
        for library, store in zip(libraries, (here, there), strict=True):
            await library.load()
            await store.listen(SETS_TOPIC, library.refresh_guild)
        sets = server_sets(here)
        checked, images = await sets.check(RED_TRIVIA, "capitals-eu.yaml", GUILD, None, {})
        await sets.save(checked, images, "1", replace=False)

        async def everywhere(expected: list[str]) -> None:
            for _ in range(100):
                if all(lib.guild_set_names(str(GUILD)) == expected for lib in libraries):
                    return
                await asyncio.sleep(0.05)
            raise AssertionError([lib.guild_set_names(str(GUILD)) for lib in libraries])

        await everywhere(["capitals-eu"])
        played = libraries[1].sets_for(str(GUILD))["capitals-eu"]
        assert len(played.questions) == 2 and libraries[1].sets_for(str(OTHER)) == {}
        await sets.remove(GUILD, "capitals-eu")
        await everywhere([])
    finally:
        for library in libraries:
            library.close()
        await here.close()
        await there.close()


async def test_a_stored_set_that_stopped_loading_is_reported_not_fatal(
    store: Store, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    sets = server_sets(store)
    await sets.save((await sets.check(VALID, "rivers.yaml", GUILD, None, {}))[0], {}, "1",
                    replace=False)  # fmt: skip
    # As if a later quizbot refused what an earlier one accepted.
    await store.import_sets([_raw("bad", BROKEN)], NOW)
    library = Library(tmp_path / "none", lambda: store)
    await library.load()
    assert library.guild_set_names(str(GUILD)) == ["rivers"]
    told = [r.getMessage() for r in caplog.records if "quiz set problem" in r.getMessage()]
    assert told and all(f"guild {GUILD}" in t and "bad.yaml:" in t for t in told)


def _raw(name: str, content: bytes) -> SetUpload:
    return SetUpload(str(GUILD), name, content, "", NOW)


def _giving(store: Store) -> Callable[[], Store]:
    return lambda: store


async def test_resync_refreshes_only_the_servers_that_changed(store: Store, tmp_path: Path) -> None:
    sets = server_sets(store)
    for guild in (GUILD, OTHER):
        checked, _ = await sets.check(VALID, "rivers.yaml", guild, None, {})
        await sets.save(checked, {}, "1", replace=False)
    library = Library(tmp_path / "none", _giving(store))  # not listening: hears nothing
    await library.load()
    assert await library.resync() == []
    newer, _ = await sets.check(RED_TRIVIA, "rivers.yaml", OTHER, None, {})
    await sets.save(newer, {}, "1", replace=True)
    await sets.remove(GUILD, "rivers")
    assert await library.resync() == sorted([str(GUILD), str(OTHER)])
    assert library.guild_set_names(str(GUILD)) == []
    assert len(library.sets_for(str(OTHER))["rivers"].questions) == 2
    assert await library.resync() == []
    library.close()


async def test_pictures_of_old_versions_go_but_the_one_before_stays(
    store: Store, tmp_path: Path
) -> None:
    sets = server_sets(store)
    library = Library(tmp_path / "none", _giving(store))
    await library.load()
    shown = []
    text = VALID.replace(b"explain:", b"image: map.png\n    explain:", 1)
    try:
        for shade in (10, 20, 30):
            picture = image_bytes("PNG", colour=(shade, 0, 0))
            checked, images = await sets.check(text, "maps.yaml", GUILD, None, {"map.png": picture})
            await sets.save(checked, images, "1", replace=True)
            await library.refresh_guild(str(GUILD))
            image_file = library.sets_for(str(GUILD))["maps"].questions[0].image_file
            assert image_file is not None and Path(image_file).read_bytes() == picture
            shown.append(Path(image_file))
        assert [p.exists() for p in shown] == [False, True, True]
    finally:
        library.close()
    assert not any(p.exists() for p in shown)


async def test_a_set_with_too_many_pictures_is_refused_in_words(store: Store) -> None:
    sets = server_sets(store)
    checked, _ = await sets.check(VALID, "maps.yaml", GUILD, None, {})
    many = {f"p{i}.png": b"x" for i in range(MAX_PICTURES + 1)}
    with pytest.raises(GuildSetError, match=f"at most {MAX_PICTURES} pictures"):
        await sets.save(checked, many, "1", replace=False)
    assert await store.set_versions() == []
