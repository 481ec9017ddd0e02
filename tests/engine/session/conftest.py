from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from bot.engine.models import QuizSet
from bot.engine.session import Event, Player, Session, SessionOptions

E = TypeVar("E", bound=Event)

ALICE = Player("1", "Alice")
BOB = Player("2", "Bob")
CAROL = Player("3", "Carol")


def make_set(name: str, questions: list[dict[str, Any]], **extra: Any) -> QuizSet:
    quiz = QuizSet.model_validate({"title": f"{name} title", "questions": questions, **extra})
    quiz._name = name  # the loader sets this from the file name
    return quiz


def text_q(qid: str, answer: str, **extra: Any) -> dict[str, Any]:
    return {"id": qid, "type": "text", "ask": f"Question {qid}?", "answer": answer, **extra}


def numbered_set(count: int, name: str = "bank", **extra: Any) -> QuizSet:
    return make_set(name, [text_q(f"q{i}", f"answer{i}") for i in range(count)], **extra)


def article_set() -> QuizSet:
    return make_set(
        "article",
        [
            text_q(
                "minister",
                "Shoigu",
                hint=["He was defence minister"],
                explain="Sergei Shoigu met him in Moscow.",
                difficulty="hard",
                tags=["people"],
            ),
            {
                "id": "coups",
                "type": "number",
                "ask": "How many coups?",
                "answer": 2,
                "tags": ["numbers"],
                "difficulty": "easy",
            },
            {
                "id": "year",
                "type": "year",
                "ask": "Which year?",
                "answer": 2022,
                "tags": ["dates"],
            },
            {
                "id": "country",
                "type": "choice",
                "ask": "Which country?",
                "choices": ["France", "Mali", "Niger", "Chad"],
                "answer": "France",
                "tags": ["places"],
            },
            {
                "id": "grain",
                "type": "truefalse",
                "ask": "Grain was discussed?",
                "answer": True,
                "explain": "Grain came up.",
            },
        ],
    )


def start(quiz: QuizSet | list[QuizSet], now: float = 0.0, **options: Any) -> Session:
    sets = quiz if isinstance(quiz, list) else [quiz]
    options.setdefault("seed", 1)
    session = Session(SessionOptions(sets=tuple(sets), **options))
    session.start(now)
    return session


def current_answer(session: Session) -> str:
    """The right answer to the open question (read from the planned questions)."""
    number = session.current_number
    assert number is not None
    return session.plan[number - 1].question.display_answer()


def only(events: Sequence[Event], kind: type[E]) -> list[E]:
    """The events of one type, in order."""
    return [e for e in events if isinstance(e, kind)]


def one(events: Sequence[Event], kind: type[E]) -> E:
    found = only(events, kind)
    assert len(found) == 1, f"expected one {kind.__name__}, got {events}"
    return found[0]
