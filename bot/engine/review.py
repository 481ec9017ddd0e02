"""Spaced repetition for `/quiz review` and `quizbot review`, built on the `fsrs` package.

Every question a player has met is a card, keyed by (player, set, question id). The store
keeps each card as JSON text next to its due time; the functions here turn an answer into
the card's next state and pick which cards to serve. Everything is pure: the caller passes
the time in, and no `fsrs` code path that would read the wall clock is ever reached (a card
is always built with an explicit id and due time, and every review gets an explicit time).
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar, cast

import fsrs

from bot.engine.errors import QuizError

if TYPE_CHECKING:
    from _typeshed import SupportsRichComparison
    from fsrs.card import CardDict

logger = logging.getLogger(__name__)

# A right answer given within this share of the time limit, with no hint, counts as Easy.
FAST_ANSWER_SHARE = 0.25
# How far ahead mastery looks: the chance of still knowing a card this long from now.
MASTERY_HORIZON = timedelta(days=7)

DEFAULT_RETENTION = 0.9
DEFAULT_LEARNING_STEPS = (timedelta(minutes=1), timedelta(minutes=10))
DEFAULT_RELEARNING_STEPS = (timedelta(minutes=10),)
DEFAULT_MAXIMUM_INTERVAL_DAYS = 36500

STATE_NAMES: Mapping[fsrs.State, str] = MappingProxyType(
    {
        fsrs.State.Learning: "learning",
        fsrs.State.Review: "review",
        fsrs.State.Relearning: "relearning",
    }
)

K = TypeVar("K", bound="SupportsRichComparison")


class ReviewError(QuizError, ValueError):
    """Bad input to the review engine: a naive datetime, a broken stored card, a bad number."""


def as_utc(moment: object, what: str = "datetime") -> datetime:
    """Return `moment` in UTC; refuse anything that is not a timezone-aware datetime.

    A naive datetime is refused rather than guessed at, because reading it as local time
    or as UTC would silently shift every due date by the host's offset.
    """
    if not isinstance(moment, datetime):
        raise ReviewError(f"{what} must be a datetime, got {type(moment).__name__}")
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ReviewError(
            f"{what} {moment.isoformat()} is naive; pass a timezone-aware UTC datetime"
        )
    # fsrs insists on tzinfo == timezone.utc, so ZoneInfo("UTC") and other zones are converted.
    return moment.astimezone(UTC)


def rating_for(
    correct: bool, hints_used: int, response_time: float, time_limit: float
) -> fsrs.Rating:
    """Grade one answer for the scheduler.

    wrong -> Again; right after at least one hint -> Hard; right without a hint within
    FAST_ANSWER_SHARE (25%) of the time limit -> Easy; any other right answer -> Good.
    """
    if hints_used < 0:
        raise ReviewError(f"hints_used must be 0 or more, got {hints_used}")
    if not math.isfinite(response_time) or response_time < 0:
        raise ReviewError(
            f"response_time must be a finite number of seconds >= 0, got {response_time}"
        )
    if not math.isfinite(time_limit) or time_limit <= 0:
        raise ReviewError(f"time_limit must be a finite number of seconds > 0, got {time_limit}")
    if not correct:
        return fsrs.Rating.Again
    if hints_used > 0:
        return fsrs.Rating.Hard
    if response_time <= FAST_ANSWER_SHARE * time_limit:
        return fsrs.Rating.Easy
    return fsrs.Rating.Good


@dataclass(frozen=True, slots=True)
class CardState:
    """One card's scheduling state, an immutable mirror of `fsrs.Card`."""

    card_id: int
    state: fsrs.State
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None

    @property
    def state_name(self) -> str:
        """'new' before the first review, then 'learning', 'review' or 'relearning'."""
        if self.last_review is None:
            return "new"
        return STATE_NAMES[self.state]

    def to_fsrs(self) -> fsrs.Card:
        return fsrs.Card(
            card_id=self.card_id,
            state=self.state,
            step=self.step,
            stability=self.stability,
            difficulty=self.difficulty,
            due=self.due,
            last_review=self.last_review,
        )

    @classmethod
    def from_fsrs(cls, card: fsrs.Card) -> CardState:
        return cls(
            card_id=card.card_id,
            state=card.state,
            step=card.step,
            stability=card.stability,
            difficulty=card.difficulty,
            due=as_utc(card.due, "card due"),
            last_review=(
                None if card.last_review is None else as_utc(card.last_review, "last review")
            ),
        )

    def to_json(self) -> str:
        """Compact, key-sorted JSON in fsrs's own card format, for the store."""
        return json.dumps(self.to_fsrs().to_dict(), sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> CardState:
        """Read a stored card; a broken one raises ReviewError saying what is wrong."""
        try:
            data: Any = json.loads(text)
        except (TypeError, ValueError) as error:
            raise ReviewError(f"stored card is not valid JSON: {error}") from error
        if not isinstance(data, dict):
            raise ReviewError(f"stored card must be a JSON object, got {type(data).__name__}")
        try:
            card = fsrs.Card.from_dict(cast("CardDict", data))
        except KeyError as error:
            raise ReviewError(f"stored card lacks the field {error}") from error
        except (TypeError, ValueError) as error:
            raise ReviewError(f"stored card has a bad value: {error}") from error
        _check_consistent(card)
        return cls.from_fsrs(card)


def _check_consistent(card: fsrs.Card) -> None:
    """Refuse a stored card that fsrs would trip over later, with a readable reason."""
    if card.step is not None and (not isinstance(card.step, int) or card.step < 0):
        raise ReviewError(f"stored card has a bad step {card.step!r}")
    for name, value in (("stability", card.stability), ("difficulty", card.difficulty)):
        if value is not None and not (math.isfinite(value) and value > 0):
            raise ReviewError(f"stored card has a bad {name} {value!r}")
    if card.state != fsrs.State.Learning and (card.stability is None or card.difficulty is None):
        raise ReviewError(f"stored card in state {card.state.name} lacks stability or difficulty")
    if card.state == fsrs.State.Relearning and card.step is None:
        raise ReviewError("stored card in state Relearning lacks its step")


@dataclass(frozen=True, slots=True)
class ReviewResult:
    """The outcome of one review: what to store and when to ask again."""

    card_json: str
    due: datetime
    interval: timedelta  # from the review time to `due`
    state: str  # 'learning', 'review' or 'relearning'
    rating: fsrs.Rating


class ReviewScheduler:
    """An FSRS scheduler with quizbot's conventions: explicit times, UTC, JSON cards.

    Fuzzing is off by default: fsrs draws fuzz from the process-wide `random` generator,
    which would make due dates unrepeatable. Turn it on only where that does not matter.
    """

    def __init__(
        self,
        *,
        desired_retention: float = DEFAULT_RETENTION,
        enable_fuzzing: bool = False,
        learning_steps: Sequence[timedelta] = DEFAULT_LEARNING_STEPS,
        relearning_steps: Sequence[timedelta] = DEFAULT_RELEARNING_STEPS,
        maximum_interval_days: int = DEFAULT_MAXIMUM_INTERVAL_DAYS,
    ) -> None:
        if not 0 < desired_retention < 1:
            raise ReviewError(
                f"desired_retention must be between 0 and 1 (exclusive), got {desired_retention}"
            )
        if maximum_interval_days < 1:
            raise ReviewError(
                f"maximum_interval_days must be 1 or more, got {maximum_interval_days}"
            )
        for step in (*learning_steps, *relearning_steps):
            if step <= timedelta(0):
                raise ReviewError(f"learning and relearning steps must be positive, got {step}")
        self._fsrs = fsrs.Scheduler(
            desired_retention=desired_retention,
            learning_steps=tuple(learning_steps),
            relearning_steps=tuple(relearning_steps),
            maximum_interval=maximum_interval_days,
            enable_fuzzing=enable_fuzzing,
        )

    @property
    def desired_retention(self) -> float:
        return self._fsrs.desired_retention

    def new_card(self, now: datetime) -> CardState:
        """A card never reviewed, due at `now`; its id is `now` in epoch milliseconds."""
        now = as_utc(now, "now")
        # Both arguments are explicit: left out, fsrs would read the clock and sleep 1 ms.
        card = fsrs.Card(card_id=int(now.timestamp() * 1000), due=now)
        return CardState.from_fsrs(card)

    def load(self, card_json: str | None, now: datetime) -> CardState:
        """The stored card, or a new one due at `now` when nothing is stored yet."""
        if card_json is None:
            return self.new_card(now)
        return CardState.from_json(card_json)

    def review(self, card_json: str | None, rating: fsrs.Rating, now: datetime) -> ReviewResult:
        """Apply one graded answer given at `now`; `card_json` None means a first meeting."""
        now = as_utc(now, "now")
        if not isinstance(rating, fsrs.Rating):
            raise ReviewError(f"rating must be an fsrs.Rating, got {rating!r}")
        before = self.load(card_json, now)
        reviewed, _log = self._fsrs.review_card(before.to_fsrs(), rating, review_datetime=now)
        after = CardState.from_fsrs(reviewed)
        logger.debug("card %s rated %s: due %s", after.card_id, rating.name, after.due)
        return ReviewResult(
            card_json=after.to_json(),
            due=after.due,
            interval=after.due - now,
            state=after.state_name,
            rating=rating,
        )

    def from_outcome(
        self,
        card_json: str | None,
        *,
        correct: bool,
        hints_used: int,
        response_time: float,
        time_limit: float,
        now: datetime,
    ) -> ReviewResult:
        """Grade an answer with `rating_for` and review the card with that grade."""
        rating = rating_for(correct, hints_used, response_time, time_limit)
        return self.review(card_json, rating, now)

    def retrievability(self, card_json: str, now: datetime) -> float:
        """Predicted chance, 0..1, that the player still knows the card at `now`.

        A card never reviewed scores 0. Unlike fsrs's own helper, which counts
        whole days, elapsed time here is fractional, so the curve moves within a day.
        """
        now = as_utc(now, "now")
        card = CardState.from_json(card_json).to_fsrs()
        if card.last_review is None or card.stability is None:
            return 0.0
        elapsed_days = max(0.0, (now - card.last_review).total_seconds() / 86_400)
        decay = -float(self._fsrs.parameters[20])
        factor = 0.9 ** (1 / decay) - 1
        return float((1 + factor * elapsed_days / card.stability) ** decay)

    def mastery(self, card_jsons: Iterable[str], now: datetime) -> float:
        """Mean chance of still knowing the cards a week after `now`; 0.0 when none.

        Looking a week ahead is what makes a question missed a minute ago count as
        weak: right after any review recall is near certain, but a missed card's
        low stability lets it fade within days while a known card's holds.
        """
        horizon = as_utc(now, "now") + MASTERY_HORIZON
        values = [self.retrievability(card_json, horizon) for card_json in card_jsons]
        return sum(values) / len(values) if values else 0.0

    def weakest(self, cards: Iterable[tuple[K, str]], now: datetime, limit: int) -> list[K]:
        """Keys of the `limit` cards least likely to be remembered at `now`, ties by key."""
        if limit < 0:
            raise ReviewError(f"limit must be 0 or more, got {limit}")
        horizon = as_utc(now, "now") + MASTERY_HORIZON
        scored = [(self.retrievability(card_json, horizon), key) for key, card_json in cards]
        scored.sort(key=lambda pair: (pair[0], pair[1]))
        return [key for _score, key in scored[:limit]]


def pick_due(
    cards: Iterable[tuple[K, str, datetime]],
    now: datetime,
    limit: int,
    *,
    include_upcoming: bool = False,
) -> list[K]:
    """Keys of the cards to serve at `now`, at most `limit` of them.

    Due cards (due at or before `now`) come first, the most overdue first. With
    `include_upcoming`, the rest of the room is filled with cards not yet due, the
    soonest first, for a player who wants to review ahead. Equal due times are
    ordered by key, so the choice never depends on the order the store returned.
    The card JSON is not read: the store's due column is the authority.
    """
    now = as_utc(now, "now")
    if limit < 0:
        raise ReviewError(f"limit must be 0 or more, got {limit}")
    dated = [(as_utc(due, f"due time of card {key!r}"), key) for key, _json, due in cards]
    dated.sort(key=lambda pair: (pair[0], pair[1]))
    chosen = [key for due, key in dated if due <= now]
    if include_upcoming:
        chosen += [key for due, key in dated if due > now]
    return chosen[:limit]


__all__ = [
    "FAST_ANSWER_SHARE",
    "CardState",
    "ReviewError",
    "ReviewResult",
    "ReviewScheduler",
    "as_utc",
    "pick_due",
    "rating_for",
]
