"""What a schedule runs, and the loop that runs schedules when they are due.

`ScheduleSpec` is the typed form of the JSON the store keeps with a schedule.
`Scheduler` asks the engine (`bot.engine.schedule.decide`) what each schedule
should do now, claims the run in the store (compare-and-set on its planned
time, so a restart or a second process never starts it twice) and only then
hands it to the front-end's `ScheduleHost`. Only schedules of servers the host
says it owns are looked at: with sharding, each process runs its own servers'.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal, Protocol

from bot.engine.errors import QuizError
from bot.engine.schedule import (
    DEFAULT_GRACE,
    ScheduleError,
    Timing,
    decide,
    parse_date,
    parse_time,
)
from bot.engine.session import Mode
from bot.game.clock import Clock
from bot.store.base import Store
from bot.store.calendar import ScheduleRecord

logger = logging.getLogger(__name__)

Kind = Literal["quiz", "qotd", "champion"]
KINDS: tuple[Kind, ...] = ("quiz", "qotd", "champion")
# Longest sleep between looks at the store, so schedules added by another process show up.
IDLE_SECONDS = 60.0


@dataclass(frozen=True, slots=True)
class ScheduleSpec:
    """What runs and when. Quizzes use `set_name`/`tags`/`questions`/`mode`; a question
    of the day `set_name`/`tags` and `open_hours`; a champion post `period`."""

    kind: Kind
    timing: Timing
    set_name: str | None = None
    tags: frozenset[str] = frozenset()
    questions: int = 10
    mode: Mode = "race"
    lead_minutes: int = 0
    open_hours: float = 23.0
    period: Literal["week", "month"] = "week"

    def to_json(self) -> dict[str, Any]:
        t = self.timing
        return {
            "kind": self.kind,
            "zone": t.zone_name,
            "at": t.at.isoformat(),
            "repeat": t.repeat,
            "day": t.day.isoformat() if t.day else None,
            "days": sorted(t.days),
            "set": self.set_name,
            "tags": sorted(self.tags),
            "questions": self.questions,
            "mode": self.mode,
            "lead_minutes": self.lead_minutes,
            "open_hours": self.open_hours,
            "period": self.period,
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> ScheduleSpec:
        """Raises ScheduleError when the stored spec cannot be read (a newer or broken row)."""
        try:
            day = raw.get("day")
            timing = Timing(
                zone_name=str(raw["zone"]),
                at=parse_time(str(raw["at"])),
                repeat=raw["repeat"],
                day=parse_date(day) if day else None,
                days=frozenset(int(d) for d in raw.get("days", ())),
            )
            kind = raw["kind"]
            if kind not in KINDS:
                raise ScheduleError(f"unknown schedule kind {kind!r}")
            return cls(
                kind=kind,
                timing=timing,
                set_name=raw.get("set"),
                tags=frozenset(raw.get("tags", ())),
                questions=int(raw.get("questions", 10)),
                mode=raw.get("mode", "race"),
                lead_minutes=int(raw.get("lead_minutes", 0)),
                open_hours=float(raw.get("open_hours", 23.0)),
                period=raw.get("period", "week"),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ScheduleError(f"the stored schedule cannot be read: {error!r}") from None

    @property
    def lead(self) -> timedelta:
        return timedelta(minutes=self.lead_minutes)

    def what(self) -> str:
        source = f"set {self.set_name}" if self.set_name else "all sets"
        if self.tags:
            source += f" (tags {', '.join(sorted(self.tags))})"
        if self.kind == "quiz":
            return f"{self.mode} quiz, {self.questions} questions from {source}"
        if self.kind == "qotd":
            return f"question of the day from {source}, open {self.open_hours:g} h"
        return f"{self.period}ly champion"

    def local_day(self, run_at: datetime) -> date:
        return run_at.astimezone(self.timing.tz).date()


async def streak_today(store: Store, scope: str, now: datetime) -> date:
    """Today's date for a server's daily streaks: in the time zone of its question of
    the day, whose local dates the streaks count (an enabled schedule first; UTC when
    it has none). A player in the evening of a day whose question is still unanswered
    keeps their streak."""
    zones: list[tuple[bool, ScheduleSpec]] = []
    for record in await store.schedules(scope):
        with contextlib.suppress(ScheduleError):
            spec = ScheduleSpec.from_json(record.spec)
            if spec.kind == "qotd":
                zones.append((not record.enabled, spec))
    if not zones:
        return now.astimezone(UTC).date()
    return min(zones, key=lambda pair: pair[0])[1].local_day(now)


class DisabledError(QuizError):
    """The host cannot run this schedule any more (channel gone, set removed...)."""


class ScheduleHost(Protocol):
    def owns(self, scope: str) -> bool:
        """Whether this process runs the schedules of server `scope` (sharding)."""
        ...

    async def announce(self, record: ScheduleRecord, spec: ScheduleSpec, run_at: datetime) -> None:
        """Say that a run is coming; raise DisabledError if it never can."""
        ...

    async def run(self, record: ScheduleRecord, spec: ScheduleSpec, run_at: datetime) -> None:
        """Start the run (returns once started); raise DisabledError if it never can."""
        ...

    async def disabled(self, record: ScheduleRecord, reason: str) -> None:
        """Tell the server its schedule was turned off, and why."""
        ...


@dataclass
class Scheduler:
    store: Store
    clock: Clock
    host: ScheduleHost
    grace: timedelta = DEFAULT_GRACE
    _changed: asyncio.Event = field(default_factory=asyncio.Event)

    def changed(self) -> None:
        """A schedule was added or removed here: look again now."""
        self._changed.set()

    async def run_forever(self) -> None:
        while True:
            try:
                wake = await self.tick()
            except Exception:
                logger.exception("the scheduler could not check its schedules")
                wake = None
            now = self.clock.wall()
            delay = IDLE_SECONDS if wake is None else (wake - now).total_seconds()
            self._changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), max(0.05, min(delay, IDLE_SECONDS)))

    async def tick(self) -> datetime | None:
        """Handle every due schedule of the servers owned here; returns when to look again."""
        wake: datetime | None = None
        for record in await self.store.schedules():
            if not record.enabled or not self.host.owns(record.scope):
                continue
            try:
                at = await self._one(record)
            except Exception:
                logger.exception("schedule %s failed", record.schedule_id)
                continue
            if at is not None and (wake is None or at < wake):
                wake = at
        return wake

    async def _one(self, record: ScheduleRecord) -> datetime | None:
        try:
            spec = ScheduleSpec.from_json(record.spec)
        except ScheduleError as error:
            await self._disable(record, str(error))
            return None
        now = self.clock.wall()
        announced = record.announced_at is not None and record.announced_at == record.next_at
        decision = decide(
            spec.timing, record.next_at, now, announced=announced, grace=self.grace, lead=spec.lead
        )
        sid, planned = record.schedule_id, record.next_at
        if decision.action == "announce" and decision.run_at is not None:
            if await self.store.advance_schedule(sid, planned, planned, decision.run_at):
                await self._carry_out(record, self.host.announce(record, spec, decision.run_at))
        elif decision.action in ("run", "skip") and decision.run_at is not None:
            if not await self.store.advance_schedule(sid, planned, decision.next_at, None):
                return decision.wake_at  # someone else claimed it (or it was removed)
            if decision.action == "run":
                logger.info("schedule %s runs (late by %s)", sid, decision.late_by)
                await self._carry_out(record, self.host.run(record, spec, decision.run_at))
            else:
                logger.info(
                    "schedule %s skipped the run due at %s: %s late, more than the grace",
                    sid,
                    decision.run_at.isoformat(),
                    decision.late_by,
                )
            if decision.next_at is None:
                await self.store.remove_schedule(record.scope, sid)
        elif decision.action == "finished":
            await self.store.remove_schedule(record.scope, sid)
        return decision.wake_at

    async def _carry_out(self, record: ScheduleRecord, work: Any) -> None:
        try:
            await work
        except DisabledError as error:
            await self._disable(record, str(error))

    async def _disable(self, record: ScheduleRecord, reason: str) -> None:
        if await self.store.disable_schedule(record.schedule_id, reason):
            logger.warning("schedule %s disabled: %s", record.schedule_id, reason)
            try:
                await self.host.disabled(record, reason)
            except Exception:
                logger.exception(
                    "could not report that schedule %s was disabled", record.schedule_id
                )
