"""Shared inputs for the drafting tests: our own article and the seed article."""

from __future__ import annotations

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


@pytest.fixture
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip(f"seed article not found at {SEED} (the shared folder sits beside the repo)")
    return SEED.read_text(encoding="utf-8")
