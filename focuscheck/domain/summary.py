"""Where the person stands today: done or not, and the workday streak."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from focuscheck.domain.days import Owed, owed_today, streak
from focuscheck.domain.entry import Entry
from focuscheck.domain.settings import Settings, work_calendar
from focuscheck.domain.streaks import last_n_days


@dataclass(frozen=True, slots=True)
class DayStatus:
    """Today's state for the home screen and ``focuscheck status``."""

    done: bool
    streak: int
    owed: Owed
    """Whether a check-in is owed today, or why none is."""
    last_week: tuple[tuple[date, bool], ...]
    """The last seven days, oldest first, with whether each has a check-in."""


def day_status(entries: Sequence[Entry], settings: Settings, today: date) -> DayStatus:
    return days_status({entry.date for entry in entries}, settings, today)


def days_status(days: Collection[date], settings: Settings, today: date) -> DayStatus:
    """Today's state when check-ins were made on ``days``."""
    week = tuple((day, day in days) for day in last_n_days(today, 7))
    calendar = work_calendar(settings)
    return DayStatus(
        done=today in days,
        streak=streak(days, today, calendar),
        owed=owed_today(days, today, calendar),
        last_week=week,
    )
