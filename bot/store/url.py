"""Where the scores live: a database URL, read once at start-up.

Accepted: a plain file path; `sqlite:///relative/path` or `sqlite:////absolute/path`
(as SQLAlchemy writes them); `postgresql://user[:password]@host[:port]/dbname`
(or `postgres://`). Anything else is a `StoreError` naming what is wrong. The
password is never part of a message: `shown` prints it as `***`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from urllib.parse import SplitResult, urlsplit, urlunsplit

from bot.store.records import StoreError

Backend = Literal["sqlite", "postgresql"]

_SQLITE = "sqlite://"
_POSTGRES_SCHEMES = ("postgresql", "postgres")


@dataclass(frozen=True, slots=True)
class DatabaseUrl:
    backend: Backend
    text: str = field(repr=False)  # what the driver gets; may hold a password
    path: Path | None = None  # SQLite only

    @property
    def shown(self) -> str:
        """For messages and logs: SQLite's path, or the URL with any password masked."""
        if self.path is not None:
            return str(self.path)
        return _mask(urlsplit(self.text))


def parse_database_url(value: str | Path, base: Path | None = None) -> DatabaseUrl:
    """Read a configured database. Relative SQLite paths are taken from `base`
    (the settings file's folder) when given."""
    text = str(value).strip()
    if not text:
        raise StoreError("the database setting is empty; give a file path or a URL")
    if isinstance(value, Path) or "://" not in text:
        return _sqlite(Path(text), base)
    if text.startswith(_SQLITE):
        rest = text[len(_SQLITE) :]
        if not rest.startswith("/") or rest == "/":
            raise StoreError(
                f"database URL {text!r}: write sqlite:///relative/path or sqlite:////absolute/path"
            )
        return _sqlite(Path(rest[1:]), base)
    parts = urlsplit(text)
    if parts.scheme not in _POSTGRES_SCHEMES:
        raise StoreError(
            f"database URL {_mask(parts)!r}: unknown kind {parts.scheme!r};"
            " use a file path, sqlite:///path or postgresql://user@host/dbname"
        )
    return _postgres(parts)


def _sqlite(path: Path, base: Path | None) -> DatabaseUrl:
    if str(path) in {"", "."}:
        raise StoreError("the SQLite database needs a file path")
    full = path if path.is_absolute() or base is None else base / path
    return DatabaseUrl("sqlite", str(full), full)


def _postgres(parts: SplitResult) -> DatabaseUrl:
    shown = _mask(parts)
    try:
        port = parts.port
    except ValueError:
        raise StoreError(f"database URL {shown!r}: the port is not a number") from None
    if not parts.hostname and "host=" not in parts.query:
        raise StoreError(f"database URL {shown!r}: no host (postgresql://user@host/dbname)")
    if not parts.path.strip("/"):
        raise StoreError(f"database URL {shown!r}: no database name after the host")
    if port == 0:
        raise StoreError(f"database URL {shown!r}: port 0 is not a server")
    return DatabaseUrl("postgresql", urlunsplit(parts))


def _mask(parts: SplitResult) -> str:
    if parts.password is None:
        return urlunsplit(parts)
    user = parts.username or ""
    host = parts.hostname or ""
    port = f":{parts.port}" if _port_or_none(parts) is not None else ""
    netloc = f"{user}:***@{host}{port}"
    return urlunsplit(parts._replace(netloc=netloc))


def _port_or_none(parts: SplitResult) -> int | None:
    try:
        return parts.port
    except ValueError:
        return None
