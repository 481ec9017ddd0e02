"""Whatever players and moderators do, and whenever, the session keeps its promises."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine.session import (
    AnswerIgnored,
    AnswerJudged,
    Event,
    Player,
    QuestionAsked,
    QuestionWon,
    Reveal,
    Session,
    SessionFinished,
    SessionOptions,
)

from .conftest import ALICE, BOB, CAROL, article_set, numbered_set, start

PLAYERS = (ALICE, BOB, CAROL)

step = st.tuples(
    st.sampled_from(["right", "wrong", "empty", "pick", "tick", "hint", "skip"]),
    st.integers(0, 2),
    st.floats(0, 20, allow_nan=False),
)


def act(session: Session, action: str, player: Player, now: float) -> list[Event]:
    number = session.current_number
    if action == "right" and number is not None:
        return session.answer(player, session.plan[number - 1].question.display_answer(), now)
    if action == "pick":
        return session.pick(player, int(now) % 4, now)
    if action == "tick":
        return session.tick(now)
    if action in ("hint", "skip") and session.state not in ("created", "finished"):
        try:
            return session.hint(None, now) if action == "hint" else session.skip(None, now)
        except Exception as error:  # only "no hint left" / "no question open" are expected
            assert "hint" in str(error) or "no question" in str(error)
            return []
    return session.answer(player, "" if action == "empty" else "a wrong guess", now)


@settings(max_examples=60, deadline=None)
@given(
    mode=st.sampled_from(["race", "poll", "solo"]),
    steps=st.lists(step, max_size=60),
    pause=st.sampled_from([0.0, 3.0]),
)
def test_invariants_hold_for_any_sequence(
    mode: str, steps: list[tuple[str, int, float]], pause: float
) -> None:
    quiz = article_set() if mode != "race" else numbered_set(6)
    options = SessionOptions(
        sets=(quiz, numbered_set(3, name="extra")),
        mode=mode,  # type: ignore[arg-type]
        questions=5,
        seed=len(steps),
        starter_id="1",
        reveal_pause=pause,
    )
    session = Session(options)
    events = session.start(0.0)
    now = 0.0
    for action, who, dt in steps:
        now += dt
        events += act(session, action, PLAYERS[who], now)
        deadline = session.next_deadline()
        assert deadline is None or deadline > now
    while session.state != "finished":
        now += 1000
        events += session.tick(now)
    check(session, events)


def check(session: Session, events: list[Event]) -> None:
    asked = [e for e in events if isinstance(e, QuestionAsked)]
    assert len({e.key for e in asked}) == len(asked)  # never a repeat
    reveals = [e for e in events if isinstance(e, Reveal)]
    assert [r.number for r in reveals] == [a.number for a in asked]  # one reveal each
    finished = [e for e in events if isinstance(e, SessionFinished)]
    assert len(finished) == 1
    after = events[events.index(finished[0]) + 1 :]
    assert all(isinstance(e, AnswerIgnored) and e.reason in ("finished", "late") for e in after)
    judged = [e for e in events if isinstance(e, AnswerJudged)]
    per_player: Counter[str] = Counter()
    for j in judged:
        per_player[j.player.id] += j.points
        assert (j.points > 0) == j.correct
    assert {s.player.id: s.points for s in finished[0].standings if s.points} == {
        pid: points for pid, points in per_player.items() if points
    }
    tries = Counter((j.number, j.player.id) for j in judged)
    limit = 1 if session.mode == "poll" else 3
    assert max(tries.values(), default=0) <= limit
    for won in (e for e in events if isinstance(e, QuestionWon)):
        if session.mode != "poll":
            assert len(won.winners) == 1


def test_empty_answers_do_not_use_up_guesses() -> None:
    session = start(numbered_set(3), questions=1)
    reasons = [e.reason for n in range(5) for e in session.answer(ALICE, "  ", float(n))]  # type: ignore[attr-defined]
    assert reasons == ["empty"] * 5
    judged = session.answer(ALICE, "still three guesses", 6.0)[0]
    assert isinstance(judged, AnswerJudged) and judged.guesses_left == 2
