"""Upload names and races: one canonical name everywhere, limits that hold under load.

Threads released together at a barrier upload at once, as two moderators
pressing Enter in the same second would.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from bot.authoring.guildsets import GuildSetError, GuildSets, validate_name
from bot.authoring.setimages import image_folder, save_with_images
from bot.engine.loader import load_bank

from .test_guildsets import GUILD, VALID

SHIPPED = frozenset({"russia-burkina-faso", "capitals"})


def guild_sets(root: Path, max_sets: int = 100) -> GuildSets:
    return GuildSets(root, 64 * 1024, shipped=lambda: SHIPPED, max_sets=max_sets)


def at_once(jobs: Sequence[Callable[[], object]]) -> list[object]:
    """Run every job in its own thread, all released together; results or errors, in order."""
    barrier = threading.Barrier(len(jobs))
    results: list[object] = [None] * len(jobs)

    def run(index: int) -> None:
        barrier.wait()
        try:
            results[index] = jobs[index]()
        except GuildSetError as error:
            results[index] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return results


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
def test_a_look_alike_of_a_shipped_name_is_refused(tmp_path: Path, typed: str) -> None:
    sets = guild_sets(tmp_path)
    with pytest.raises(GuildSetError, match="shipped with the bot"):
        sets.check_upload(VALID, "x.yaml", GUILD, typed)
    with pytest.raises(GuildSetError, match="shipped with the bot"):
        sets.check_upload(VALID, f"{typed}.yaml", GUILD)


def test_a_double_dash_upload_is_the_same_set_everywhere(tmp_path: Path) -> None:
    sets = guild_sets(tmp_path)
    sets.save(sets.check_upload(VALID, "quiz-one.yaml", GUILD))
    impostor = sets.check_upload(VALID.replace(b"Rivers", b"Impostor"), "quiz--one.yaml", GUILD)
    assert impostor.name == "quiz-one" and impostor.quiz.name == "quiz-one"
    assert sets.exists(GUILD, impostor.name), "so the replace prompt is shown"
    with pytest.raises(GuildSetError, match="meanwhile"):
        sets.save(impostor, replace=False)
    sets.save(impostor, replace=True)
    assert sets.names(GUILD) == ["quiz-one"]
    bank = load_bank(sets.folder(GUILD))
    assert list(bank.sets) == ["quiz-one"] and bank.sets["quiz-one"].title == "Impostor"
    assert b"Impostor" in sets.read(GUILD, "quiz--one")
    sets.remove(GUILD, "quiz--one")
    assert sets.names(GUILD) == []


@pytest.mark.parametrize("attempt", range(5))
def test_concurrent_uploads_never_exceed_the_limit(tmp_path: Path, attempt: int) -> None:
    sets = guild_sets(tmp_path, max_sets=1)
    checked = [sets.check_upload(VALID, f"set-{i}.yaml", GUILD) for i in range(8)]
    results = at_once([functools.partial(sets.save, c, replace=False) for c in checked])
    saved = [r for r in results if isinstance(r, Path)]
    refused = [r for r in results if isinstance(r, GuildSetError)]
    assert len(saved) == 1 and len(refused) == 7
    assert all("already has 1 uploaded set" in str(r) for r in refused)
    assert len(sets.names(GUILD)) == 1


@pytest.mark.parametrize("attempt", range(5))
def test_concurrent_new_uploads_of_one_name_keep_one_and_refuse_the_rest(
    tmp_path: Path, attempt: int
) -> None:
    sets = guild_sets(tmp_path)
    versions = [
        sets.check_upload(VALID.replace(b"Rivers", f"Version {i}".encode()), "same.yaml", GUILD)
        for i in range(6)
    ]
    # Each member saw no set named `same`, so none was asked to replace one.
    results = at_once([functools.partial(sets.save, v, replace=False) for v in versions])
    saved = [i for i, r in enumerate(results) if isinstance(r, Path)]
    assert len(saved) == 1
    assert f"Version {saved[0]}".encode() in sets.read(GUILD, "same")
    assert all("meanwhile" in str(r) for r in results if isinstance(r, GuildSetError))


def test_a_refused_upload_leaves_the_pictures_of_the_set_it_lost_to(tmp_path: Path) -> None:
    sets = guild_sets(tmp_path)
    first = sets.check_upload(VALID, "maps.yaml", GUILD)
    second = sets.check_upload(VALID.replace(b"Rivers", b"Second"), "maps.yaml", GUILD)
    jobs = [
        functools.partial(save_with_images, sets, checked, {"map.png": data}, replace=False)
        for checked, data in ((first, b"first picture"), (second, b"second picture"))
    ]
    results = at_once(jobs)
    winner = 0 if results[0] is None else 1
    assert isinstance(results[1 - winner], GuildSetError)
    picture = image_folder(sets, GUILD, "maps") / "map.png"
    assert picture.read_bytes() == (b"first picture", b"second picture")[winner]
    assert (b"Rivers", b"Second")[winner] in sets.read(GUILD, "maps")
