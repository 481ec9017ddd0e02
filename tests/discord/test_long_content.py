"""Question files with very long texts still make messages Discord accepts, and readable ones.

In-process: every embed and button row the bot would send is checked with the fake
Discord's own validator (the one that answers 400 to the running bot).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import discord
import pytest
import yaml

from bot.engine.loader import load_quiz_text
from bot.engine.models import MAX_ANSWER_LENGTH, QuizSet
from bot.engine.session import (
    Event,
    Player,
    QuestionAsked,
    Reveal,
    Session,
    SessionOptions,
)
from bot.exts.learning import embeds as private_embeds
from bot.exts.learning.controls import controls_view
from bot.exts.quiz.views import pick_view
from bot.exts.ui import embeds
from bot.exts.ui.choices import set_choices
from bot.exts.ui.replies import feedback
from bot.game.library import Library
from tests.fakediscord.strict import check_message_body

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
MESSAGE = {"content", "embeds", "components", "allowed_mentions"}
# Ten long choices that only differ after their first 250 characters.
COMMON = "The treaty that was signed after many months of talks between the delegations " * 3
CHOICES = [f"{COMMON[:250]} option number {n}" for n in range(1, 11)]


@pytest.fixture(scope="module")
def hostile() -> QuizSet:
    document = {
        "title": "T" * 3000,
        "questions": [
            {
                "id": "long-choice",
                "type": "choice",
                "ask": "A" * 5000,
                "choices": CHOICES,
                "answer": CHOICES[6],
                "explain": "E" * 2000,
                "hint": ["H" * 2000, "h" * 2000],
            },
            {
                "id": "long-text",
                "type": "text",
                "ask": "A" * 5000,
                "answer": "B" * MAX_ANSWER_LENGTH,  # the longest a file may hold
                "explain": "E" * 5000,
                "hint": ["H" * 2000, "h" * 2000, "i" * 1000],
            },
        ],
    }
    return load_quiz_text(yaml.safe_dump(document), "hostile", "hostile.yaml")


def asked_in(quiz: QuizSet, question_id: str) -> tuple[Session, QuestionAsked]:
    single = quiz.model_copy(
        update={"questions": [q for q in quiz.questions if q.id == question_id]}
    )
    options = SessionOptions(
        sets=(single,), questions=1, seed=1, time_limit=600, hint_schedule=(0.1, 0.2, 0.3)
    )
    session = Session(options)
    asked = next(e for e in session.start(0.0) if isinstance(e, QuestionAsked))
    return session, asked


def accepted(embed: discord.Embed, view: discord.ui.View | None = None) -> None:
    body: dict[str, Any] = {"embeds": [embed.to_dict()]}
    if view is not None:
        body["components"] = view.to_components()
    check_message_body("message", body, MESSAGE, creating=True)


def labels(view: discord.ui.View) -> list[str]:
    return [button["label"] for row in view.to_components() for button in row["components"]]


@pytest.mark.parametrize("question_id", ["long-choice", "long-text"])
def test_every_message_of_a_long_question_fits_discord_limits(
    hostile: QuizSet, question_id: str
) -> None:
    session, asked = asked_in(hostile, question_id)
    hints = tuple(asked.question.hint)
    for closed in (False, True):
        channel_embed = embeds.question_embed(
            asked, hints=hints, closes_at=NOW, mode="race", typed_in_channel=True, closed=closed
        )
        accepted(channel_embed, pick_view("abcd1234", 1, asked.choices) if asked.choices else None)
    private = private_embeds.question_embed(asked, kind="Practice", closes_at=NOW, guesses=3)
    accepted(private, controls_view("abcd1234", 1, asked.choices))
    accepted(private_embeds.picked_embed(asked, kind="Review", picked=CHOICES[0], correct=False))

    events: list[Event] = []
    for n in range(30):
        player = Player(str(n), "@everyone " + "n" * 40)
        if asked.choices:
            events += session.pick(player, n % 10, 1.0)
        else:
            events += session.answer(player, "w" * 300, 1.0)
    events += session.tick(10_000.0)
    reveal = next(e for e in events if isinstance(e, Reveal))
    accepted(embeds.reveal_embed(reveal, next_at=NOW))
    accepted(private_embeds.reveal_embed(reveal, "3"))


def test_long_choices_can_be_told_apart(hostile: QuizSet) -> None:
    _, asked = asked_in(hostile, "long-choice")
    channel_embed = embeds.question_embed(
        asked, hints=(), closes_at=NOW, mode="race", typed_in_channel=True
    )
    private = private_embeds.question_embed(asked, kind="Practice", closes_at=NOW, guesses=3)
    for shown in (str(channel_embed.description), str(private.description)):
        for number, choice in enumerate(asked.choices, 1):
            assert f"**{number}.** {choice}" in shown
    buttons = labels(pick_view("abcd1234", 1, asked.choices))
    assert len(set(buttons)) == len(buttons) == 10
    assert all(label.startswith(f"{n}.") for n, label in enumerate(buttons, 1))
    practice_buttons = labels(controls_view("abcd1234", 1, asked.choices))[:10]
    assert practice_buttons == buttons


def test_short_choices_stay_on_their_buttons_alone() -> None:
    quiz = load_quiz_text(
        "title: Planets\nquestions:\n  - id: p\n    type: choice\n    ask: Largest?\n"
        "    choices: [Mars, Jupiter]\n    answer: Jupiter\n",
        "planets",
        "planets.yaml",
    )
    _, asked = asked_in(quiz, "p")
    embed = embeds.question_embed(
        asked, hints=(), closes_at=NOW, mode="race", typed_in_channel=True
    )
    assert "**1.**" not in str(embed.description)
    assert labels(pick_view("abcd1234", 1, asked.choices)) == ["Mars", "Jupiter"]


async def test_a_long_set_name_does_not_break_set_autocomplete(tmp_path: Path) -> None:
    body = "title: {}\nquestions:\n  - id: q\n    ask: Why?\n    answer: because\n"
    (tmp_path / f"{'history-' * 15}.yaml").write_text(body.format("Long"), encoding="utf-8")
    for n in range(30):
        (tmp_path / f"set-{n:02}.yaml").write_text(body.format(f"Set {n}"), encoding="utf-8")
    library = Library(tmp_path)
    await library.load()
    assert len(library.sets_for("1")) == 31
    choices = set_choices(library.sets_for("1"), "")
    assert len(choices) == 25
    assert all(len(c.name) <= 100 and len(str(c.value)) <= 100 for c in choices)
    assert [c.value for c in set_choices(library.sets_for("1"), "Set 7")] == ["set-07"]


def test_a_pick_of_a_long_choice_is_named_by_its_number(hostile: QuizSet) -> None:
    session, _ = asked_in(hostile, "long-choice")
    player = Player("9", "bob")
    said = feedback(session.pick(player, 3, 1.0), player.id, pick=3)
    assert said.outcome == "wrong" and "4. The treaty" in said.text
    shown = private_embeds.picked_embed(
        asked_in(hostile, "long-choice")[1],
        kind="Practice",
        picked=embeds.pick_label(3, CHOICES[3]),
        correct=False,
    )
    assert "You picked \N{LEFT DOUBLE QUOTATION MARK}4. The treaty" in str(shown.description)
    assert embeds.pick_label(1, "Jupiter") == "Jupiter"
