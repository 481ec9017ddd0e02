"""Uploaded sets in the store, on both backends: exact bytes, versions, pictures,
the per-server limit under concurrent writers, removal, imports that happen once."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from bot.store import Store, StoreError
from bot.store.sets import MAX_PICTURE_BYTES, SetRefusedError, SetUpload
from tests.store.backends import Backend, reopened
from tests.store.helpers import T0, answer

TEXT = b"title: Rivers\r\nquestions:\r\n  - id: q1\r\n    ask: Longest?\r\n    answer: Nile\r\n"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def upload(
    name: str = "rivers",
    content: bytes = TEXT,
    *,
    scope: str = "111",
    uploader: str = "42",
    at_minute: int = 0,
    pictures: dict[str, bytes] | None = None,
) -> SetUpload:
    return SetUpload(
        scope, name, content, uploader, T0 + timedelta(minutes=at_minute), pictures or {}
    )


async def test_a_set_comes_back_byte_for_byte_with_its_pictures(backend: Backend) -> None:
    content = TEXT + b"# \xc3\xa9t\xc3\xa9 \x00 raw bytes kept\n"
    async with reopened(backend) as store:
        version = await store.save_set(
            upload(content=content, pictures={"map.png": PNG, "b.gif": b"GIF89a"}),
            replace=False,
            max_sets=5,
        )
    async with reopened(backend) as store:  # another process, later
        stored = await store.get_set("111", "rivers")
    assert version == 1 and stored is not None
    assert stored.content == content
    assert stored.pictures == {"map.png": PNG, "b.gif": b"GIF89a"}
    assert (stored.uploader, stored.uploaded_at, stored.version) == ("42", T0, 1)


async def test_replacing_bumps_the_version_and_swaps_the_pictures(store: Store) -> None:
    await store.save_set(upload(pictures={"old.png": PNG}), replace=False, max_sets=1)
    with pytest.raises(SetRefusedError) as refused:
        await store.save_set(upload(content=b"other"), replace=False, max_sets=1)
    assert refused.value.kind == "exists"
    # Replacing is not adding: the limit of one does not refuse it.
    newer = upload(content=b"second", uploader="7", at_minute=5, pictures={"new.png": b"x"})
    assert await store.save_set(newer, replace=True, max_sets=1) == 2
    stored = await store.get_set("111", "rivers")
    assert stored is not None
    assert (stored.content, stored.uploader, stored.version) == (b"second", "7", 2)
    assert stored.pictures == {"new.png": b"x"}
    [listed] = await store.set_versions("111")
    assert listed.stamp == (2, T0 + timedelta(minutes=5)) == stored.stamp


async def test_the_limit_counts_only_the_servers_own_sets(store: Store) -> None:
    await store.save_set(upload("a"), replace=False, max_sets=2)
    await store.save_set(upload("b"), replace=True, max_sets=2)  # new, though replace was allowed
    await store.save_set(upload("a", scope="222"), replace=False, max_sets=2)
    with pytest.raises(SetRefusedError) as refused:
        await store.save_set(upload("c"), replace=True, max_sets=2)
    assert refused.value.kind == "full"
    assert [(v.scope, v.name) for v in await store.set_versions()] == [
        ("111", "a"),
        ("111", "b"),
        ("222", "a"),
    ]
    assert [v.name for v in await store.set_versions("222")] == ["a"]
    assert await store.get_set("111", "c") is None


async def test_removing_takes_the_pictures_and_a_second_remove_is_refused(
    backend: Backend, store: Store
) -> None:
    await store.save_set(upload(pictures={"map.png": PNG}), replace=False, max_sets=5)
    await store.save_set(upload("keep", pictures={"map.png": PNG}), replace=False, max_sets=5)
    await store.remove_set("111", "rivers")
    assert await store.get_set("111", "rivers") is None
    with pytest.raises(SetRefusedError) as refused:
        await store.remove_set("111", "rivers")
    assert refused.value.kind == "missing"
    left = await backend.rows("SELECT set_name, file_name FROM guild_set_pictures")
    assert left == [("keep", "map.png")]
    # Uploaded again after a removal, it starts over but is told apart by its time.
    await store.save_set(upload(at_minute=9), replace=False, max_sets=5)
    [again] = [v for v in await store.set_versions("111") if v.name == "rivers"]
    assert again.stamp == (1, T0 + timedelta(minutes=9))


@pytest.mark.parametrize("attempt", range(3))
async def test_concurrent_uploads_from_two_processes_never_pass_the_limit(
    backend: Backend, attempt: int
) -> None:
    async with reopened(backend) as first, reopened(backend) as second:
        stores = [first, second] * 4
        tries = [
            stores[i].save_set(upload(f"set-{i}"), replace=False, max_sets=1) for i in range(8)
        ]
        results = await asyncio.gather(*tries, return_exceptions=True)
        assert sorted(type(r).__name__ for r in results) == ["SetRefusedError"] * 7 + ["int"]
        assert {r.kind for r in results if isinstance(r, SetRefusedError)} == {"full"}
        assert len(await first.set_versions("111")) == 1


@pytest.mark.parametrize("attempt", range(3))
async def test_concurrent_new_sets_of_one_name_keep_one(backend: Backend, attempt: int) -> None:
    async with reopened(backend) as first, reopened(backend) as second:
        stores = [first, second] * 3
        versions = [upload(content=f"version {i}".encode()) for i in range(6)]
        results = await asyncio.gather(
            *(
                s.save_set(v, replace=False, max_sets=10)
                for s, v in zip(stores, versions, strict=True)
            ),
            return_exceptions=True,
        )
        won = [i for i, r in enumerate(results) if r == 1]
        assert len(won) == 1
        assert all(isinstance(r, SetRefusedError) and r.kind == "exists"
                   for i, r in enumerate(results) if i not in won)  # fmt: skip
        stored = await second.get_set("111", "rivers")
        assert stored is not None and stored.content == f"version {won[0]}".encode()


async def test_importing_twice_stores_once_and_never_undoes_a_change(store: Store) -> None:
    found = [upload("a", pictures={"p.png": PNG}), upload("b"), upload("c", scope="222")]
    assert await store.import_sets(found, T0) == 3
    assert await store.import_sets(found, T0) == 0
    a = await store.get_set("111", "a")
    assert a is not None and a.pictures == {"p.png": PNG} and a.version == 1
    # Removed after the import: the same folder does not bring it back.
    await store.remove_set("111", "b")
    # Replaced after the import: the newer upload is kept.
    await store.save_set(upload("c", b"newer", scope="222"), replace=True, max_sets=5)
    assert await store.import_sets(found, T0) == 0
    assert await store.get_set("111", "b") is None
    c = await store.get_set("222", "c")
    assert c is not None and c.content == b"newer"
    # A set of that name exists with other content: kept, and the file is not taken later.
    assert await store.import_sets([upload("c", b"from disk", scope="222")], T0) == 0
    await store.remove_set("222", "c")
    assert await store.import_sets([upload("c", b"from disk", scope="222")], T0) == 0


async def test_what_no_upload_may_be_is_refused_before_the_database(store: Store) -> None:
    with pytest.raises(StoreError, match="bytes"):
        await store.save_set(
            upload(pictures={"huge.png": b"x" * (MAX_PICTURE_BYTES + 1)}),
            replace=False,
            max_sets=5,
        )
    with pytest.raises(StoreError, match="picture name"):
        await store.save_set(upload(pictures={"../x.png": PNG}), replace=False, max_sets=5)
    with pytest.raises(StoreError, match="bytes"):
        await store.save_set(upload(content=b"#" * (4 * 1024 * 1024 + 1)), replace=False,
                             max_sets=5)  # fmt: skip
    assert await store.set_versions() == []


async def test_the_database_itself_refuses_an_oversized_picture(backend: Backend) -> None:
    async with reopened(backend) as store:
        await store.save_set(upload(), replace=False, max_sets=5)
    with pytest.raises(Exception, match=r"(?i)constraint|check"):
        await backend.rows(
            "INSERT INTO guild_set_pictures (scope, set_name, file_name, data) VALUES (?, ?, ?, ?)",
            "111",
            "rivers",
            "big.png",
            b"x" * (MAX_PICTURE_BYTES + 1),
        )


async def test_forgetting_a_player_takes_their_id_off_their_sets(store: Store) -> None:
    await store.record_answer(answer("42", scope="111"))
    await store.save_set(upload("mine"), replace=False, max_sets=5)
    await store.save_set(upload("theirs", scope="222"), replace=False, max_sets=5)
    await store.forget_player("42", "111")
    mine, theirs = await store.get_set("111", "mine"), await store.get_set("222", "theirs")
    assert mine is not None and mine.uploader == "" and mine.content == TEXT
    assert theirs is not None and theirs.uploader == "42"
    await store.forget_player("42")
    theirs = await store.get_set("222", "theirs")
    assert theirs is not None and theirs.uploader == ""
