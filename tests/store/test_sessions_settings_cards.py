"""Session history, per-guild settings and review cards."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest

from bot.store import SessionRecord, Store, StoreError
from tests.store.backends import Backend
from tests.store.helpers import T0


def session(n: int, channel: str = "c1", *questions: str) -> SessionRecord:
    return SessionRecord(
        session_id=f"s{n}",
        scope="guild-1",
        channel=channel,
        set_names=("article",),
        started_at=T0 + timedelta(hours=n),
        questions=tuple(("article", q) for q in questions),
    )


async def test_recent_questions_cover_the_last_sessions_of_that_channel(store: Store) -> None:
    await store.record_session(session(1, "c1", "q1", "q2"))
    await store.record_session(session(2, "c1", "q3"))
    await store.record_session(session(3, "c1", "q4"))
    await store.record_session(session(4, "c1", "q5"))
    await store.record_session(session(5, "c2", "q9"))
    assert await store.recent_questions("guild-1", "c1") == {
        ("article", "q3"),
        ("article", "q4"),
        ("article", "q5"),
    }
    assert await store.recent_questions("guild-1", "c1", sessions=1) == {("article", "q5")}
    assert await store.recent_questions("guild-1", "c2", sessions=10) == {("article", "q9")}
    assert await store.recent_questions("guild-2", "c1") == set()
    assert await store.recent_questions("guild-1", "c1", sessions=0) == set()


async def test_recording_a_session_again_adds_questions_and_finish(
    store: Store, backend: Backend
) -> None:
    await store.record_session(session(1, "c1", "q1"))
    await store.record_session(session(1, "c1", "q2"))  # only the new key
    finished = session(1, "c1", "q1", "q2", "q3")
    await store.record_session(replace(finished, finished_at=T0 + timedelta(hours=2)))
    assert await store.recent_questions("guild-1", "c1") == {
        ("article", f"q{n}") for n in (1, 2, 3)
    }
    assert [q.asked for q in await store.question_stats()] == [1, 1, 1]
    row = await backend.rows("SELECT started_us, finished_us FROM sessions")
    hour_us = 3600 * 10**6
    assert row == [(row[0][0], row[0][0] + hour_us)]
    # A later start-only record must not wipe the finish time.
    await store.record_session(session(1, "c1"))
    assert (await backend.rows("SELECT finished_us FROM sessions"))[0][0] is not None


async def test_guild_settings_round_trip(store: Store) -> None:
    assert await store.get_guild_settings("guild-1") == {}
    await store.set_guild_settings("guild-1", {"time_limit": 20, "mode": "race", "hints": [5, 10]})
    await store.set_guild_settings("guild-2", {"questions": 3})
    assert await store.get_guild_settings("guild-1") == {
        "time_limit": 20,
        "mode": "race",
        "hints": [5, 10],
    }
    await store.set_guild_settings("guild-1", {"questions": 7})  # replaces, does not merge
    assert await store.get_guild_settings("guild-1") == {"questions": 7}
    await store.set_guild_settings("guild-1", {})
    assert await store.get_guild_settings("guild-1") == {}
    assert await store.get_guild_settings("guild-2") == {"questions": 3}


async def test_guild_settings_must_be_plain_json(store: Store) -> None:
    with pytest.raises(StoreError, match="not plain JSON"):
        await store.set_guild_settings("guild-1", {"when": T0})
    with pytest.raises(StoreError, match="not plain JSON"):
        await store.set_guild_settings("guild-1", {"limit": float("nan")})
    assert await store.get_guild_settings("guild-1") == {}


async def test_review_cards_put_get_and_due_order(store: Store) -> None:
    def card(step: int) -> str:
        return json.dumps({"step": step})

    await store.put_card("guild-1", "ann", "article", "q1", card_json=card(1), due=T0)
    await store.put_card(
        "guild-1", "ann", "article", "q2", card_json=card(1), due=T0 - timedelta(days=2)
    )
    await store.put_card(
        "guild-1", "ann", "article", "q3", card_json=card(1), due=T0 + timedelta(days=1)
    )
    await store.put_card(
        "guild-1", "bob", "article", "q1", card_json=card(1), due=T0 - timedelta(days=9)
    )
    await store.put_card(
        "guild-2", "ann", "article", "q1", card_json=card(1), due=T0 - timedelta(days=9)
    )
    assert await store.get_card("guild-1", "ann", "article", "q1") == card(1)
    assert await store.get_card("guild-1", "ann", "article", "nope") is None
    due = await store.due_cards("guild-1", "ann", T0)
    assert [(c.question_id, c.due) for c in due] == [
        ("q2", T0 - timedelta(days=2)),
        ("q1", T0),  # due exactly now counts
    ]
    assert [c.question_id for c in await store.due_cards("guild-1", "ann", T0, limit=1)] == ["q2"]
    # Reviewing q2 pushes it later and updates the stored card.
    await store.put_card(
        "guild-1", "ann", "article", "q2", card_json=card(2), due=T0 + timedelta(days=4)
    )
    assert await store.get_card("guild-1", "ann", "article", "q2") == card(2)
    assert [c.question_id for c in await store.due_cards("guild-1", "ann", T0)] == ["q1"]
    later = await store.due_cards("guild-1", "ann", T0 + timedelta(days=5))
    assert [c.question_id for c in later] == ["q1", "q3", "q2"]


async def test_review_card_must_be_json(store: Store) -> None:
    with pytest.raises(StoreError, match="not JSON"):
        await store.put_card("guild-1", "ann", "article", "q1", card_json="{oops", due=T0)
    assert await store.get_card("guild-1", "ann", "article", "q1") is None
