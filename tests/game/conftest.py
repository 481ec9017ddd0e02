"""Game tests that take `store` or `backend` run on SQLite and on PostgreSQL."""

from __future__ import annotations

from tests.store.backends import backend, store

__all__ = ["backend", "store"]  # pytest finds fixtures by name in a conftest
