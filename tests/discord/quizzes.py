"""Small question sets written for these tests, and what the tests answer to each question."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.store import SqliteStore

TRIVIA_YAML = """\
title: Test Trivia
description: A handful of questions for the end-to-end tests.
tags: [testing]
defaults:
  time_limit: 20
questions:
  - id: river
    type: text
    ask: Which river flows through the middle of Paris?
    answer: Seine
    accept: [The Seine, River Seine]
    hint: [It starts with S., It has five letters.]
    explain: The Seine crosses Paris from east to west on its way to the Channel.
    tags: [places]
  - id: painter
    type: text
    ask: Who painted the Mona Lisa?
    answer: Leonardo da Vinci
    accept: [Leonardo, Da Vinci]
    hint: [His first name is Leonardo.]
    explain: Leonardo da Vinci worked on the portrait for years in the early 1500s.
    tags: [people]
  - id: planet
    type: choice
    ask: Which is the largest planet of the solar system?
    choices: [Mars, Jupiter, Venus, Mercury]
    answer: Jupiter
    hint: [It is a gas giant.]
    explain: Jupiter holds more mass than all the other planets put together.
    tags: [space]
  - id: boiling
    type: truefalse
    ask: At sea level, pure water boils at 100 degrees Celsius.
    answer: true
    hint: [Think of a kettle.]
    explain: At normal air pressure the boiling point of pure water is 100 degrees Celsius.
    tags: [science]
"""

SHORT_YAML = """\
title: Short Timer
tags: [testing]
defaults:
  time_limit: 5
questions:
  - id: sky
    type: text
    ask: What colour is a clear daytime sky?
    answer: blue
    explain: Air scatters blue light more than red light.
  - id: legs
    type: text
    ask: How many legs does a spider have? Answer in words.
    answer: eight
    accept: ["8"]
    explain: Spiders are arachnids, with eight legs.
"""


@dataclass(frozen=True)
class Known:
    set_name: str
    question_id: str
    kind: str
    answer: str
    wrong: str
    index: int = -1  # the right button for choice and true/false
    close: tuple[str, ...] = ()  # two wrong answers the judge calls close


KNOWN = {
    "Which river flows through the middle of Paris?": Known(
        "trivia", "river", "text", "Seine", "Thames", close=("Sien", "Seyn")
    ),
    "Who painted the Mona Lisa?": Known(
        "trivia", "painter", "text", "Leonardo da Vinci", "Picasso", close=("Leonrd", "Vinci")
    ),
    "Which is the largest planet of the solar system?": Known(
        "trivia", "planet", "choice", "Jupiter", "Mars", index=1
    ),
    "At sea level, pure water boils at 100 degrees Celsius.": Known(
        "trivia", "boiling", "truefalse", "true", "false", index=0
    ),
    "What colour is a clear daytime sky?": Known("short", "sky", "text", "blue", "green"),
    "How many legs does a spider have? Answer in words.": Known(
        "short", "legs", "text", "eight", "six"
    ),
}


# Question files uploaded in the Discord tests.
RIVERS = b"""\
title: Rivers
tags: [places]
questions:
  - id: seine
    ask: Which river flows through Paris, in the uploaded set?
    answer: Seine
    explain: The Seine runs through the middle of Paris.
"""

# Line 6 misspells `answer`; line 11 names an answer that is not a choice.
BROKEN = b"""\
title: Rivers
questions:
  - id: seine
    ask: Which river flows through Paris?
    hint: It starts with S.
    answr: Seine
  - id: thames
    type: choice
    ask: Which river flows through London?
    choices: [Thames, Danube]
    answer: Rhine
"""


async def age_card(
    database: Path, scope: str, player: str, set_name: str, question_id: str
) -> None:
    """Make a stored review card due a day ago, instead of waiting for it."""
    async with await SqliteStore.open(database) as store:
        card = await store.get_card(scope, player, set_name, question_id)
        assert card is not None
        yesterday = datetime.now(UTC) - timedelta(days=1)
        await store.put_card(scope, player, set_name, question_id, card_json=card, due=yesterday)
