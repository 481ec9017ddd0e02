"""Where the seed article is expected (CI), its absence fails the run instead of skipping."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import read_seed


def test_a_missing_seed_fails_under_ci(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="seed article not found"):
        read_seed(tmp_path / "missing.txt")


def test_a_missing_seed_skips_elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="seed article not found"):
        read_seed(tmp_path / "missing.txt")


def test_a_present_seed_is_read(tmp_path: Path) -> None:
    seed = tmp_path / "seed.txt"
    seed.write_text("An article.\n", encoding="utf-8")
    assert read_seed(seed) == "An article.\n"
