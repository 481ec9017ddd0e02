"""The wording of events, on events from a real race session driven with explicit times."""

from __future__ import annotations

from bot.engine.loader import load_bank
from bot.engine.session import (
    AnswerJudged,
    Event,
    Player,
    QuestionAsked,
    QuestionWon,
    Session,
    SessionFinished,
    SessionOptions,
)
from bot.terminal import texts
from tests.terminal.helpers import OWN_QUIZZES, RIGHT, WRONG

ME = Player("local:me", "me")
RIVAL = Player("local:rival", "rival")


def race() -> tuple[Session, list[Event]]:
    quiz = load_bank(OWN_QUIZZES).sets["planets"]
    options = SessionOptions(sets=(quiz,), questions=2, mode="race", seed=1, reveal_pause=0)
    session = Session(options)
    return session, session.start(0.0)


def asked(events: list[Event]) -> QuestionAsked:
    return next(e for e in reversed(events) if isinstance(e, QuestionAsked))


def test_a_rival_win_is_named_and_my_miss_is_shown() -> None:
    session, events = race()
    question = asked(events)
    qid = question.key[1]
    events += session.answer(ME, WRONG[qid], 1.0)
    events += session.answer(RIVAL, RIGHT[qid], 2.0)

    mine = next(e for e in events if isinstance(e, AnswerJudged) and e.player == ME)
    won = next(e for e in events if isinstance(e, QuestionWon))
    theirs = next(e for e in events if isinstance(e, AnswerJudged) and e.player == RIVAL)

    assert texts.verdict_line(mine, texts.FANCY, echo=True, own=True).startswith(
        f"> {WRONG[qid]}  ✗ Not quite"
    )
    assert texts.verdict_line(theirs, texts.PLAIN, echo=False, own=False).startswith(
        "rival: + Right! +"
    )
    lines = texts.reveal_lines(won, texts.FANCY, ME.id)
    assert lines[0] == f"Won by rival. The answer: {won.answer}"
    assert lines[1] == f"{texts.INDENT}You answered: {WRONG[qid]}"


def test_equal_points_share_a_rank_in_the_standings() -> None:
    session, events = race()
    # Each player wins one question at the same speed: equal points, a shared first place.
    first = asked(events)
    events += session.answer(ME, RIGHT[first.key[1]], 1.0)
    second = asked(events)
    events += session.answer(RIVAL, RIGHT[second.key[1]], second.asked_at + 1.0)
    finished = next(e for e in events if isinstance(e, SessionFinished))

    lines = texts.standings_lines(finished, ME.id)

    assert lines[1] == "Final standings (2 questions)"
    # Every planets question is "medium": same base points, same speed, so a tie.
    assert [s.points for s in finished.standings] == [finished.standings[0].points] * 2
    assert [line.split()[0] for line in lines[2:]] == ["1=", "1="]
    assert any(line.endswith("(you)") and " me " in line for line in lines[2:])


def test_question_lines_letter_the_choices() -> None:
    quiz = load_bank(OWN_QUIZZES).sets["planets"]
    options = SessionOptions(sets=(quiz,), tags=frozenset({"sizes"}), starter_id=ME.id)
    question = asked(Session(options).start(0.0))
    lines = texts.question_lines(question, texts.FANCY, show_timer=True)
    assert lines[1:] == [
        "Question 1/1 · Planets for testing · 20 points",
        "Which planet is the largest in the Solar System?",
        "   a) Saturn",
        "   b) Jupiter",
        "   c) Neptune",
        "   d) Earth",
        "⏱ 30 seconds to answer",
    ]
