"""`quizbot play` driven as a real subprocess through a pipe."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from tests.store.helpers import on_store
from tests.terminal.helpers import (
    ASK,
    RIGHT,
    SHIPPED_SET,
    WRONG,
    QuizEnv,
    child_env,
    make_env,
    planned_ids,
)

SEED = 5


def scripted_answers(plan: list[str]) -> list[str]:
    """One right answer (the first question that is not red-planet), a close miss, wrong ones."""
    answers, right_given = [], False
    for question_id in plan:
        if question_id == "red-planet":
            answers.append("Mras")  # one letter swap too many for a four-letter word: close
        elif not right_given:
            answers.append(RIGHT[question_id])
            right_given = True
        else:
            answers.append(WRONG[question_id])
    return answers


def test_a_piped_session_shows_questions_verdicts_reveals_and_standings(env: QuizEnv) -> None:
    plan = planned_ids(SEED, 4)
    answers = scripted_answers(plan)

    done = env.run("play", "--seed", str(SEED), "--name", "tester", stdin="\n".join(answers) + "\n")

    out = done.stdout
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    # The questions come in the seeded order, each numbered.
    positions = [out.index(ASK[question_id]) for question_id in plan]
    assert positions == sorted(positions)
    for number in range(1, 5):
        assert f"Question {number}/4 · Planets for testing" in out
    assert "a) Saturn" in out and "b) Jupiter" in out
    assert "true or false?" in out
    # Verdicts, with the answers echoed since a pipe does not show them.
    assert out.count("✓ Right!") == 1
    assert out.count("✗ Not quite") == 3
    assert "> Mras  ✗ Not quite — close!" in out
    # The reveal: the answer, what the player said, and the explanation.
    assert "The answer: Mars" in out
    assert "You answered: Mras" in out
    assert "Rusty iron dust covers much of Mars" in out
    assert "Score: " in out and "· 1/4 right" in out
    assert "Final standings (4 questions)" in out
    assert "tester" in out.split("Final standings")[1]

    # Every answer is in the database, read back by `quizbot stats` and by the store.
    stats = env.run("stats", "--name", "tester")
    assert stats.returncode == 0, stats.stderr
    assert "1/4 right (25%), 4 guesses" in stats.stdout
    assert "planets  1/4 right (25%)" in stats.stdout
    assert "mastery" in stats.stdout
    assert "Weakest questions:" in stats.stdout
    assert ASK["red-planet"] in stats.stdout.split("Weakest questions:")[1]
    recorded = on_store(env.database, lambda store: store.player_stats("local", "local:tester"))
    assert (recorded.answered, recorded.correct) == (4, 1)
    assert recorded.name == "tester"
    assert set(recorded.per_set) == {"planets"}
    assert (
        on_store(
            env.database, lambda s: s.get_card("local", "local:tester", "planets", "red-planet")
        )
        is not None
    )


def test_end_of_input_stops_at_once_with_the_standings(env: QuizEnv) -> None:
    started = time.monotonic()
    done = env.run("play", "--seed", str(SEED), "--name", "quitter", stdin="no idea\n")
    elapsed = time.monotonic() - started

    assert done.returncode == 0, done.stderr
    # Each question allows 30 seconds; running out of input must not wait for them.
    assert elapsed < 15
    assert "Final standings (stopped after 2 of 4)" in done.stdout
    assert "Stopped. The answer:" in done.stdout
    assert "quitter" in done.stdout.split("Final standings")[1]


def test_no_input_at_all_still_ends_cleanly(env: QuizEnv) -> None:
    done = env.run("play", "--name", "silent")
    assert done.returncode == 0, done.stderr
    assert "Final standings (stopped after 1 of 4)" in done.stdout
    assert "No answers were given." in done.stdout


def test_a_stalled_pipe_times_out_with_hints_on_the_way(tmp_path: Path) -> None:
    env = make_env(tmp_path, quiz="  time_limit: 5\n")
    # stdin stays open and silent: the clock, not the input, must end the question.
    with subprocess.Popen(
        env.command("play", "--tags", "numbers", "--name", "slow"),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=env.root,
        env=child_env(),
    ) as process:
        out, err = _wait(process)
    text = out.decode("utf-8")
    assert process.returncode == 0, err.decode("utf-8")
    assert "⏱ 5 seconds to answer" in text
    assert "Hint 1:" in text
    assert "⏱ Time's up! The answer:" in text
    assert "Final standings (1 question)" in text


def _wait(process: subprocess.Popen[bytes]) -> tuple[bytes, bytes]:
    """Wait for the process to end by itself, stdin still open; then read what it said."""
    assert process.stdout is not None and process.stderr is not None
    try:
        process.wait(timeout=20)
    finally:
        process.kill()
    return process.stdout.read(), process.stderr.read()


def test_with_no_set_named_a_pipe_gets_the_shipped_set(tmp_path: Path) -> None:
    quizzes = tmp_path / "quizzes"
    quizzes.mkdir()
    for source in (SHIPPED_SET, Path(__file__).parent / "quizzes" / "planets.yaml"):
        (quizzes / source.name).write_bytes(source.read_bytes())
    env = make_env(tmp_path, quizzes=quizzes)

    done = env.run("play", "--questions", "1", "--name", "newcomer")

    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Russia and Burkina Faso draw closer · 1 question · solo")


def test_a_question_file_can_be_played_by_its_path(env: QuizEnv) -> None:
    path = Path(__file__).parent / "quizzes" / "planets.yaml"
    done = env.run("play", str(path), "--questions", "1", "--name", "author")
    assert done.returncode == 0, done.stderr
    assert "Question 1/1 · Planets for testing" in done.stdout


def test_filters_narrow_the_questions(env: QuizEnv) -> None:
    done = env.run("play", "planets", "--tags", "numbers", "--name", "f", stdin="8\n")
    assert done.returncode == 0, done.stderr
    assert "Question 1/1" in done.stdout and ASK["planet-count"] in done.stdout
    assert "✓ Right!" in done.stdout


def test_an_unknown_set_lists_the_available_ones(env: QuizEnv) -> None:
    done = env.run("play", "saturn-rings")
    assert done.returncode == 2
    assert done.stderr.strip() == "no set named 'saturn-rings'; available sets: planets"
    assert done.stdout == ""


def test_a_broken_question_file_shows_where(env: QuizEnv) -> None:
    broken = env.root / "broken.yaml"
    broken.write_text("title: Broken\nquestions:\n  - id: one\n    ask: Why?\n", encoding="utf-8")
    done = env.run("play", str(broken))
    assert done.returncode == 1
    assert f"{broken}:3:" in done.stderr
    assert "answer" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_bad_setting_names_its_line(env: QuizEnv) -> None:
    env.config.write_text("database: x.db\nquiz:\n  time_limit: 1\n", encoding="utf-8")
    done = env.run("play")
    assert done.returncode == 2
    assert f"{env.config}:3:" in done.stderr
    assert "Traceback" not in done.stderr


def test_escape_sequences_in_typed_answers_are_not_echoed(env: QuizEnv) -> None:
    done = env.run("play", "--seed", str(SEED), "--name", "tester", stdin="\x1b[31mred\x1b[0m\n")
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout
    assert "You answered: red\n" in done.stdout  # the whole sequence gone, not just ESC


def test_a_refused_hint_is_reported_after_the_hints_already_given(env: QuizEnv) -> None:
    plan = planned_ids(SEED, 4)
    # Ask for hints at the red-planet question until they run out.
    before = plan.index("red-planet")
    lines = [WRONG[q] for q in plan[:before]] + ["/hint"] * 4
    done = env.run("play", "--seed", str(SEED), "--name", "tester", stdin="\n".join(lines) + "\n")
    assert done.returncode == 0, done.stderr
    out = done.stdout.split(ASK["red-planet"])[1]
    refusal = "(there are no more hints for this question)"
    assert out.count(refusal) == 2
    assert out.index("Hint 2:") < out.index(refusal)
