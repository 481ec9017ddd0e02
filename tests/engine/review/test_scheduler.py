"""ReviewScheduler on a fake clock: every time is a datetime built by the test."""

import itertools
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import fsrs.card
import fsrs.scheduler
import pytest
from fsrs import Rating

from bot.engine.review import CardState, ReviewError, ReviewResult, ReviewScheduler

T0 = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def run(
    scheduler: ReviewScheduler, ratings: list[Rating], start: datetime = T0
) -> list[ReviewResult]:
    """Review one card with each rating in turn, each time exactly when it falls due."""
    results: list[ReviewResult] = []
    card_json: str | None = None
    now = start
    for rating in ratings:
        result = scheduler.review(card_json, rating, now)
        results.append(result)
        card_json, now = result.card_json, result.due
    return results


def test_new_card_is_due_at_once_and_built_from_the_given_time() -> None:
    card = ReviewScheduler().new_card(T0)
    assert card.due == T0
    assert card.last_review is None
    assert card.state_name == "new"
    assert card.card_id == int(T0.timestamp() * 1000)


def test_a_missed_card_comes_back_before_a_known_one() -> None:
    scheduler = ReviewScheduler()
    missed = scheduler.review(None, Rating.Again, T0)
    known = scheduler.review(None, Rating.Good, T0)
    assert missed.due < known.due
    assert missed.interval == timedelta(minutes=1)


def test_a_missed_card_comes_back_before_a_known_one_after_both_were_learnt() -> None:
    scheduler = ReviewScheduler()
    learnt = run(scheduler, [Rating.Good, Rating.Good, Rating.Good])[-1]
    missed = scheduler.review(learnt.card_json, Rating.Again, learnt.due)
    known = scheduler.review(learnt.card_json, Rating.Good, learnt.due)
    assert missed.due < known.due
    assert missed.state == "relearning"
    assert known.state == "review"
    assert missed.interval < timedelta(days=1) < known.interval


def test_intervals_grow_with_each_right_answer() -> None:
    results = run(ReviewScheduler(), [Rating.Good] * 6)
    intervals = [r.interval for r in results]
    assert all(a < b for a, b in itertools.pairwise(intervals)), intervals
    assert [r.state for r in results] == ["learning"] + ["review"] * 5


def test_good_good_good_gives_strictly_increasing_intervals() -> None:
    first, second, third = (r.interval for r in run(ReviewScheduler(), [Rating.Good] * 3))
    assert first < second < third
    assert third >= timedelta(days=3)


def test_easy_grows_faster_than_good() -> None:
    scheduler = ReviewScheduler()
    easy = run(scheduler, [Rating.Easy] * 3)
    good = run(scheduler, [Rating.Good] * 3)
    for e, g in zip(easy, good, strict=True):
        assert e.interval > g.interval
    # From the very same card, Easy also beats Good, and Good beats Hard.
    base = good[-1]
    nexts = {
        rating: scheduler.review(base.card_json, rating, base.due).interval
        for rating in (Rating.Hard, Rating.Good, Rating.Easy)
    }
    assert nexts[Rating.Hard] < nexts[Rating.Good] < nexts[Rating.Easy]


def test_a_miss_after_a_long_streak_shrinks_the_interval() -> None:
    scheduler = ReviewScheduler()
    streak = run(scheduler, [Rating.Good] * 6)
    before = streak[-1]
    assert before.interval > timedelta(days=100)
    lapse = scheduler.review(before.card_json, Rating.Again, before.due)
    assert lapse.interval == timedelta(minutes=10)
    # Relearnt, the card is scheduled far sooner than before the lapse.
    relearnt = scheduler.review(lapse.card_json, Rating.Good, lapse.due)
    assert relearnt.state == "review"
    assert relearnt.interval < before.interval / 4


def test_json_round_trip_keeps_every_field() -> None:
    scheduler = ReviewScheduler()
    result = run(scheduler, [Rating.Good, Rating.Good, Rating.Again])[-1]
    card = CardState.from_json(result.card_json)
    assert card.to_json() == result.card_json
    assert card.due == result.due
    assert card.state_name == result.state == "relearning"
    assert card.step == 0
    assert card.stability is not None
    assert card.difficulty is not None
    assert card.last_review is not None
    assert card.due.tzinfo is not None
    stored = json.loads(result.card_json)
    assert stored["due"] == result.due.isoformat()
    # Continuing from the parsed copy is the same as continuing from the stored text.
    again = scheduler.review(card.to_json(), Rating.Good, card.due)
    assert again == scheduler.review(result.card_json, Rating.Good, card.due)


def test_results_are_deterministic() -> None:
    ratings = [Rating.Good, Rating.Again, Rating.Good, Rating.Easy, Rating.Hard, Rating.Good]
    first = run(ReviewScheduler(), ratings)
    second = run(ReviewScheduler(), ratings)
    assert first == second


def test_higher_desired_retention_asks_again_sooner() -> None:
    relaxed = run(ReviewScheduler(desired_retention=0.8), [Rating.Good] * 4)[-1]
    strict = run(ReviewScheduler(desired_retention=0.97), [Rating.Good] * 4)[-1]
    assert strict.interval < relaxed.interval


def test_fuzzing_can_be_turned_on() -> None:
    result = run(ReviewScheduler(enable_fuzzing=True), [Rating.Good] * 4)[-1]
    assert result.state == "review"
    assert result.interval > timedelta(days=3)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"desired_retention": 1.0}, "desired_retention"),
        ({"desired_retention": 0.0}, "desired_retention"),
        ({"maximum_interval_days": 0}, "maximum_interval_days"),
        ({"learning_steps": [timedelta(0)]}, "steps must be positive"),
    ],
)
def test_bad_options_are_refused(options: dict[str, object], message: str) -> None:
    with pytest.raises(ReviewError, match=message):
        ReviewScheduler(**options)  # type: ignore[arg-type]


def test_from_outcome_grades_then_reviews() -> None:
    scheduler = ReviewScheduler()
    outcome = scheduler.from_outcome(
        None, correct=True, hints_used=0, response_time=3.0, time_limit=30.0, now=T0
    )
    assert outcome.rating is Rating.Easy
    assert outcome == scheduler.review(None, Rating.Easy, T0)
    hinted = scheduler.from_outcome(
        outcome.card_json,
        correct=True,
        hints_used=1,
        response_time=3.0,
        time_limit=30.0,
        now=outcome.due,
    )
    assert hinted.rating is Rating.Hard


# --- time handling -------------------------------------------------------------------------


def test_naive_datetimes_are_refused() -> None:
    scheduler = ReviewScheduler()
    naive = datetime(2026, 3, 1, 9, 30)
    with pytest.raises(ReviewError, match="naive"):
        scheduler.new_card(naive)
    with pytest.raises(ReviewError, match="naive"):
        scheduler.review(None, Rating.Good, naive)
    card_json = scheduler.review(None, Rating.Good, T0).card_json
    with pytest.raises(ReviewError, match="naive"):
        scheduler.retrievability(card_json, naive)


def test_other_time_zones_are_converted_to_utc() -> None:
    scheduler = ReviewScheduler()
    paris = T0.astimezone(ZoneInfo("Europe/Paris"))
    zone_utc = T0.astimezone(ZoneInfo("UTC"))
    expected = scheduler.review(None, Rating.Good, T0)
    assert scheduler.review(None, Rating.Good, paris) == expected
    assert scheduler.review(None, Rating.Good, zone_utc) == expected
    assert expected.due.utcoffset() == timedelta(0)


class _NoClock(datetime):
    @classmethod
    def now(cls, tz: object = None) -> "_NoClock":
        raise AssertionError("the wall clock was read")


class _NoSleep:
    @staticmethod
    def sleep(seconds: float) -> None:
        raise AssertionError("fsrs slept")


@pytest.fixture
def clockless(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Make any fsrs path that reads the clock or sleeps fail loudly."""
    monkeypatch.setattr(fsrs.card, "datetime", _NoClock)
    monkeypatch.setattr(fsrs.card, "time", _NoSleep)
    monkeypatch.setattr(fsrs.scheduler, "datetime", _NoClock)
    yield


@pytest.mark.usefixtures("clockless")
def test_no_code_path_reads_the_wall_clock() -> None:
    scheduler = ReviewScheduler()
    scheduler.new_card(T0)
    results = run(scheduler, [Rating.Good, Rating.Again, Rating.Good, Rating.Easy])
    later = results[-1].due + timedelta(days=30)
    assert 0 < scheduler.retrievability(results[-1].card_json, later) < 1
    scheduler.mastery([r.card_json for r in results], later)


# --- stored cards that went wrong ----------------------------------------------------------


def _stored(**changes: object) -> str:
    data = json.loads(run(ReviewScheduler(), [Rating.Good, Rating.Good])[-1].card_json)
    data.update(changes)
    return json.dumps(data)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json", "not valid JSON"),
        ("[1, 2]", "must be a JSON object"),
        ("{}", "lacks the field"),
        (_stored(state=9), "bad value"),
        (_stored(due="yesterday"), "bad value"),
        (_stored(due="2026-03-01T09:30:00"), "naive"),
        (_stored(step="two"), "bad step"),
        (_stored(stability=-1.0), "bad stability"),
        (_stored(difficulty=None), "lacks stability or difficulty"),
        (_stored(state=3, step=None), "lacks its step"),
    ],
)
def test_a_broken_stored_card_gives_a_clear_error(text: str, message: str) -> None:
    with pytest.raises(ReviewError, match=message):
        ReviewScheduler().review(text, Rating.Good, T0)


def test_a_wrong_rating_type_is_refused() -> None:
    with pytest.raises(ReviewError, match="rating"):
        ReviewScheduler().review(None, 3, T0)  # type: ignore[arg-type]


# --- retrievability and mastery ------------------------------------------------------------


def test_retrievability_fades_and_a_missed_card_is_weaker() -> None:
    scheduler = ReviewScheduler()
    known = run(scheduler, [Rating.Good] * 3)[-1]
    missed = scheduler.review(known.card_json, Rating.Again, known.due)
    at = known.due
    # Right after the answer recall is near certain, and fades within the day
    # (elapsed time is fractional); at its due time it is as likely as the desired retention.
    just_after = scheduler.retrievability(missed.card_json, at)
    an_hour_on = scheduler.retrievability(missed.card_json, at + timedelta(hours=1))
    assert just_after == 1.0
    assert 0.5 < an_hour_on < 1.0
    assert scheduler.retrievability(known.card_json, at) == pytest.approx(0.9, abs=0.01)
    week, year = at + timedelta(days=7), at + timedelta(days=365)
    assert scheduler.retrievability(known.card_json, year) < scheduler.retrievability(
        known.card_json, week
    )
    assert scheduler.retrievability(missed.card_json, week) < scheduler.retrievability(
        known.card_json, week
    )


def test_a_never_reviewed_card_has_no_retrievability() -> None:
    scheduler = ReviewScheduler()
    assert scheduler.retrievability(scheduler.new_card(T0).to_json(), T0) == 0.0


def test_mastery_is_the_mean_retrievability() -> None:
    scheduler = ReviewScheduler()
    a = run(scheduler, [Rating.Good] * 3)[-1].card_json
    b = run(scheduler, [Rating.Again])[-1].card_json
    at = T0 + timedelta(days=20)
    week_on = at + timedelta(days=7)
    expected = (scheduler.retrievability(a, week_on) + scheduler.retrievability(b, week_on)) / 2
    assert scheduler.mastery([a, b], at) == pytest.approx(expected)
    assert 0 < scheduler.mastery([a, b], at) < 1
    assert scheduler.mastery([], at) == 0.0


def test_weakest_lists_the_least_remembered_first() -> None:
    scheduler = ReviewScheduler()
    strong = run(scheduler, [Rating.Easy] * 3)[-1].card_json
    middle = run(scheduler, [Rating.Good] * 3)[-1].card_json
    weak = run(scheduler, [Rating.Again, Rating.Again])[-1].card_json
    at = T0 + timedelta(days=40)
    cards = [
        (("p", "s", "strong"), strong),
        (("p", "s", "weak"), weak),
        (("p", "s", "mid"), middle),
    ]
    assert scheduler.weakest(cards, at, 2) == [("p", "s", "weak"), ("p", "s", "mid")]
    assert scheduler.weakest(cards, at, 0) == []


def test_a_question_missed_a_minute_ago_shows_low_mastery() -> None:
    scheduler = ReviewScheduler()
    known = run(scheduler, [Rating.Good] * 3)[-1]
    missed = scheduler.review(None, Rating.Again, T0)
    now = T0 + timedelta(minutes=1)
    weak = scheduler.mastery([missed.card_json], now)
    strong = scheduler.mastery([known.card_json], known.due)
    assert weak < 0.65
    assert strong > weak + 0.2
