"""Shared inputs for the drafting tests: our own article and the seed article."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Written for these tests (a made-up footbridge opening); not taken from anywhere.
BRIDGE_ARTICLE = (
    "Porto Mayor Helena Varela opened the new Ribeira footbridge on Saturday, after four "
    "years of work. The bridge cost 38 million euros and carries about 12,000 pedestrians a "
    "day. Lisbon Mayor Duarte Pimentel, who met Varela at the ceremony, praised the design. "
    "Construction began in 2020, when fewer than 30% of residents backed the plan. In March "
    "2024, Portugal and Spain agreed to share the design with other river cities. "
    "“A bridge for everyone,” Varela told the crowd.\n"
)

REPO = Path(__file__).resolve().parents[2]
SEED = REPO.parent / "shared" / "seeds" / "000_c9018f94a7c733dc.txt"


def read_seed(path: Path = SEED) -> str:
    if not path.is_file():
        missing = f"seed article not found at {path} (the shared folder sits beside the repo)"
        # CI has the shared folder: there a missing seed is a broken checkout, not a skip.
        if os.environ.get("CI"):
            pytest.fail(missing)
        pytest.skip(missing)
    return path.read_text(encoding="utf-8")


@pytest.fixture
def seed_text() -> str:
    return read_seed()
