"""Player and question statistics, and resetting a scope."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from bot.store import QuestionStats, SessionRecord, Store, Tally
from tests.store.helpers import T0, answer


def minutes(n: int) -> datetime:
    return T0 + timedelta(minutes=n)


async def test_player_stats_count_questions_not_guesses(store: Store) -> None:
    # Written out of time order on purpose: the streak follows answered_at.
    plan = [
        # minute, session, set, question, tags, correct, points
        (5, "s1", "art", "q5", ("dates",), True, 8),
        (0, "s1", "art", "q1", ("people",), True, 10),
        (1, "s1", "art", "q2", ("people", "dates"), False, 0),
        (2, "s1", "art", "q3", ("numbers",), True, 6),
        (3, "s1", "geo", "g1", ("places",), True, 12),
        (4, "s1", "geo", "g2", ("places", "numbers"), True, 9),
        # q2 again in a later quiz: two guesses at one question, the second right.
        (6, "s2", "art", "q2", ("people", "dates"), False, 0),
        (7, "s2", "art", "q2", ("people", "dates"), True, 3),
        (8, "s2", "geo", "g2", ("places", "numbers"), False, 0),
    ]
    for minute, session, set_name, qid, tags, correct, points in plan:
        await store.record_answer(
            answer(
                "ann",
                name="Ann",
                session_id=session,
                set_name=set_name,
                question_id=qid,
                tags=tags,
                correct=correct,
                points=points,
                at=minutes(minute),
            )
        )
    await store.record_answer(
        answer("ann", scope="guild-2", points=100)
    )  # other scope: not counted
    stats = await store.player_stats("guild-1", "ann")
    assert (stats.name, stats.answered, stats.correct, stats.points) == ("Ann", 8, 6, 48)
    assert stats.guesses == 9
    assert stats.accuracy == pytest.approx(6 / 8)
    assert stats.best_streak == 5  # minutes 2, 3, 4, 5, then q2 right at the second guess
    assert stats.per_set == {"art": Tally(5, 4, 4 / 5), "geo": Tally(3, 2, 2 / 3)}
    assert stats.per_tag == {
        "people": Tally(3, 2, 2 / 3),
        "dates": Tally(3, 2, 2 / 3),
        "numbers": Tally(3, 2, 2 / 3),
        "places": Tally(3, 2, 2 / 3),
    }
    assert stats.weakest == (
        QuestionStats("art", "q2", 2, 2, 1, 0.5),
        QuestionStats("geo", "g2", 2, 2, 1, 0.5),
    )
    assert len((await store.player_stats("guild-1", "ann", weakest=1)).weakest) == 1
    row = (await store.leaderboard("guild-1", "all", T0))[0]
    assert (row.correct, row.answered) == (stats.correct, stats.answered)


async def test_unknown_player_has_empty_stats(store: Store) -> None:
    await store.record_answer(answer("ann", scope="guild-2"))
    stats = await store.player_stats("guild-1", "ann")
    assert (stats.name, stats.answered, stats.accuracy, stats.best_streak) == (None, 0, 0.0, 0)
    assert stats.per_tag == {} and stats.weakest == ()


async def test_question_stats_hardest_first(store: Store) -> None:
    outcomes = {"easy": [True, True, True], "hard": [False, False, True], "mid": [True, False]}
    for qid, results in outcomes.items():
        for n, correct in enumerate(results):
            await store.record_answer(answer(f"p{n}", question_id=qid, correct=correct))
    await store.record_answer(answer("p0", set_name="other", question_id="x", correct=False))
    # Asked twice, never answered: nobody got it, so it ranks as fully missed.
    for session in ("s1", "s2"):
        await store.record_session(
            SessionRecord(session, "guild-1", "c", ("article",), T0, None, (("article", "ghost"),))
        )
    found = await store.question_stats("article")
    assert [(q.question_id, q.asked, q.answered, q.correct) for q in found] == [
        ("ghost", 2, 0, 0),
        ("hard", 0, 3, 1),
        ("mid", 0, 2, 1),
        ("easy", 0, 3, 3),
    ]
    assert [q.miss_rate for q in found] == pytest.approx([1.0, 2 / 3, 0.5, 0.0])
    everything = await store.question_stats(limit=2)
    assert [(q.set_name, q.question_id) for q in everything] == [
        ("other", "x"),  # equally missed, but one wrong answer beats none
        ("article", "ghost"),
    ]
    assert await store.question_stats(scope="guild-9") == []


async def test_reset_scores_only_touches_its_scope(store: Store) -> None:
    for scope in ("guild-1", "guild-2"):
        await store.record_answer(answer("p1", scope=scope, points=5))
        await store.record_answer(answer("p2", scope=scope, points=7))
    await store.set_guild_settings("guild-1", {"questions": 3})
    await store.put_card("guild-1", "p1", "article", "q1", card_json="{}", due=T0)
    await store.record_session(
        SessionRecord("s1", "guild-1", "c", ("article",), T0, None, (("a", "q"),))
    )
    assert await store.reset_scores("guild-1") == 2
    assert await store.leaderboard("guild-1", "all", T0) == []
    assert await store.leaderboard("guild-1", "week", T0) == []
    assert (await store.player_stats("guild-1", "p1")).answered == 0
    assert [r.points for r in await store.leaderboard("guild-2", "all", T0)] == [7, 5]
    assert (await store.player_stats("guild-2", "p2")).points == 7
    # Settings, review cards and question history are not scores: kept.
    assert await store.get_guild_settings("guild-1") == {"questions": 3}
    assert await store.get_card("guild-1", "p1", "article", "q1") == "{}"
    assert await store.recent_questions("guild-1", "c") == {("a", "q")}
    # Scores start again from zero afterwards.
    await store.record_answer(answer("p1", scope="guild-1", points=1))
    assert [r.points for r in await store.leaderboard("guild-1", "all", T0)] == [1]
    assert await store.reset_scores("guild-3") == 0


async def test_batch_writes_match_single_writes(store: Store) -> None:
    batch = [
        answer(f"p{n % 3}", question_id=f"q{n}", points=n, correct=n % 2 == 0) for n in range(30)
    ]
    assert await store.record_answers(batch) == 30
    for record in batch:
        await store.record_answer(replace(record, scope="single"))
    for scope in ("guild-1", "single"):
        rows = await store.leaderboard(scope, "all", T0)
        assert [(r.player_id, r.points, r.correct, r.answered) for r in rows] == [
            ("p2", 155, 5, 10),
            ("p1", 145, 5, 10),
            ("p0", 135, 5, 10),
        ]


async def test_batch_keeps_the_name_from_the_latest_answer(store: Store) -> None:
    await store.record_answers(
        [
            answer("p1", name="Newest", at=minutes(9)),
            answer("p1", name="Oldest", at=minutes(1)),
            answer("p1", name="Middle", at=minutes(5)),
        ]
    )
    assert (await store.player_stats("guild-1", "p1")).name == "Newest"
    await store.record_answers([answer("p1", name="Stale", at=minutes(2))])
    assert (await store.player_stats("guild-1", "p1")).name == "Newest"
