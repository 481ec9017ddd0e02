"""Problem reports (reload, upload) show each problem as one intact line of code.

Markdown escapes are not honoured inside a code span (they show as backslashes) and a
backtick ends the span early; the loader's messages quote field names in backticks.
"""

from __future__ import annotations

import re
from pathlib import Path

from bot.engine.loader import load_bank
from bot.exts.admin.cog import problems_text
from bot.exts.admin.uploads import problems_report

BROKEN = "title: Broken\nquestions:\n  - id: one\n    ask: What?\n    answr: typo\n"
ONE_CODE_SPAN = re.compile(r"^`[^`]+`$")


def test_problem_lines_stay_whole_code_spans(tmp_path: Path) -> None:
    (tmp_path / "world_capitals.yaml").write_text(BROKEN, encoding="utf-8")
    errors = tuple(load_bank(tmp_path).errors)
    assert any("`answr`" in str(p) for p in errors), "the loader quotes names in backticks"
    embed, _ = problems_report("not saved", errors, report_name="problems.txt")
    for text in (problems_text(errors), str(embed.description)):
        lines = text.splitlines()
        assert len(lines) == len(errors)
        assert all(ONE_CODE_SPAN.match(line) for line in lines), lines
        assert "\\" not in text
        assert "world_capitals.yaml:5:5" in text and "unknown key 'answr'" in text
