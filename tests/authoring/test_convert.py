"""`quizbot convert` writes clean files: whole numbers, tidy answers, the schema line,
and number or year questions where every answer names one number or year."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

from bot.engine.judge import judge
from bot.engine.loader import load_quiz

REPO = Path(__file__).resolve().parents[2]

RED_LIST = """\
AUTHOR: a tester
CONFIG:
  delay: 25
Which planet is called the Red Planet?:
- "Mars "
- Mars
- mars
- the red one
How many legs does a spider have?:
- 8
- eight
- " Eight"
In which year did the Berlin Wall fall?:
- 1989
- "1989 "
How many metres high is the tallest tower in the story?:
- 1200
Which years did the war last?:
- 1914
- 1918
How many wonders of the ancient world were there?:
- Seven
- 7 wonders
What is pi to two decimal places?:
- 3.14
"""


def convert(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    red = tmp_path / "red-list.yaml"
    red.write_text(RED_LIST, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "bot", "convert", str(red), *extra],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def test_converted_file_is_clean_and_typed(tmp_path: Path) -> None:
    out = tmp_path / "sets" / "converted.yaml"
    out.parent.mkdir()
    done = convert(tmp_path, "-o", str(out))
    assert done.returncode == 0, done.stderr
    text = out.read_text("utf-8")

    first = text.splitlines()[0]
    found = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
    assert found, first
    assert (out.parent / found.group(1)).resolve().is_file()
    assert "time_limit: 25\n" in text and "25.0" not in text

    plain = yaml.safe_load(text)
    by_ask = {q["ask"]: q for q in plain["questions"]}
    mars = by_ask["Which planet is called the Red Planet?"]
    assert mars["answer"] == "Mars" and mars["accept"] == ["the red one"]
    spider = by_ask["How many legs does a spider have?"]
    assert (spider["type"], spider["answer"]) == ("number", 8) and "accept" not in spider
    wall = by_ask["In which year did the Berlin Wall fall?"]
    assert (wall["type"], wall["answer"]) == ("year", 1989)
    # An amount that happens to look like a year stays a number.
    tower = by_ask["How many metres high is the tallest tower in the story?"]
    assert (tower["type"], tower["answer"]) == ("number", 1200)
    assert by_ask["What is pi to two decimal places?"]["answer"] == 3.14
    # Different values, or words beside the number: still text.
    assert "type" not in by_ask["Which years did the war last?"]
    assert "type" not in by_ask["How many wonders of the ancient world were there?"]

    quiz = load_quiz(out)  # it loads, and the judge reads number words
    spider_q = next(q for q in quiz.questions if q.ask.startswith("How many legs"))
    assert judge(spider_q, "eight").correct
    validated = subprocess.run(
        [sys.executable, "-m", "bot", "validate", str(out)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert validated.returncode == 0, validated.stdout + validated.stderr


def test_standard_output_points_the_schema_line_from_the_current_folder(tmp_path: Path) -> None:
    done = convert(tmp_path)
    assert done.returncode == 0, done.stderr
    found = re.match(r"# yaml-language-server: \$schema=(\S+)\n", done.stdout)
    assert found and (tmp_path / found.group(1)).resolve().is_file()


def test_a_file_of_ours_keeps_the_types_its_author_chose(tmp_path: Path) -> None:
    own = tmp_path / "own.yaml"
    own.write_text(
        "title: Codes\nquestions:\n"
        "  - id: agent\n    ask: Which code name did the agent use?\n"
        '    answer: "007"\n    accept: ["007 ", "double-oh seven"]\n'
        "    time_limit: 20.0\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "bot", "convert", str(own)],
        cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    (agent,) = yaml.safe_load(done.stdout)["questions"]
    assert "type" not in agent and agent["answer"] == "007"
    assert agent["accept"] == ["double-oh seven"] and agent["time_limit"] == 20
