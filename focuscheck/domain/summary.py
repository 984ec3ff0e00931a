"""Where the person stands today: done or not, and the workday streak."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from focuscheck.domain.days import AwayPeriod, Owed, away_days, owed_today, streak
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
    away: AwayPeriod | None = None
    """The away period today lies in, if any."""
    week_away: frozenset[date] = frozenset()
    """The days of ``last_week`` inside an away period."""


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
        away=calendar.away_on(today),
        week_away=frozenset(away_days(calendar.away, week[0][0], today)),
    )
