from __future__ import annotations

import pytest

from bot.engine.errors import SessionError
from bot.engine.models import ChoiceQuestion
from bot.engine.session import (
    AnswerIgnored,
    AnswerJudged,
    HintRevealed,
    NotAllowedError,
    QuestionAsked,
    QuestionSkipped,
    QuestionTimedOut,
    QuestionWon,
    Session,
    SessionFinished,
    SessionOptions,
)
from bot.engine.verdict import Verdict

from .conftest import (
    ALICE,
    BOB,
    CAROL,
    article_set,
    current_answer,
    make_set,
    numbered_set,
    one,
    only,
    start,
    text_q,
)


def test_same_instant_answers_give_exactly_one_winner() -> None:
    session = start(numbered_set(5), questions=3, starter_id="1")
    right = current_answer(session)
    events = []
    for player in (BOB, ALICE, CAROL):
        events += session.answer(player, right, 4.0)
    judged = only(events, AnswerJudged)
    assert [(j.player, j.correct) for j in judged] == [(BOB, True)]
    won = only(events, QuestionWon)
    assert len(won) == 1 and [w.player for w in won[0].winners] == [BOB]
    ignored = only(events, AnswerIgnored)
    assert [(i.player, i.reason) for i in ignored] == [(ALICE, "late"), (CAROL, "late")]
    assert [s.player for s in session.standings() if s.points] == [BOB]


def test_answers_after_a_win_or_a_time_out_are_ignored() -> None:
    session = start(numbered_set(5), questions=3, reveal_pause=5)
    first = current_answer(session)
    session.answer(ALICE, first, 2.0)
    late = session.answer(BOB, first, 3.0)
    assert [(type(e), getattr(e, "reason", None)) for e in late] == [(AnswerIgnored, "late")]
    asked = session.tick(7.0)
    assert isinstance(asked[0], QuestionAsked) and asked[0].number == 2
    second = current_answer(session)
    # No tick at the deadline: the answer itself must notice that time is up.
    events = session.answer(BOB, second, 37.5)
    assert isinstance(events[0], QuestionTimedOut) and events[0].at == 37.0
    assert isinstance(events[-1], AnswerIgnored) and events[-1].reason == "late"
    assert session.standings()[0].player == ALICE
    assert all(s.points == 0 for s in session.standings() if s.player == BOB)


def test_late_answer_is_not_applied_to_the_next_question_asked_in_the_same_call() -> None:
    session = start(numbered_set(5), questions=3, reveal_pause=0)
    session.answer(ALICE, current_answer(session), 1.0)
    second = current_answer(session)
    events = session.answer(BOB, second, 40.0)  # question 2 ran out at 31
    assert [type(e).__name__ for e in events] == [
        "QuestionTimedOut",
        "QuestionAsked",
        "AnswerIgnored",
    ]
    assert session.current_number == 3


def test_guess_limit_per_player() -> None:
    session = start(numbered_set(5), questions=2, guess_limit=3)
    events = []
    for n in range(5):
        events += session.answer(ALICE, f"wrong {n}", 1.0 + n)
    judged = only(events, AnswerJudged)
    assert [j.guesses_left for j in judged] == [2, 1, 0]
    assert [i.reason for i in only(events, AnswerIgnored)] == ["guess_limit", "guess_limit"]
    assert only(session.answer(ALICE, current_answer(session), 9.0), AnswerIgnored)
    # Another player still has all their guesses.
    won = session.answer(BOB, current_answer(session), 9.5)
    assert only(won, QuestionWon)[0].misses[0].answers == tuple(f"wrong {n}" for n in range(3))


def test_choice_and_truefalse_allow_one_guess() -> None:
    session = start(article_set(), questions=5, seed=4)
    now = 0.0
    while not isinstance(session.plan[(session.current_number or 0) - 1].question, ChoiceQuestion):
        now += 10
        session.skip(None, now)
        session.tick(now + 5)
    events = session.pick(ALICE, 3, now + 6)
    events += session.pick(ALICE, 0, now + 7)
    assert only(events, AnswerJudged)[0].text == "Chad"
    assert only(events, AnswerIgnored)[0].reason == "guess_limit"


def test_close_is_surfaced_once_per_player_per_question() -> None:
    def judge(question: object, text: str) -> Verdict:
        return Verdict(correct=False, close=text.startswith("answer"), reason="typo")

    session = Session(SessionOptions(sets=(numbered_set(3),), seed=1), judge=judge)
    session.start(0.0)
    events = session.answer(ALICE, "answerx", 1) + session.answer(ALICE, "answery", 2)
    events += session.answer(BOB, "answerz", 3)
    assert [(j.player, j.close) for j in only(events, AnswerJudged)] == [
        (ALICE, True),
        (ALICE, False),
        (BOB, True),
    ]


def test_hints_follow_the_schedule_then_time_out() -> None:
    session = start(numbered_set(3), questions=1, time_limit=30, hint_schedule=(0.4, 0.7))
    assert session.next_deadline() == 12.0
    assert session.tick(11.9) == []
    first = only(session.tick(12.0), HintRevealed)
    assert [(h.hint_number, h.text, h.at) for h in first] == [
        (1, "_ _ _ _ _ _ _ (7 letters)", 12.0)
    ]
    assert session.next_deadline() == 21.0
    second = session.tick(25.0)
    assert isinstance(second[0], HintRevealed) and second[0].at == 21.0
    assert second[0].all_hints[-1].startswith("a _ _ _ _ _ _")
    assert session.next_deadline() == 30.0
    end = session.tick(30.0)
    assert [type(e) for e in end] == [QuestionTimedOut, SessionFinished]
    assert one(end, QuestionTimedOut).answer == session.plan[0].question.display_answer()


def test_author_hints_come_first_and_forced_hints_pull_the_schedule_forward() -> None:
    quiz = make_set("h", [text_q("a", "Moscow", hint=["A capital", "On the Moskva"])])
    session = start(quiz, starter_id="1")
    forced = only(session.hint("1", 2.0), HintRevealed)
    assert [(h.text, h.forced_by) for h in forced] == [("A capital", "1")]
    assert session.tick(12.0) == []  # the first scheduled hint is already out
    assert one(session.tick(21.0), HintRevealed).text == "On the Moskva"
    assert one(session.hint(None, 22.0), HintRevealed).text == "_ _ _ _ _ _ (6 letters)"
    assert one(session.hint(None, 23.0), HintRevealed).text == "M _ _ _ _ _"
    with pytest.raises(SessionError, match="no more hints"):
        session.hint(None, 24.0)
    won = session.answer(ALICE, "moscow", 25.0)
    assert only(won, AnswerJudged)[0].hints_used == 4


def test_points_reflect_speed_hints_and_streak() -> None:
    session = start(numbered_set(5), questions=3, reveal_pause=0)
    first = only(session.answer(ALICE, current_answer(session), 6.0), AnswerJudged)[0]
    assert first.points == 28  # 20 + 8: a fifth of the time used, 80% of the +10 bonus
    session.hint(None, 15.0)  # question 2 was asked at 6.0
    second = only(session.answer(ALICE, current_answer(session), 15.0), AnswerJudged)[0]
    # 20 + 7 (70% of the time left) + 2 (second in a row) - 3 (one hint)
    assert (second.points, second.streak, second.hints_used) == (26, 2, 1)
    session.answer(BOB, current_answer(session), 16.0)
    assert {s.player: (s.points, s.best_streak) for s in session.standings()} == {
        ALICE: (54, 2),
        BOB: (30, 1),
    }


def test_skip_reveals_and_moves_on_and_needs_the_starter_or_a_moderator() -> None:
    session = start(numbered_set(5), questions=2, starter_id="1", reveal_pause=5)
    with pytest.raises(NotAllowedError):
        session.skip("2", 3.0)
    session.answer(BOB, "nope", 3.5)
    skipped = session.skip("1", 4.0)
    assert isinstance(skipped[0], QuestionSkipped)
    assert skipped[0].by == "1" and skipped[0].next_at == 9.0
    assert skipped[0].answer == session.plan[0].question.display_answer()
    assert skipped[0].misses[0].answers == ("nope",)
    # A moderator may skip the pause too.
    asked = session.skip("2", 5.0, is_moderator=True)
    assert isinstance(asked[0], QuestionAsked) and asked[0].number == 2


def test_stop_ends_with_standings_and_later_calls_are_refused() -> None:
    session = start(numbered_set(5), questions=4, starter_id="1")
    session.answer(BOB, current_answer(session), 1.0)
    session.tick(6.0)
    with pytest.raises(NotAllowedError):
        session.stop("2", 7.0)
    events = session.stop("2", 7.0, is_moderator=True)
    assert [type(e) for e in events] == [QuestionSkipped, SessionFinished]
    finished = events[-1]
    assert isinstance(finished, SessionFinished)
    assert finished.stopped and finished.stopped_by == "2"
    assert (finished.questions_asked, finished.total) == (2, 4)
    assert finished.standings[0].player == BOB
    assert session.state == "finished" and session.next_deadline() is None
    assert session.answer(ALICE, "x", 8.0)[0].reason == "finished"  # type: ignore[attr-defined]
    with pytest.raises(SessionError):
        session.stop(None, 9.0)


def test_stale_answers_for_an_earlier_question_are_ignored() -> None:
    session = start(numbered_set(5), questions=3, reveal_pause=0)
    session.answer(ALICE, current_answer(session), 1.0)
    events = session.answer(BOB, current_answer(session), 2.0, number=1)
    assert events[0].reason == "stale"  # type: ignore[attr-defined]


def test_answers_before_start_are_ignored_and_start_only_once() -> None:
    session = Session(SessionOptions(sets=(numbered_set(2),), seed=1))
    assert session.next_deadline() is None
    assert session.answer(ALICE, "x", 0.0)[0].reason == "not_started"  # type: ignore[attr-defined]
    session.start(0.0)
    with pytest.raises(SessionError):
        session.start(1.0)
