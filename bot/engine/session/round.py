"""The state of the question currently being asked."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.engine.models import ChoiceQuestion, QuestionBase, TrueFalseQuestion
from bot.engine.session.events import Award, Miss, Player, QuestionKey
from bot.engine.session.selection import Pick

TRUE_FALSE_LABELS = ("True", "False")


@dataclass(frozen=True, slots=True)
class Locked:
    """A poll answer waiting for the question to close."""

    player: Player
    text: str
    at: float
    hints_used: int


@dataclass(slots=True)
class Round:
    number: int
    pick: Pick
    asked_at: float
    deadline: float
    time_limit: float
    base: int
    hints: tuple[str, ...]
    hint_times: tuple[float, ...]
    shown: int = 0
    guesses: dict[str, int] = field(default_factory=dict)
    answers: dict[str, list[str]] = field(default_factory=dict)
    players: dict[str, Player] = field(default_factory=dict)
    nudged: set[str] = field(default_factory=set)
    locked: dict[str, Locked] = field(default_factory=dict)
    winners: list[Award] = field(default_factory=list)

    @property
    def key(self) -> QuestionKey:
        return self.pick.key

    @property
    def question(self) -> QuestionBase:
        return self.pick.question

    def next_hint_time(self) -> float | None:
        if self.shown < len(self.hint_times) and self.shown < len(self.hints):
            return self.hint_times[self.shown]
        return None

    def hints_due(self, now: float) -> int:
        due = sum(1 for t in self.hint_times if t <= now)
        return min(due, len(self.hints))

    def note_answer(self, player: Player, text: str) -> None:
        self.players[player.id] = player
        self.answers.setdefault(player.id, []).append(text)

    def misses(self) -> tuple[Miss, ...]:
        won = {award.player.id for award in self.winners}
        return tuple(
            Miss(self.players[pid], tuple(texts))
            for pid, texts in self.answers.items()
            if pid not in won
        )


def choice_labels(question: QuestionBase) -> tuple[str, ...]:
    if isinstance(question, ChoiceQuestion):
        return tuple(question.choices)
    if isinstance(question, TrueFalseQuestion):
        return TRUE_FALSE_LABELS
    return ()


def guess_limit(question: QuestionBase, limit: int) -> int:
    # With buttons to pick from, a second guess would let a player win by elimination.
    if isinstance(question, ChoiceQuestion | TrueFalseQuestion):
        return 1
    return limit


def pick_text(question: QuestionBase, choice: int | bool) -> str | None:
    """The text a button pick stands for, judged like a typed answer; None if invalid."""
    if isinstance(question, TrueFalseQuestion):
        if isinstance(choice, bool):
            return "true" if choice else "false"
        return ("true", "false")[choice] if choice in (0, 1) else None
    if isinstance(question, ChoiceQuestion) and not isinstance(choice, bool):
        return question.choices[choice] if 0 <= choice < len(question.choices) else None
    return None
