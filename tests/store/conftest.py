"""Every store test that takes `store` or `backend` runs against SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.store.backends import backend, store

__all__ = ["backend", "db_path", "store"]  # pytest finds fixtures by name in a conftest


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "scores.db"
