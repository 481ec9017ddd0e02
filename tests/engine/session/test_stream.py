from __future__ import annotations

import random

from bot.engine.models import QuizSet
from bot.engine.session import (
    AnswerIgnored,
    AnswerJudged,
    Award,
    HintRevealed,
    Miss,
    Player,
    QuestionAsked,
    QuestionSkipped,
    QuestionTimedOut,
    QuestionWon,
    Session,
    SessionFinished,
    SessionOptions,
    SessionStarted,
    Standing,
)
from bot.engine.session.hints import build_hints
from bot.engine.verdict import Verdict

from .conftest import ALICE, BOB, CAROL, article_set, make_set, text_q


def two_questions() -> QuizSet:
    return make_set(
        "duo",
        [
            text_q("city", "Moscow", explain="The talks were in Moscow.", difficulty="easy"),
            text_q("day", "Tuesday", explain="They met on a Tuesday."),
        ],
    )


def test_whole_session_event_stream_in_order() -> None:
    options = SessionOptions(
        sets=(two_questions(),),
        questions=2,
        seed=0,
        time_limit=20,
        hint_schedule=(0.5,),
        reveal_pause=4,
        starter_id="1",
    )
    session = Session(options)
    first, second = session.plan
    log: list[object] = []
    log += session.start(0.0)
    q1 = first.question.display_answer()
    q2 = second.question.display_answer()
    log += session.answer(BOB, "Paris", 2.0)
    log += session.answer(ALICE, q1, 5.0)
    log += session.answer(CAROL, q1, 5.0)
    assert session.next_deadline() == 9.0
    log += session.tick(9.0)
    log += session.tick(19.0)  # the hint at half time
    log += session.tick(29.0)  # time is up for question 2
    v_wrong = Verdict(correct=False, reason="wrong")
    right = Verdict(correct=True, matched=q1, reason="exact")
    k1, k2 = first.key, second.key
    b1 = 10 if k1[1] == "city" else 20
    b2 = 30 - b1
    p1 = round(b1 + 0.5 * b1 * 0.75)  # 5 s of 20 used
    hint2 = build_hints(second.question, random.Random())[0]
    e1, e2 = first.question.explain, second.question.explain
    assert log == [
        SessionStarted("race", 2, "1", 0.0),
        QuestionAsked(1, 2, k1, "duo title", first.question, 0.0, 20.0, 20, (), b1, 2),
        AnswerJudged(1, k1, BOB, "Paris", v_wrong, False, False, 0, 2.0, 0, 2, 0, 2.0),
        AnswerJudged(1, k1, ALICE, q1, right, True, False, p1, 5.0, 0, 0, 1, 5.0),
        QuestionWon(1, k1, q1, e1, (Award(ALICE, p1, 5.0),), (Miss(BOB, ("Paris",)),), 5.0, 9.0),
        AnswerIgnored(1, CAROL, q1, "late", 5.0),
        QuestionAsked(2, 2, k2, "duo title", second.question, 9.0, 29.0, 20, (), b2, 2),
        HintRevealed(2, k2, 1, hint2, (hint2,), None, 19.0),
        QuestionTimedOut(2, k2, q2, e2, (), (), 29.0, None, reason="time"),
        SessionFinished(
            (
                Standing(1, ALICE, p1, 1, 1, 5.0, 1, False),
                Standing(2, BOB, 0, 0, 1, 0.0, 0, False),
            ),
            2,
            2,
            False,
            None,
            29.0,
        ),
    ]
    assert session.next_deadline() is None


def test_ties_share_a_rank_and_follow_the_documented_order() -> None:
    quiz = make_set("t", [text_q(f"q{i}", f"a{i}", points=10) for i in range(6)])
    session = Session(
        SessionOptions(
            sets=(quiz,), questions=6, seed=2, reveal_pause=0, hint_schedule=(), time_limit=10
        )
    )
    session.start(0.0)
    answers = [p.question.display_answer() for p in session.plan]
    now = 0.0

    def win(player: Player, seconds: float) -> None:
        nonlocal now
        now += seconds
        index = session.current_number - 1  # type: ignore[operator]
        session.answer(player, answers[index], now)

    # 9.5 of 10 s used: 10 + 0.25 speed bonus -> 10 points each; nobody wins twice in a row.
    win(ALICE, 9.5)
    win(BOB, 9.5)
    win(CAROL, 9.5)
    win(ALICE, 9.5)  # Alice: 20 points, two right answers, 19 s in all
    session.answer(BOB, "wrong", now + 1)
    win(BOB, 9.5)  # Bob: the same, reached later
    finished = session.stop(None, now)[-1]
    assert isinstance(finished, SessionFinished)
    table = [(s.rank, s.player.name, s.points, s.tied) for s in finished.standings]
    # Alice and Bob share rank 1 with the same points, right answers and response time;
    # Alice reached 20 first. Carol is third: rank 3, not 2.
    assert table == [(1, "Alice", 20, True), (1, "Bob", 20, True), (3, "Carol", 10, False)]


def test_tie_broken_by_response_time_before_arrival() -> None:
    quiz = make_set("t", [text_q(f"q{i}", f"a{i}", points=10) for i in range(2)])
    rules_free = SessionOptions(
        sets=(quiz,), questions=2, seed=2, reveal_pause=0, hint_schedule=(), time_limit=10
    )
    session = Session(rules_free)
    session.start(0.0)
    a0, a1 = (p.question.display_answer() for p in session.plan)
    session.answer(ALICE, a0, 9.5)  # 10 + 0.25 -> 10 points in 9.5 s
    session.answer(BOB, a1, 18.7)  # 10 + 0.4 -> 10 points in 9.2 s
    standings = session.standings()
    assert [(s.player, s.rank, s.points) for s in standings] == [(BOB, 1, 10), (ALICE, 1, 10)]


def test_generated_hints_per_type() -> None:
    quiz = article_set()
    by_id = {q.id: q for q in quiz.questions}
    rng = random.Random(0)
    assert build_hints(by_id["minister"], rng) == (
        "He was defence minister",
        "_ _ _ _ _ _ (6 letters)",
        "S _ _ _ _ _",
    )
    assert build_hints(by_id["coups"], rng) == (
        "a number with 1 digit before any decimal point",
        "it starts with 2",
    )
    assert build_hints(by_id["year"], rng) == ("the 21st century", "the 2020s")
    country = build_hints(by_id["country"], rng)
    assert len(country) == 2 and "France" not in " ".join(country)
    assert country[1].startswith(country[0])
    assert build_hints(by_id["grain"], rng) == ()
    multi = make_set(
        "m",
        [
            text_q("two", "Sergei Shoigu"),
            {"id": "all", "type": "all_of", "ask": "Who met?", "answer": ["Shoigu", "Coulibaly"]},
        ],
    )
    assert build_hints(multi.questions[0], rng)[0] == ("_ _ _ _ _ _   _ _ _ _ _ _ (6, 6 letters)")
    assert build_hints(multi.questions[1], rng) == (
        "2 parts to name",
        "Starting with: S _ _ _ _ _, C _ _ _ _ _ _ _ _",
    )


def test_skip_on_the_last_question_finishes_the_session() -> None:
    session = Session(SessionOptions(sets=(two_questions(),), questions=1, seed=0))
    session.start(0.0)
    events = session.skip(None, 1.0)
    assert [type(e) for e in events] == [QuestionSkipped, SessionFinished]
