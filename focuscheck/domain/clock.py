"""The clock, injected wherever "now" or "today" matters so tests can freeze it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Final, Protocol

CALENDAR_YEARS: Final = range(1900, 3000)
"""Years a check-in, its timestamps and the clock may lie in.

Far enough from the ends of Python's calendar (years 1 and 9999) that a week,
a month or a time zone away from any of them can always be counted.
"""


def in_calendar(moment: date) -> bool:
    """Whether ``moment`` (a date or a datetime) lies in :data:`CALENDAR_YEARS`."""
    return moment.year in CALENDAR_YEARS


class Clock(Protocol):
    """Source of the current time."""

    def now(self) -> datetime:
        """The current local time, aware (with its UTC offset)."""
        ...

    def today(self) -> date:
        """The current local date."""
        ...


class SystemClock:
    """The real clock of this machine, in its local time zone."""

    def now(self) -> datetime:
        return datetime.now().astimezone()

    def today(self) -> date:
        return self.now().date()


@dataclass
class FixedClock:
    """A clock that stands still until moved; for tests and benchmarks."""

    current: datetime

    def now(self) -> datetime:
        return self.current

    def today(self) -> date:
        return self.current.date()

    def advance(self, **delta: float) -> None:
        self.current = self.current + timedelta(**delta)
