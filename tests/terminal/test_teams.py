"""`quizbot play --team NAME`: the local player plays for a named team."""

from __future__ import annotations

import sqlite3

from tests.terminal.helpers import RIGHT, WRONG, QuizEnv, planned_ids

SEED = 5


def test_the_standings_name_the_team_and_its_points(env: QuizEnv) -> None:
    plan = planned_ids(SEED, 3)
    # A wrong answer closes the question at once: the only player has no guess left.
    answers = [RIGHT[plan[0]], WRONG[plan[1]], RIGHT[plan[2]]]

    done = env.run(
        "play",
        "--seed",
        str(SEED),
        "--questions",
        "3",
        "--name",
        "ann",
        "--team",
        " Night\tOwls ",
        stdin="\n".join(answers) + "\n",
    )

    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "teams · playing as ann for team Night Owls" in out
    players, teams = out.split("Final standings (3 questions)")[1].split("Teams")
    points = int(players.split("ann")[1].split("points")[0])
    assert points > 0
    assert f"1.  Team Night Owls  {points} points  2 right answers  best: ann" in teams
    # Each answer is stored as the player's own, with the team beside it.
    with sqlite3.connect(env.database) as conn:
        rows = conn.execute("SELECT player_id, team, points FROM answers").fetchall()
    assert {(pid, team) for pid, team, _ in rows} == {("local:ann", "night owls")}
    assert sum(p for _, _, p in rows) == points


def test_mode_teams_without_a_team_or_with_another_mode_is_refused(env: QuizEnv) -> None:
    missing = env.run("play", "--mode", "teams")
    assert missing.returncode == 2
    assert "--mode teams needs the team you play for: --team NAME" in missing.stderr
    mixed = env.run("play", "--mode", "solo", "--team", "Owls")
    assert mixed.returncode == 2 and "cannot be combined with --mode solo" in mixed.stderr
    blank = env.run("play", "--team", "  ")
    assert blank.returncode == 2 and "a team name needs at least one visible character" in (
        blank.stderr
    )
    assert "Traceback" not in missing.stderr + mixed.stderr + blank.stderr
