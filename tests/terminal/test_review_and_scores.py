"""`quizbot review`, `quizbot stats` and `quizbot leaderboard` on a real database file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.store import DueCard, SqliteStore
from tests.store.helpers import on_store
from tests.terminal.helpers import (
    ASK,
    QuizEnv,
    play_alice_right_bob_wrong,
)

END_OF_TIME = datetime(9999, 1, 1, tzinfo=UTC)


def test_a_missed_question_comes_back_in_review(env: QuizEnv) -> None:
    played = env.run("play", "planets", "--tags", "numbers", "--name", "learner", stdin="9\n")
    assert played.returncode == 0, played.stderr
    assert "✗ Not quite" in played.stdout

    # Again puts the card a minute ahead: nothing is due yet, and review says when.
    early = env.run("review", "--name", "learner")
    assert early.returncode == 0, early.stderr
    assert "Nothing to review right now. The next card is due in 1 minute" in early.stdout

    # Let that minute pass by moving the card's due time back, as the clock would.
    async def make_due(store: SqliteStore) -> DueCard:
        (card,) = await store.due_cards("local", "local:learner", END_OF_TIME, 10)
        assert card.question_id == "planet-count"
        await store.put_card(
            "local",
            "local:learner",
            card.set_name,
            card.question_id,
            card_json=card.card_json,
            due=datetime.now(UTC) - timedelta(seconds=1),
        )
        return card

    card = on_store(env.database, make_due)

    review = env.run("review", "--name", "learner", stdin="8\n")
    assert review.returncode == 0, review.stderr
    assert "Review: 1 card due for learner" in review.stdout
    assert ASK["planet-count"] in review.stdout
    assert "> 8  ✓ Right!" in review.stdout
    assert "Pluto was moved to the dwarf planet list" in review.stdout
    assert "Review done. The next card is due in" in review.stdout

    (after,) = on_store(env.database, lambda s: s.due_cards("local", "local:learner", END_OF_TIME))
    stats = on_store(env.database, lambda s: s.player_stats("local", "local:learner"))
    # Known now: the card moved further out than the one minute a miss gives.
    assert after.due > datetime.now(UTC) + timedelta(minutes=2)
    assert after.card_json != card.card_json
    # The review answer counts as answered and right, but earns no leaderboard points.
    assert (stats.answered, stats.correct, stats.points) == (2, 1, 0)


def test_review_with_no_cards_says_so(env: QuizEnv) -> None:
    done = env.run("review", "--name", "stranger")
    assert done.returncode == 0, done.stderr
    assert "No review cards yet: play a quiz first" in done.stdout


def test_leaderboard_ranks_local_players(env: QuizEnv) -> None:
    play_alice_right_bob_wrong(env)

    board = env.run("leaderboard")
    assert board.returncode == 0, board.stderr
    lines = board.stdout.splitlines()
    assert lines[0] == "Leaderboard (all time, this computer)"
    assert lines[1].split()[:2] == ["1.", "alice"] and "4/4 right" in lines[1]
    assert lines[2].split()[:4] == ["2.", "bob", "0", "points"] and "0/4 right" in lines[2]

    week = env.run("leaderboard", "--period", "week")
    assert week.stdout.splitlines()[1:] == lines[1:]

    stats = env.run("stats", "--name", "alice")
    assert "4/4 right (100%), 4 guesses" in stats.stdout
    assert "best streak 4" in stats.stdout
    assert "Weakest questions" not in stats.stdout


def test_an_empty_leaderboard_says_how_to_fill_it(env: QuizEnv) -> None:
    board = env.run("leaderboard", "--period", "month")
    assert board.returncode == 0, board.stderr
    assert board.stdout.splitlines() == [
        "Leaderboard (this month, this computer)",
        "   No scores yet: play a quiz with `quizbot play`.",
    ]


def test_stats_and_leaderboard_never_print_control_characters(env: QuizEnv) -> None:
    name = "ev\x1b[2Jil"
    played = env.run("play", "planets", "--tags", "numbers", "--name", name, stdin="9\n")
    assert played.returncode == 0, played.stderr
    stats = env.run("stats", "--name", name)
    board = env.run("leaderboard")
    assert stats.returncode == 0 and board.returncode == 0, stats.stderr + board.stderr
    assert "Stats for ev[2Jil" in stats.stdout
    assert "ev[2Jil" in board.stdout
    assert "\x1b" not in stats.stdout + board.stdout
