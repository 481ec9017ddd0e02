"""A set played by path is first-class: `stats` and `review` find it again later."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta

from bot.store import SqliteStore
from tests.store.helpers import on_store
from tests.terminal.helpers import ASK, OWN_QUIZZES, QuizEnv

END_OF_TIME = datetime(9999, 1, 1, tzinfo=UTC)


def make_due_now(env: QuizEnv, player: str) -> str:
    async def make_due(store: SqliteStore) -> str:
        (card,) = await store.due_cards("local", player, END_OF_TIME, 10)
        await store.put_card(
            "local",
            player,
            card.set_name,
            card.question_id,
            card_json=card.card_json,
            due=datetime.now(UTC) - timedelta(seconds=1),
        )
        return card.set_name

    return on_store(env.database, make_due)


def test_a_set_played_by_path_comes_back_in_stats_and_review(env: QuizEnv) -> None:
    # Same file name as a bank set, but a different file: it must not be taken for it.
    own = env.root / "drafts" / "planets.yaml"
    own.parent.mkdir()
    shutil.copy(OWN_QUIZZES / "planets.yaml", own)

    played = env.run("play", str(own), "--tags", "numbers", "--name", "author", stdin="9\n")
    assert played.returncode == 0, played.stderr
    assert make_due_now(env, "local:author") == str(own.resolve())

    stats = env.run("stats", "--name", "author")
    assert stats.returncode == 0, stats.stderr
    assert f"{own.resolve()}  0/1 right" in stats.stdout
    assert ASK["planet-count"] in stats.stdout.split("Weakest questions:")[1]
    assert "no longer" not in stats.stdout and "not loaded" not in stats.stdout

    review = env.run("review", "--name", "author", stdin="8\n")
    assert review.returncode == 0, review.stderr
    assert "Review: 1 card due for author" in review.stdout
    assert ASK["planet-count"] in review.stdout
    assert "> 8  ✓ Right!" in review.stdout


def test_a_gone_file_is_named_with_how_to_keep_it(env: QuizEnv) -> None:
    own = env.root / "mine.yaml"
    shutil.copy(OWN_QUIZZES / "planets.yaml", own)
    played = env.run("play", str(own), "--tags", "numbers", "--name", "author", stdin="9\n")
    assert played.returncode == 0, played.stderr
    make_due_now(env, "local:author")
    own.unlink()

    review = env.run("review", "--name", "author")
    assert review.returncode == 0, review.stderr
    assert f"Played from files that are gone or broken: {own.resolve()}" in review.stdout
    assert f"copy them into {env.quizzes}" in review.stdout
    stats = env.run("stats", "--name", "author")
    assert f"gone or broken: {own.resolve()}" in stats.stdout
