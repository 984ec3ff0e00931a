"""Figures about the person's own journal: streaks, weekly trends, waste, a calendar.

Everything here is computed from entries and settings alone, so the insights
screen and ``focuscheck stats`` show the same numbers.  Weeks are ISO weeks
(Monday first); the period is the current week and the weeks before it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import fmean
from typing import Any, Final

from focuscheck.domain.dates import week_key, week_start
from focuscheck.domain.days import WorkCalendar, away_days, longest_streak, streak
from focuscheck.domain.entry import Entry
from focuscheck.domain.enums import VoiceSource, WasteCategory
from focuscheck.domain.errors import ValidationError
from focuscheck.domain.settings import Settings, work_calendar
from focuscheck.i18n import _

DEFAULT_WEEKS: Final = 12
MAX_WEEKS: Final = 520
"""Ten years; more would only make an unreadable chart."""


@dataclass(frozen=True, slots=True)
class WeekFigures:
    """What one ISO week of check-ins adds up to."""

    week: str
    """The ISO week key, ``2026-W48``."""
    start: date
    """The Monday of the week."""
    entries: int
    """Check-ins about a day in this week."""
    focus: float | None
    """Average customer-focus rating, None when no check-in rated it."""
    clarity: float | None
    """Average mission clarity, None when no check-in rated it."""
    voices: tuple[tuple[VoiceSource, int], ...]
    """How many check-ins heard each kind of voice, in :class:`VoiceSource` order."""

    def voice(self, source: VoiceSource) -> int:
        """Check-ins of this week that heard ``source``."""
        return dict(self.voices).get(source, 0)


@dataclass(frozen=True, slots=True)
class CalendarCell:
    """One day of the check-in calendar."""

    day: date
    checked_in: bool
    workday: bool
    """Whether the day is one of the configured workdays."""
    future: bool
    """Whether the day lies after today (the rest of the current week)."""
    away: bool = False
    """Whether an away period covers the day (no check-in is owed on it)."""


@dataclass(frozen=True, slots=True)
class Insights:
    """Everything the insights screen and ``focuscheck stats`` show."""

    today: date
    first_day: date
    """Monday of the first week of the period."""
    total: int
    """Check-ins in the whole journal."""
    in_period: int
    """Check-ins about a day in the period."""
    streak: int
    longest_streak: int
    focus: float | None
    """Average customer focus over the period (None when nothing was rated)."""
    clarity: float | None
    """Average mission clarity over the period (None when nothing was rated)."""
    weeks: tuple[WeekFigures, ...]
    """One per week of the period, oldest first."""
    waste: tuple[tuple[WasteCategory, int], ...]
    """Waste noted in the period, per category, in :class:`WasteCategory` order."""
    calendar: tuple[CalendarCell, ...]
    """Every day of the period, Monday of the first week first."""

    def week_count(self) -> int:
        return len(self.weeks)


def check_weeks(weeks: int) -> int:
    """``weeks`` if it is a period the insights can show; ValidationError otherwise."""
    if not 1 <= weeks <= MAX_WEEKS:
        raise ValidationError(
            _("weeks must be between 1 and {limit}").format(limit=MAX_WEEKS), "weeks"
        )
    return weeks


def compute(
    entries: Sequence[Entry], settings: Settings, today: date, weeks: int = DEFAULT_WEEKS
) -> Insights:
    """The insights of ``entries`` over the ``weeks`` ISO weeks ending with today's."""
    first = week_start(today) - timedelta(weeks=check_weeks(weeks) - 1)
    in_period = [entry for entry in entries if first <= entry.date <= today]
    days = {entry.date for entry in entries}
    calendar = work_calendar(settings)
    return Insights(
        today=today,
        first_day=first,
        total=len(entries),
        in_period=len(in_period),
        streak=streak(days, today, calendar),
        longest_streak=longest_streak(days, calendar),
        focus=_average(entry.focus for entry in in_period),
        clarity=_average(entry.mission_clarity for entry in in_period),
        weeks=weekly(in_period, first, weeks),
        waste=waste_by_category(in_period),
        calendar=calendar_cells(days, first, today, calendar),
    )


def weekly(entries: Iterable[Entry], first: date, weeks: int) -> tuple[WeekFigures, ...]:
    """Figures for each of ``weeks`` weeks from the Monday ``first``; empty weeks included."""
    by_week: dict[date, list[Entry]] = {}
    for entry in entries:
        by_week.setdefault(week_start(entry.date), []).append(entry)
    figures: list[WeekFigures] = []
    for index in range(weeks):
        monday = first + timedelta(weeks=index)
        group = by_week.get(monday, [])
        heard = Counter(entry.voice_source for entry in group)
        figures.append(
            WeekFigures(
                week=week_key(monday),
                start=monday,
                entries=len(group),
                focus=_average(entry.focus for entry in group),
                clarity=_average(entry.mission_clarity for entry in group),
                voices=tuple((source, heard[source]) for source in VoiceSource),
            )
        )
    return tuple(figures)


def _average(ratings: Iterable[int | None]) -> float | None:
    given = [rating for rating in ratings if rating is not None]
    return round(fmean(given), 2) if given else None


def waste_by_category(entries: Iterable[Entry]) -> tuple[tuple[WasteCategory, int], ...]:
    """How often each kind of waste was noted; every category is listed, zeros too."""
    counts = Counter(entry.waste_category for entry in entries if entry.waste_category)
    return tuple((category, counts[category]) for category in WasteCategory)


def calendar_cells(
    days: set[date], first: date, today: date, calendar: WorkCalendar
) -> tuple[CalendarCell, ...]:
    """One cell per day from ``first`` to the Sunday of today's week."""
    last = week_start(today) + timedelta(days=6)
    away = away_days(calendar.away, first, last)
    cells: list[CalendarCell] = []
    day = first
    while day <= last:
        cells.append(
            CalendarCell(
                day=day,
                checked_in=day in days,
                workday=day.isoweekday() in calendar.workdays,
                future=day > today,
                away=day in away,
            )
        )
        day += timedelta(days=1)
    return tuple(cells)


def to_record(insights: Insights) -> dict[str, Any]:
    """The insights as a JSON object (``focuscheck stats --format json``)."""
    return {
        "today": insights.today.isoformat(),
        "first_day": insights.first_day.isoformat(),
        "weeks": insights.week_count(),
        "total_entries": insights.total,
        "entries_in_period": insights.in_period,
        "streak": insights.streak,
        "longest_streak": insights.longest_streak,
        "focus": insights.focus,
        "mission_clarity": insights.clarity,
        "per_week": [
            {
                "week": week.week,
                "start": week.start.isoformat(),
                "entries": week.entries,
                "focus": week.focus,
                "mission_clarity": week.clarity,
                "voice": {source.value: count for source, count in week.voices},
            }
            for week in insights.weeks
        ],
        "waste": {category.value: count for category, count in insights.waste},
        "calendar": [
            {
                "date": cell.day.isoformat(),
                "checked_in": cell.checked_in,
                "workday": cell.workday,
                "away": cell.away,
            }
            for cell in insights.calendar
            if not cell.future
        ],
    }
