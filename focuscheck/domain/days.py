"""Which days a check-in is owed on: workdays, days off and away periods.

A check-in is owed on a workday (one of the configured weekdays) that no away
period covers (holidays, leave).  The streak counts owed days with a check-in
in a row: days off and away days never break it and never add to it, so a
check-in made on a Sunday is kept and shown but is not a workday more.  A
missed workday made up later (a check-in saved for an earlier date) counts.

Standard library only, and only the parts a start of Python loads anyway (no
``typing``, no ``dataclasses``): ``focuscheck status`` and ``focuscheck prompt``
use it straight from the journal's small state file, before every shell prompt.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Iterator, Sequence
    from typing import Final

#: Between the first and last day of an away period, as stored and as typed.
PERIOD_SEPARATOR: Final = ".."
#: A period longer than this is refused (a typo in a year, not a holiday).
MAX_AWAY_DAYS: Final = 366


class AwayPeriod:
    """Days away from work, first and last day included; equal, ordered and hashed by both days."""

    __slots__ = ("first", "last")

    def __init__(self, first: date, last: date) -> None:
        if last < first:
            raise ValueError("an away period ends before it starts")
        self.first: Final = first
        self.last: Final = last

    def _key(self) -> tuple[date, date]:
        return (self.first, self.last)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AwayPeriod):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other: AwayPeriod) -> bool:
        return self._key() < other._key()

    def __le__(self, other: AwayPeriod) -> bool:
        return self._key() <= other._key()

    def __gt__(self, other: AwayPeriod) -> bool:
        return self._key() > other._key()

    def __ge__(self, other: AwayPeriod) -> bool:
        return self._key() >= other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"AwayPeriod(first={self.first!r}, last={self.last!r})"

    def __reduce__(self) -> tuple[type[AwayPeriod], tuple[date, date]]:
        return (AwayPeriod, self._key())

    def covers(self, day: date) -> bool:
        return self.first <= day <= self.last

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def __str__(self) -> str:
        if self.first == self.last:
            return self.first.isoformat()
        return f"{self.first.isoformat()}{PERIOD_SEPARATOR}{self.last.isoformat()}"

    @classmethod
    def parse(cls, text: str) -> AwayPeriod:
        """``2026-12-24..2027-01-06`` or one ISO date; ValueError if it is neither."""
        first, separator, last = text.strip().partition(PERIOD_SEPARATOR)
        start = date.fromisoformat(first.strip())
        return cls(start, date.fromisoformat(last.strip()) if separator else start)


def merged(periods: Iterable[AwayPeriod]) -> tuple[AwayPeriod, ...]:
    """``periods`` sorted, with overlapping and touching ones joined into one."""
    joined: list[AwayPeriod] = []
    for period in sorted(periods):
        if joined and period.first <= joined[-1].last + timedelta(days=1):
            last = max(joined[-1].last, period.last)
            joined[-1] = AwayPeriod(joined[-1].first, last)
        else:
            joined.append(period)
    return tuple(joined)


def without(periods: Iterable[AwayPeriod], gone: AwayPeriod) -> tuple[AwayPeriod, ...]:
    """``periods`` with the days of ``gone`` taken out (a period may split in two)."""
    kept: list[AwayPeriod] = []
    for period in periods:
        if period.last < gone.first or period.first > gone.last:
            kept.append(period)
            continue
        if period.first < gone.first:
            kept.append(AwayPeriod(period.first, gone.first - timedelta(days=1)))
        if period.last > gone.last:
            kept.append(AwayPeriod(gone.last + timedelta(days=1), period.last))
    return merged(kept)


class DayKind(StrEnum):
    """What kind of day a date is for the check-in."""

    WORKDAY = "workday"
    """A check-in is owed."""
    DAY_OFF = "day_off"
    """Not one of the configured workdays."""
    AWAY = "away"
    """A workday inside an away period."""


class WorkCalendar:
    """The configured workdays (ISO weekdays, Monday is 1) and away periods."""

    __slots__ = ("away", "workdays")

    def __init__(
        self,
        workdays: frozenset[int] = frozenset({1, 2, 3, 4, 5}),
        away: tuple[AwayPeriod, ...] = (),
    ) -> None:
        self.workdays: Final = workdays
        self.away: Final = away

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WorkCalendar):
            return NotImplemented
        return (self.workdays, self.away) == (other.workdays, other.away)

    def __hash__(self) -> int:
        return hash((self.workdays, self.away))

    def __repr__(self) -> str:
        return f"WorkCalendar(workdays={self.workdays!r}, away={self.away!r})"

    @classmethod
    def of(cls, workdays: Iterable[int], away: Iterable[AwayPeriod] = ()) -> WorkCalendar:
        return cls(frozenset(day for day in workdays if 1 <= day <= 7), merged(away))

    def kind(self, day: date) -> DayKind:
        if day.isoweekday() not in self.workdays:
            return DayKind.DAY_OFF
        if any(period.covers(day) for period in self.away):
            return DayKind.AWAY
        return DayKind.WORKDAY

    def owes(self, day: date) -> bool:
        """Whether a check-in is owed on ``day`` (a workday, not away)."""
        return self.kind(day) is DayKind.WORKDAY

    def away_on(self, day: date) -> AwayPeriod | None:
        """The away period that covers ``day``, if any (whatever the weekday)."""
        for period in self.away:  # a loop, not next(generator): a streak asks for every day
            if period.covers(day):
                return period
        return None


class Owed(StrEnum):
    """Where today stands."""

    DONE = "done"
    """Today has a check-in."""
    OWED = "owed"
    """A workday without a check-in yet."""
    DAY_OFF = "day_off"
    """Not a workday, and no check-in (none is owed)."""
    AWAY = "away"
    """Inside an away period, and no check-in (none is owed)."""


def owed_today(days: Collection[date], today: date, calendar: WorkCalendar) -> Owed:
    """Whether a check-in is owed ``today``, given check-ins on ``days``."""
    if today in days:
        return Owed.DONE
    match calendar.kind(today):
        case DayKind.WORKDAY:
            return Owed.OWED
        case DayKind.AWAY:
            return Owed.AWAY
        case DayKind.DAY_OFF:
            return Owed.DAY_OFF


def missed_yesterday(days: Collection[date], today: date, calendar: WorkCalendar) -> date | None:
    """Yesterday, when it was an owed day without a check-in (so it can be made up)."""
    yesterday = today - timedelta(days=1)
    if yesterday in days or not calendar.owes(yesterday):
        return None
    return yesterday


# A streak walks back over owed days; an away period can be long, so the walk
# jumps over it instead of stepping through every day.
def streak(days: Collection[date], today: date, calendar: WorkCalendar) -> int:
    """Owed days with a check-in in a row, leading up to ``today``.

    Today without a check-in yet does not break the streak (the day is not
    over); days off and away days are skipped.
    """
    checked = set(days)
    count = 1 if today in checked and calendar.owes(today) else 0
    for day in _owed_days(today, -1, calendar):
        if day not in checked:
            break
        count += 1
    return count


def longest_streak(days: Collection[date], calendar: WorkCalendar) -> int:
    """The most owed days with a check-in in a row, ever."""
    owed = sorted(day for day in set(days) if calendar.owes(day))
    best = run = 0
    previous: date | None = None
    for day in owed:
        run = run + 1 if previous is not None and _next_owed(previous, calendar) == day else 1
        best, previous = max(best, run), day
    return best


def _next_owed(day: date, calendar: WorkCalendar) -> date | None:
    return next(_owed_days(day, 1, calendar), None)


def _owed_days(day: date, direction: int, calendar: WorkCalendar) -> Iterator[date]:
    """The owed days from ``day`` on in ``direction`` (±1), ``day`` itself left out.

    It ends past the calendar's ends, or after :data:`_LOOKAHEAD` steps without
    an owed day.  One walk for a whole streak: a streak of years takes
    thousands of steps, each as cheap as it can be.
    """
    if not calendar.workdays:
        return
    one_day = timedelta(days=direction)
    away = calendar.away_on if calendar.away else None
    current = day
    steps = 0
    while steps < _LOOKAHEAD:
        steps += 1
        try:
            current = current + one_day
        except OverflowError:
            return
        period = None if away is None else away(current)
        if period is not None:
            current = period.first if direction < 0 else period.last
        elif current.isoweekday() in calendar.workdays:
            yield current
            steps = 0


#: Steps before giving up: a week, plus one jump over each away period on the way.
_LOOKAHEAD: Final = 7 + 2 * 500


def away_days(periods: Sequence[AwayPeriod], first: date, last: date) -> set[date]:
    """The days from ``first`` to ``last`` that an away period covers."""
    found: set[date] = set()
    for period in periods:
        day = max(first, period.first)
        while day <= min(last, period.last):
            found.add(day)
            day += timedelta(days=1)
    return found
