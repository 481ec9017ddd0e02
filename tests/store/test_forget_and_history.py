"""Weekly history and current streak in player stats; forgetting a player."""

from __future__ import annotations

from datetime import date, timedelta

from bot.store import SessionRecord, Store, WeekTally
from tests.store.backends import Backend
from tests.store.helpers import T0, answer


async def test_weeks_group_questions_by_iso_week_and_streaks(store: Store) -> None:
    # T0 is Wednesday 5 March 2025; the Sunday after it still belongs to its week.
    plan = [
        (timedelta(0), "q1", True, 10),
        (timedelta(days=4, hours=11), "q2", False, 0),  # Sunday 23:00
        (timedelta(days=5), "q3", True, 7),  # Monday 12:00: the next week
        (timedelta(days=19), "q4", True, 5),  # two weeks later, one week skipped
        (timedelta(days=19, minutes=1), "q5", True, 4),
    ]
    for offset, qid, correct, points in plan:
        await store.record_answer(
            answer("ann", question_id=qid, correct=correct, points=points, at=T0 + offset)
        )
    # Two guesses at one question count once: wrong then right is a right question.
    await store.record_answer(
        answer("ann", question_id="q6", correct=False, points=0, at=T0 + timedelta(days=20))
    )
    await store.record_answer(
        answer(
            "ann", question_id="q6", correct=True, points=3, at=T0 + timedelta(days=20, seconds=5)
        )
    )

    stats = await store.player_stats("guild-1", "ann")

    assert stats.weeks == (
        WeekTally(date(2025, 3, 3), answered=2, correct=1, points=10),
        WeekTally(date(2025, 3, 10), answered=1, correct=1, points=7),
        WeekTally(date(2025, 3, 24), answered=3, correct=3, points=12),
    )
    assert stats.current_streak == 4
    assert stats.best_streak == 4


async def test_current_streak_is_zero_after_a_miss(store: Store) -> None:
    await store.record_answer(answer("bo", question_id="q1", correct=True))
    await store.record_answer(
        answer("bo", question_id="q2", correct=False, at=T0 + timedelta(minutes=1))
    )
    stats = await store.player_stats("guild-1", "bo")
    assert (stats.current_streak, stats.best_streak) == (0, 1)


async def _seed_two_players_in_two_scopes(store: Store) -> None:
    for scope in ("guild-1", "guild-2"):
        for player in ("ann", "bo"):
            for n in range(3):
                await store.record_answer(
                    answer(player, scope=scope, question_id=f"q{n}", at=T0 + timedelta(minutes=n))
                )
            await store.put_card(scope, player, "article", "q1", card_json="{}", due=T0)
    await store.record_session(
        SessionRecord("s1", "guild-1", "chan-1", ("article",), T0, questions=(("article", "q1"),))
    )


async def _rows(backend: Backend, table: str, player: str) -> list[tuple[object, ...]]:
    return await backend.rows(f"SELECT * FROM {table} WHERE player_id = ?", player)


async def test_forget_everywhere_deletes_every_row_and_keeps_others(
    store: Store, backend: Backend
) -> None:
    await _seed_two_players_in_two_scopes(store)

    gone = await store.forget_player("ann")

    assert (gone.answers, gone.review_cards) == (6, 2)
    for table in ("answers", "player_totals", "review_cards", "players"):
        assert await _rows(backend, table, "ann") == [], table
        assert await _rows(backend, table, "bo"), table
    for scope in ("guild-1", "guild-2"):
        board = await store.leaderboard(scope, "all", T0)
        assert [row.player_id for row in board] == ["bo"]
        assert [row.player_id for row in await store.leaderboard(scope, "week", T0)] == ["bo"]
        assert (await store.player_stats(scope, "ann")).answered == 0
    # Question statistics stay, counted without the forgotten player.
    (q1,) = [
        q for q in await store.question_stats("article", scope="guild-1") if q.question_id == "q1"
    ]
    assert (q1.asked, q1.answered, q1.correct) == (1, 1, 1)


async def test_forget_in_one_scope_keeps_the_other_and_the_name(
    store: Store, backend: Backend
) -> None:
    await _seed_two_players_in_two_scopes(store)

    gone = await store.forget_player("ann", scope="guild-1")

    assert (gone.answers, gone.review_cards) == (3, 1)
    assert (await store.player_stats("guild-1", "ann")).answered == 0
    assert (await store.player_stats("guild-2", "ann")).answered == 3
    assert await store.get_card("guild-2", "ann", "article", "q1") == "{}"
    assert await store.get_card("guild-1", "ann", "article", "q1") is None
    assert [name for (_, name, _) in await _rows(backend, "players", "ann")] == ["ANN"]
    assert [r.player_id for r in await store.leaderboard("guild-1", "all", T0)] == ["bo"]


async def test_forgetting_a_stranger_deletes_nothing(store: Store) -> None:
    await _seed_two_players_in_two_scopes(store)
    gone = await store.forget_player("nobody")
    assert (gone.answers, gone.review_cards) == (0, 0)
    assert (await store.player_stats("guild-1", "ann")).answered == 3
