"""The clock, injected wherever "now" or "today" matters so tests can freeze it.

``focuscheck prompt`` reads the clock before every shell prompt, so this module
imports neither ``typing`` nor ``dataclasses``: :class:`Clock` is a protocol
for the type checker and a plain class when the program runs.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final, Protocol
else:
    Protocol = object

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


class FixedClock:
    """A clock that stands still until moved; for tests and benchmarks."""

    __slots__ = ("current",)

    def __init__(self, current: datetime) -> None:
        self.current = current

    def __repr__(self) -> str:
        return f"FixedClock(current={self.current!r})"

    def now(self) -> datetime:
        return self.current

    def today(self) -> date:
        return self.current.date()

    def advance(self, **delta: float) -> None:
        self.current = self.current + timedelta(**delta)
