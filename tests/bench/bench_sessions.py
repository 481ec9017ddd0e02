"""Benchmark: 1,000 concurrent race sessions fed 100,000 answers on a simulated clock.

Run: .venv/bin/python tests/bench/bench_sessions.py [--sessions N] [--answers N]

Prints answers handled per second, the p50/p99 time to handle one answer
(`Session.answer`, measured with perf_counter around each call; ticks and session
creation are outside the timed calls but inside the wall time) and the memory held
per active session (tracemalloc, separate pass). It runs twice: with the real judge
(questions prepared up front, as the loader does) and with a bare exact-match judge,
which shows what the session machinery itself costs.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
import tracemalloc

from bot.engine.judge import judge as real_judge
from bot.engine.judge import prepare
from bot.engine.models import QuestionBase, QuizSet
from bot.engine.session import Judge, Player, Session, SessionOptions
from bot.engine.verdict import Verdict

PLAYERS = [Player(str(n), f"player{n}") for n in range(8)]


def bank(size: int = 200) -> QuizSet:
    questions = [
        {"id": f"q{i}", "type": "text", "ask": f"Question {i}?", "answer": f"Answer {i}"}
        for i in range(size)
    ]
    quiz = QuizSet.model_validate({"title": "Bench", "questions": questions})
    quiz._name = "bench"
    for question in quiz.questions:
        prepare(question)
    return quiz


def exact_judge(question: QuestionBase, text: str) -> Verdict:
    right = text == question.display_answer()
    return Verdict(correct=right, reason="exact" if right else "wrong")


def new_session(quiz: QuizSet, seed: int, now: float, judge: Judge) -> Session:
    options = SessionOptions(sets=(quiz,), questions=20, seed=seed, starter_id="0")
    session = Session(options, judge=judge)
    session.start(now)
    return session


def pick_text(session: Session, rng: random.Random) -> str:
    number = session.current_number
    if number is None or rng.random() < 0.75:
        return f"wrong guess {rng.randrange(1000)}"
    return session.plan[number - 1].question.display_answer()


def run(sessions: int, answers: int, seed: int, judge: Judge) -> tuple[list[float], float, int]:
    rng = random.Random(seed)
    quiz = bank()
    live = [new_session(quiz, n, 0.0, judge) for n in range(sessions)]
    started = sessions
    durations: list[float] = []
    # Each session receives an answer every `sessions * step` simulated seconds.
    step = 0.01
    wall = time.perf_counter()
    for n in range(answers):
        now = n * step
        slot = n % sessions
        session = live[slot]
        deadline = session.next_deadline()
        if deadline is not None and deadline <= now:
            session.tick(now)
        if session.state == "finished":
            session = live[slot] = new_session(quiz, started, now, judge)
            started += 1
        player = PLAYERS[rng.randrange(len(PLAYERS))]
        text = pick_text(session, rng)
        t0 = time.perf_counter()
        session.answer(player, text, now)
        durations.append(time.perf_counter() - t0)
    return durations, time.perf_counter() - wall, started


def memory_per_session(sessions: int, answers_each: int, judge: Judge) -> float:
    quiz = bank()
    rng = random.Random(1)
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    live = [new_session(quiz, n, 0.0, judge) for n in range(sessions)]
    for k in range(answers_each):
        for session in live:
            session.answer(PLAYERS[rng.randrange(len(PLAYERS))], pick_text(session, rng), k * 0.5)
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    grown = sum(stat.size_diff for stat in after.compare_to(before, "filename"))
    assert all(s.state != "finished" for s in live)
    return grown / sessions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--answers", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    for label, judge in (("real judge", real_judge), ("exact-match judge", exact_judge)):
        report(label, judge, args.sessions, args.answers, args.seed)


def report(label: str, judge: Judge, sessions: int, answers: int, seed: int) -> None:
    durations, elapsed, started = run(sessions, answers, seed, judge)
    ordered = sorted(durations)
    p50 = statistics.median(ordered)
    p99 = ordered[int(len(ordered) * 0.99) - 1]
    print(f"== {label}")
    print(f"sessions concurrent     {sessions}")
    print(f"sessions started        {started}")
    print(f"answers handled         {len(durations)}")
    print(f"wall time (incl. ticks) {elapsed:.2f} s")
    print(f"answers/s (answer only) {len(durations) / sum(durations):,.0f}")
    print(f"answers/s (whole loop)  {len(durations) / elapsed:,.0f}")
    print(f"p50 per answer          {p50 * 1e6:.1f} us")
    print(f"p99 per answer          {p99 * 1e6:.1f} us")
    per_session = memory_per_session(sessions, 10, judge)
    print(f"memory per session      {per_session / 1024:.1f} KiB (after 10 answers each)")


if __name__ == "__main__":
    main()
