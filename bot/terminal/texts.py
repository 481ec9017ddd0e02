"""What the player reads: session events turned into lines of plain text.

Pure functions of the events, so the wording can be tested without a terminal.
"""

from __future__ import annotations

import string
import textwrap
from dataclasses import dataclass

from bot.engine.models import AllOfQuestion, TrueFalseQuestion
from bot.engine.session import (
    AnswerJudged,
    HintRevealed,
    QuestionAsked,
    QuestionSkipped,
    QuestionTimedOut,
    Reveal,
    SessionFinished,
    Standing,
    TimeoutReason,
)
from bot.engine.teams import TeamRoster, team_standings
from bot.game.wording import plural, right_text

WIDTH = 78
INDENT = "   "


@dataclass(frozen=True, slots=True)
class Glyphs:
    right: str
    wrong: str
    clock: str
    dash: str
    dot: str


FANCY = Glyphs(right="✓", wrong="✗", clock="⏱", dash="—", dot="·")
PLAIN = Glyphs(right="+", wrong="x", clock="*", dash="-", dot="|")


def wrap(text: str, indent: str = INDENT) -> list[str]:
    """Paragraphs kept, each wrapped to the terminal width with a hanging indent."""
    lines: list[str] = []
    for paragraph in text.strip().split("\n"):
        if not paragraph.strip():
            continue
        lines += textwrap.wrap(
            paragraph.strip(), WIDTH, initial_indent=indent, subsequent_indent=indent
        )
    return lines


def seconds(value: float) -> str:
    whole = max(round(value), 0)
    return "1 second" if whole == 1 else f"{whole} seconds"


def question_lines(event: QuestionAsked, glyphs: Glyphs, *, show_timer: bool) -> list[str]:
    head = f"Question {event.number}/{event.total} {glyphs.dot} {event.set_title}"
    head += f" {glyphs.dot} {plural(event.base_points, 'point')}"
    lines = ["", head, *wrap(event.question.ask, "")]
    question = event.question
    if question.image is not None:
        # Alone on its line, so a terminal makes it a link to open.
        lines.append(question.image_file or question.image)
    if isinstance(question, TrueFalseQuestion):
        lines.append(f"{INDENT}true or false?")
    elif event.choices:
        letters = string.ascii_lowercase
        lines += [f"{INDENT}{letters[i]}) {label}" for i, label in enumerate(event.choices)]
    elif isinstance(question, AllOfQuestion):
        count = len(question.answer)
        lines.append(f"{INDENT}(name {'both' if count == 2 else f'all {count}'}, in any order)")
    if show_timer:
        lines.append(f"{glyphs.clock} {seconds(event.time_limit)} to answer")
    return lines


def hint_line(event: HintRevealed, left: float | None) -> str:
    tail = f"  ({seconds(left)} left)" if left is not None else ""
    return f"{INDENT}Hint {event.hint_number}: {event.text}{tail}"


def verdict_line(event: AnswerJudged, glyphs: Glyphs, *, echo: bool, own: bool) -> str:
    """The judge's word on one answer; `echo` repeats the answer (pipes do not show it)."""
    who = "" if own else f"{event.player.name}: "
    said = f"> {event.text}  " if echo else ""
    if event.correct:
        return f"{said}{who}{glyphs.right} Right! +{plural(event.points, 'point')}"
    text = f"{said}{who}{glyphs.wrong} Not quite"
    if event.close:
        text += f" {glyphs.dash} close!"
    if event.guesses_left > 0:
        text += f" ({plural(event.guesses_left, 'guess', 'guesses')} left)"
    return text


def timed_out_opening(reason: TimeoutReason, glyphs: Glyphs) -> str:
    match reason:
        case "time":
            return f"{glyphs.clock} Time's up!"
        case "out_of_guesses":
            return "No guesses left."


def reveal_lines(
    event: Reveal, glyphs: Glyphs, local_id: str, *, stopping: bool = False
) -> list[str]:
    if isinstance(event, QuestionSkipped):
        opening = "Stopped." if stopping else "Skipped."
    elif isinstance(event, QuestionTimedOut):
        opening = timed_out_opening(event.reason, glyphs)
    else:
        # The local player's own win was just announced by the verdict line.
        others = [a.player.name for a in event.winners if a.player.id != local_id]
        opening = f"Won by {', '.join(others)}." if others else ""
    lines = [f"{opening} The answer: {event.answer}".strip()]
    for miss in event.misses:
        if miss.player.id == local_id and miss.answers:
            lines.append(f"{INDENT}You answered: {', '.join(miss.answers)}")
    if event.explain.strip():
        lines += wrap(event.explain)
    # Authors need the id for `quizbot try` and `sets --ids`.
    lines.append(f"{INDENT}(question id: {event.key[1]})")
    return lines


def score_line(points: int, correct: int, answered: int, glyphs: Glyphs) -> str:
    return f"Score: {plural(points, 'point')} {glyphs.dot} {right_text(correct, answered)}"


def standings_lines(
    event: SessionFinished, local_id: str, roster: TeamRoster | None = None
) -> list[str]:
    lines = _player_standings(event, local_id)
    if roster is None:
        return lines
    lines.append("Teams")
    for row in team_standings(event.standings, roster):
        rank = f"{row.rank}{'=' if row.tied else '.'}"
        best = ", ".join(s.player.name for s in row.best)
        tail = f"  best: {best}" if best else ""
        lines.append(
            f"{INDENT}{rank:<4}Team {row.team.name}  {plural(row.points, 'point')}"
            f"  {plural(row.correct, 'right answer')}{tail}"
        )
    return lines


def _player_standings(event: SessionFinished, local_id: str) -> list[str]:
    if event.stopped:
        title = f"Final standings (stopped after {event.questions_asked} of {event.total})"
    else:
        title = f"Final standings ({plural(event.total, 'question')})"
    lines = ["", title]
    if not event.standings:
        return [*lines, f"{INDENT}No answers were given."]
    width = max(len(s.player.name) for s in event.standings)
    return lines + [standing_line(s, width, local_id) for s in event.standings]


def standing_line(standing: Standing, width: int, local_id: str) -> str:
    rank = f"{standing.rank}{'=' if standing.tied else '.'}"
    mark = " (you)" if standing.player.id == local_id else ""
    return (
        f"{INDENT}{rank:<4}{standing.player.name:<{width}}  {plural(standing.points, 'point'):>10}"
        f"  {right_text(standing.correct, standing.answered)}"
        f"  best streak {standing.best_streak}{mark}"
    )
