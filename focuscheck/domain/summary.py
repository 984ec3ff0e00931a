"""Where the person stands today: done or not, and the workday streak."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from focuscheck.domain.entry import Entry
from focuscheck.domain.settings import Settings
from focuscheck.domain.streaks import last_n_days, workday_streak


@dataclass(frozen=True, slots=True)
class DayStatus:
    """Today's state for the home screen and ``focuscheck status``."""

    done: bool
    streak: int
    last_week: tuple[tuple[date, bool], ...]
    """The last seven days, oldest first, with whether each has a check-in."""


def day_status(entries: Sequence[Entry], settings: Settings, today: date) -> DayStatus:
    return days_status({entry.date for entry in entries}, settings, today)


def days_status(days: Collection[date], settings: Settings, today: date) -> DayStatus:
    """Today's state when check-ins were made on ``days``."""
    week = tuple((day, day in days) for day in last_n_days(today, 7))
    return DayStatus(
        done=today in days,
        streak=workday_streak(days, today, settings.workdays),
        last_week=week,
    )
