from __future__ import annotations

from bot.engine.models import QuizSet
from bot.engine.session import (
    AnswerIgnored,
    AnswerJudged,
    AnswerLocked,
    QuestionAsked,
    QuestionTimedOut,
    QuestionWon,
    Session,
    SessionFinished,
    SessionOptions,
)

from .conftest import ALICE, BOB, CAROL, make_set, numbered_set, start

DAVE = ALICE.__class__("4", "Dave")


def choice_set() -> QuizSet:
    return make_set(
        "poll",
        [
            {
                "id": f"c{i}",
                "type": "choice",
                "ask": f"Pick {i}",
                "choices": ["Mali", "France", "Chad"],
                "answer": "France",
                "explain": "France it was.",
            }
            for i in range(3)
        ],
    )


def test_poll_scores_all_right_answers_at_the_end_faster_more() -> None:
    session = start(choice_set(), mode="poll", questions=2, hint_schedule=())
    events = session.pick(BOB, 1, 10.0)
    events += session.pick(ALICE, 1, 4.0 + 0.0)  # the caller's clock may jitter: Alice is faster
    events += session.pick(CAROL, 0, 5.0)
    events += session.pick(DAVE, 1, 12.0)
    events += session.pick(BOB, 2, 13.0)
    assert [type(e) for e in events] == [AnswerLocked] * 4 + [AnswerIgnored]
    assert events[-1].reason == "already_answered"  # type: ignore[attr-defined]
    assert not [e for e in events if isinstance(e, AnswerJudged)]  # nothing judged yet
    closed = session.tick(30.0)
    judged = [e for e in closed if isinstance(e, AnswerJudged)]
    points = {j.player.name: j.points for j in judged}
    # Right answers: Alice 4 s, Bob 10 s, Dave 12 s -> speed fractions 3/3, 2/3, 1/3 of +10.
    assert points == {"Bob": 27, "Alice": 30, "Carol": 0, "Dave": 23}
    assert [j.at for j in judged] == [10.0, 4.0, 5.0, 12.0]  # each recorded when it was given
    won = next(e for e in closed if isinstance(e, QuestionWon))
    assert {w.player.name for w in won.winners} == {"Alice", "Bob", "Dave"}
    assert [(m.player.name, m.answers) for m in won.misses] == [("Carol", ("Mali",))]
    assert won.explain == "France it was."


def test_truefalse_pick_by_bool_or_index_and_typed_answers_judge_the_same() -> None:
    quiz = make_set(
        "tf",
        [{"id": f"t{i}", "type": "truefalse", "ask": "Yes?", "answer": True} for i in range(3)],
    )
    session = start(quiz, mode="poll", questions=1)
    session.pick(ALICE, True, 1.0)
    session.pick(BOB, 0, 1.0)
    session.answer(CAROL, "TRUE", 1.0)
    session.pick(DAVE, 7, 1.0)  # a button that does not exist
    judged = [e for e in session.tick(30.0) if isinstance(e, AnswerJudged)]
    assert [(j.player.name, j.text, j.correct) for j in judged] == [
        ("Alice", "true", True),
        ("Bob", "true", True),
        ("Carol", "TRUE", True),
    ]


def test_invalid_pick_is_ignored() -> None:
    session = start(numbered_set(2), questions=1)
    assert session.pick(ALICE, 1, 1.0)[0].reason == "invalid_pick"  # type: ignore[attr-defined]


def test_solo_flow_moves_on_at_once_and_shows_what_was_answered() -> None:
    session = Session(
        SessionOptions(sets=(numbered_set(4),), mode="solo", questions=3, starter_id="1", seed=5)
    )
    started = session.start(100.0)
    assert isinstance(started[-1], QuestionAsked)
    answers = [p.question.display_answer() for p in session.plan]
    right = session.answer(ALICE, answers[0], 103.0)
    assert [type(e).__name__ for e in right] == ["AnswerJudged", "QuestionWon", "QuestionAsked"]
    assert right[-1].asked_at == 103.0  # type: ignore[attr-defined]
    assert session.answer(BOB, answers[1], 104.0)[0].reason == "not_player"  # type: ignore[attr-defined]
    missed: list[object] = []
    for n in range(3):
        missed += session.answer(ALICE, f"guess {n}", 104.0 + n)
    out = next(e for e in missed if isinstance(e, QuestionTimedOut))
    assert out.reason == "out_of_guesses"
    assert out.misses[0].answers == ("guess 0", "guess 1", "guess 2")
    assert out.answer == answers[1]
    # The last question runs out of time: the reveal and the standings come together.
    end = session.tick(106.0 + 30.0)
    assert [type(e) for e in end] == [QuestionTimedOut, SessionFinished]
    finished = end[-1]
    assert isinstance(finished, SessionFinished) and not finished.stopped
    assert [(s.player, s.correct, s.answered) for s in finished.standings] == [(ALICE, 1, 2)]
