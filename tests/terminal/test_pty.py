"""`quizbot play` in a real pseudo-terminal: the menu, a typed answer, Ctrl-C."""

from __future__ import annotations

from pathlib import Path

import pexpect

from tests.store.helpers import on_store
from tests.terminal.helpers import (
    ASK,
    OWN_QUIZZES,
    RIGHT,
    SHIPPED_SET,
    child_env,
    make_env,
    planned_ids,
)


def seed_asking_red_planet_second() -> int:
    """A seed whose second question is the text one (it has hints and a "close!" answer)."""
    return next(seed for seed in range(100) if planned_ids(seed, 4)[1] == "red-planet")


def test_play_in_a_terminal_then_ctrl_c_shows_the_standings(tmp_path: Path) -> None:
    quizzes = tmp_path / "quizzes"
    quizzes.mkdir()
    for source in (SHIPPED_SET, OWN_QUIZZES / "planets.yaml"):
        (quizzes / source.name).write_bytes(source.read_bytes())
    env = make_env(tmp_path, quizzes=quizzes)
    seed = seed_asking_red_planet_second()
    first, second, third = planned_ids(seed, 4)[:3]
    command = env.command("play", "--seed", str(seed), "--name", "typist")

    child = pexpect.spawn(
        command[0],
        command[1:],
        cwd=str(env.root),
        env=child_env(),
        encoding="utf-8",
        timeout=10,
        dimensions=(40, 120),
    )
    try:
        # Two sets and a real terminal: a menu, sets in name order.
        child.expect("Which set would you like to play")
        child.expect(r"1\) Planets for testing")
        child.expect(r"2\) Russia and Burkina Faso draw closer .*\(Enter\)")
        child.sendline("1")
        child.expect("Question 1/4")
        child.expect_exact(ASK[first])
        child.expect("seconds to answer")
        child.sendline(RIGHT[first])
        child.expect_exact("✓ Right!")
        child.expect("Score: .* 1/1 right")
        child.expect("Question 2/4")
        child.expect_exact(ASK[second])
        child.expect("seconds to answer")
        child.sendline("/hint")
        child.expect_exact("Hint 1: _ _ _ _ (4 letters)")
        child.sendline("Mras")
        child.expect_exact("✗ Not quite — close!")
        child.expect_exact("No guesses left. The answer: Mars")
        child.expect_exact("You answered: Mras")
        child.expect_exact("Rusty iron dust")
        child.expect("Question 3/4")
        child.expect_exact(ASK[third])
        child.sendintr()
        child.expect("Stopping the quiz")
        child.expect_exact("Stopped. The answer:")
        child.expect("Final standings \\(stopped after 3 of 4\\)")
        child.expect("typist")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    output = child.before or ""
    assert "Traceback" not in output
    assert child.exitstatus == 0, output

    stats = on_store(env.database, lambda store: store.player_stats("local", "local:typist"))
    assert (stats.answered, stats.correct) == (2, 1)
    assert stats.points > 0
