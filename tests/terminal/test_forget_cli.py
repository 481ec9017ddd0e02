"""`quizbot forget --name NAME`: asks first, then deletes the player's rows for good."""

from __future__ import annotations

import sqlite3

from tests.terminal.helpers import RIGHT, WRONG, QuizEnv, planned_ids


def _play(env: QuizEnv, name: str, answers: dict[str, str]) -> None:
    plan = planned_ids(7, 4)
    typed = "\n".join(answers[q] for q in plan) + "\n"
    assert env.run("play", "--seed", "7", "--name", name, stdin=typed).returncode == 0


def _count(env: QuizEnv, table: str, player: str) -> int:
    with sqlite3.connect(env.database) as conn:
        row = conn.execute(f"SELECT COUNT(*) FROM {table} WHERE player_id = ?", (player,))
        return int(row.fetchone()[0])


def test_forget_asks_and_a_no_or_end_of_input_keeps_everything(env: QuizEnv) -> None:
    _play(env, "alice", WRONG)
    for typed in ("n\n", "", "maybe\n"):
        done = env.run("forget", "--name", "alice", stdin=typed)
        assert done.returncode == 1
        assert "Delete every answer, score and review card of alice?" in done.stdout
        assert "Nothing was deleted." in done.stdout
    assert _count(env, "answers", "local:alice") == 4
    assert _count(env, "review_cards", "local:alice") == 4


def test_forget_after_yes_deletes_the_player_and_keeps_the_others(env: QuizEnv) -> None:
    _play(env, "alice", WRONG)
    _play(env, "bob", RIGHT)

    done = env.run("forget", "--name", "alice", stdin="y\n")

    assert done.returncode == 0, done.stderr
    assert "Forgot alice. Deleted 4 answers and 4 review cards." in done.stdout
    for table in ("answers", "player_totals", "review_cards", "players"):
        assert _count(env, table, "local:alice") == 0, table
        assert _count(env, table, "local:bob") > 0, table
    board = env.run("leaderboard")
    assert "bob" in board.stdout and "alice" not in board.stdout
    stats = env.run("stats", "--name", "alice")
    assert "No answers yet for alice" in stats.stdout


def test_forget_yes_skips_the_question_for_scripts(env: QuizEnv) -> None:
    _play(env, "alice", RIGHT)
    done = env.run("forget", "--name", "alice", "--yes")
    assert done.returncode == 0, done.stderr
    assert "[y/N]" not in done.stdout
    assert "Forgot alice. Deleted 4 answers and 4 review cards." in done.stdout
    assert _count(env, "answers", "local:alice") == 0
