"""No command prints a terminal command, a bidi override or a hidden character that a
file, its name, an argument or a typed answer smuggled in.

Each case runs the real `quizbot` through a pipe with hostile text where the command
quotes it back (a path, a set name, a question id, an unknown key, a typed answer, a
usage error), and asserts nothing hostile reaches stdout or stderr, while the message
itself still says what it is about.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.terminal.helpers import child_env

# Terminal commands (CSI, OSC, their 8-bit form), a bell, C1 controls, bidi overrides and
# isolates, zero-width characters.
HOSTILE = ["\x1b[31m", "\x1b]0;pwned\x07", "\x9b2J", "\u202e", "\u200b"]
LEAK = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]"
)
GOOD_SET = """\
title: Fine
questions:
  - id: capital
    type: text
    ask: Which city is the capital of Russia?
    answer: Moscow
"""


def quizbot(*args: str, cwd: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="surrogateescape",
        timeout=30,
        cwd=cwd,
        env=child_env() | {"NO_COLOR": "1"},
        check=False,
    )


def assert_clean(done: subprocess.CompletedProcess[str], *visible: str) -> None:
    out = done.stdout + done.stderr
    found = LEAK.findall(out)
    assert not found, f"{found!r} reached the terminal:\n{out!r}"
    for text in visible:
        assert text in out, out


@pytest.fixture(params=HOSTILE, ids=lambda h: f"U+{ord(h[-1]):04X}")
def bad(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def hostile_file(folder: Path, bad: str) -> Path:
    """A set whose file name, one key and one id carry the hostile text, raw."""
    path = folder / f"evil{bad}set.yaml"
    text = GOOD_SET.replace("ask:", f"col{bad}our: red\n    ask:").replace(
        "id: capital", f"id: capi{bad}tal"
    )
    path.write_text(text, encoding="utf-8")
    return path


def test_validate_and_sets(tmp_path: Path, bad: str) -> None:
    hostile_file(tmp_path, bad)
    assert_clean(quizbot("validate", str(tmp_path), cwd=tmp_path), "evil", "set.yaml:")
    assert_clean(quizbot("sets", "--ids", str(tmp_path), cwd=tmp_path), "evil")


def test_convert(tmp_path: Path, bad: str) -> None:
    broken = hostile_file(tmp_path, bad)
    assert_clean(quizbot("convert", str(broken), cwd=tmp_path), "evil")
    fine = tmp_path / f"fine{bad}.yaml"
    fine.write_text(GOOD_SET, encoding="utf-8")
    out = tmp_path / f"out{bad}.yaml"
    done = quizbot("convert", str(fine), "-o", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert_clean(done, "wrote 1 questions to")
    missing = quizbot("convert", str(tmp_path / f"gone{bad}.yaml"), cwd=tmp_path)
    assert missing.returncode == 1
    assert_clean(missing, "gone")


def test_try(tmp_path: Path, bad: str) -> None:
    fine = tmp_path / f"fine{bad}.yaml"
    fine.write_text(GOOD_SET, encoding="utf-8")
    right = quizbot("try", str(fine), "capital", f"Mos{bad}cow", cwd=tmp_path)
    assert_clean(right, "verdict:")
    unknown_id = quizbot("try", str(fine), f"capi{bad}tal", "Moscow", cwd=tmp_path)
    assert unknown_id.returncode == 2
    assert_clean(unknown_id, "no question", "capital")
    unknown_set = quizbot("try", f"no{bad}such", "capital", "x", cwd=tmp_path)
    assert unknown_set.returncode == 2
    assert_clean(unknown_set, "no set named")
    broken = quizbot("try", str(hostile_file(tmp_path, bad)), "capital", "x", cwd=tmp_path)
    assert_clean(broken, "evil")


def test_play_and_draft(tmp_path: Path, bad: str) -> None:
    (tmp_path / "bot.yaml").write_text(
        f"quizzes: {tmp_path}\ndatabase: scores.db\n", encoding="utf-8"
    )
    (tmp_path / f"fine{bad}.yaml").write_text(GOOD_SET, encoding="utf-8")
    played = quizbot(
        "play",
        str(tmp_path / f"fine{bad}.yaml"),
        "--name",
        f"Ann{bad}",
        cwd=tmp_path,
        stdin=f"Mos{bad}cow\n",
    )
    assert played.returncode == 0, played.stderr
    assert_clean(played, "Which city is the capital of Russia?")
    gone = quizbot("play", f"gone{bad}", cwd=tmp_path)
    assert gone.returncode == 2
    assert_clean(gone, "gone")
    drafted = quizbot("draft", str(tmp_path / f"article{bad}.txt"), cwd=tmp_path)
    assert drafted.returncode != 0
    assert_clean(drafted, "cannot read")


def test_usage_errors_quote_arguments_safely(tmp_path: Path, bad: str) -> None:
    done = quizbot("play", "--mode", f"so{bad}lo", cwd=tmp_path)
    assert done.returncode == 2
    assert_clean(done, "invalid choice")
    done = quizbot(f"pl{bad}ay", cwd=tmp_path)
    assert done.returncode == 2
    assert_clean(done, "invalid choice")
