"""How the waste noted is followed up: where the items stand, week by week, and how long.

The insights screen and ``focuscheck stats`` show the same figures.  Counts are
over the whole backlog; the weeks are those of the insights' period; "how long"
counts days from the check-in that noted an item to the day it was resolved.
All of it stays on the person's machine: the days are never exported.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median
from typing import Any

from focuscheck.domain.backlog import WasteItem, status_label, waste_items
from focuscheck.domain.dates import week_key
from focuscheck.domain.entry import Entry
from focuscheck.domain.enums import WasteStatus
from focuscheck.domain.waste_status import STILL_OPEN
from focuscheck.i18n import _, decimal, ngettext


@dataclass(frozen=True, slots=True)
class WasteWeek:
    """Where the backlog stood at the end of one ISO week."""

    week: str
    start: date
    still_open: int
    """Items noted by the week's end (today, for this week) and not resolved or dropped by then."""
    resolved: int
    """Items resolved during the week."""


@dataclass(frozen=True, slots=True)
class WasteFollowUp:
    """The follow-up of the whole backlog."""

    counts: tuple[tuple[WasteStatus, int], ...]
    """How many items stand in each status now, in :class:`WasteStatus` order."""
    weeks: tuple[WasteWeek, ...]
    """One per week of the period, oldest first."""
    median_days: float | None
    """Median days from noted to resolved; None when nothing was resolved."""
    resolved: int
    """Items resolved (the median is theirs)."""
    oldest_open: date | None
    """The day the oldest item still open or raised was noted."""
    oldest_days: int
    """How many days that item has been open."""

    def count(self, status: WasteStatus) -> int:
        return dict(self.counts).get(status, 0)


def follow_up(entries: Iterable[Entry], first: date, weeks: int, today: date) -> WasteFollowUp:
    """The follow-up of the waste in ``entries``; ``weeks`` ISO weeks from the Monday ``first``."""
    items = waste_items(entries)
    counts = Counter(item.status for item in items)
    took = [
        (item.closed_on - item.day).days
        for item in items
        if item.status is WasteStatus.RESOLVED and item.closed_on is not None
    ]
    waiting = [item.day for item in items if item.status in STILL_OPEN]
    oldest = min(waiting, default=None)
    return WasteFollowUp(
        counts=tuple((status, counts[status]) for status in WasteStatus),
        weeks=tuple(_week(items, first + timedelta(weeks=n), today) for n in range(weeks)),
        median_days=float(median(took)) if took else None,
        resolved=len(took),
        oldest_open=oldest,
        oldest_days=0 if oldest is None else (today - oldest).days,
    )


def _week(items: Sequence[WasteItem], monday: date, today: date) -> WasteWeek:
    sunday = monday + timedelta(days=6)
    end = min(sunday, today)
    return WasteWeek(
        week=week_key(monday),
        start=monday,
        still_open=sum(
            1
            for item in items
            if item.day <= end and (item.closed_on is None or item.closed_on > end)
        ),
        resolved=sum(
            1
            for item in items
            if item.status is WasteStatus.RESOLVED
            and item.closed_on is not None
            and monday <= item.closed_on <= sunday
        ),
    )


def to_record(figures: WasteFollowUp) -> dict[str, Any]:
    """The follow-up as JSON (``waste_follow_up`` in ``focuscheck stats --format json``)."""
    return {
        "status": {status.value: count for status, count in figures.counts},
        "median_days_to_resolve": figures.median_days,
        "resolved": figures.resolved,
        "oldest_open": None if figures.oldest_open is None else figures.oldest_open.isoformat(),
        "oldest_open_days": figures.oldest_days,
        "per_week": [
            {"week": week.week, "still_open": week.still_open, "resolved": week.resolved}
            for week in figures.weeks
        ],
    }


def counts_line(figures: WasteFollowUp) -> str:
    """Each status with its count, in words: "Open 3 · Raised 1 · Resolved 2 · Dropped 0"."""
    return " · ".join(f"{status_label(status)} {count}" for status, count in figures.counts)


def how_long(figures: WasteFollowUp) -> list[str]:
    """How long items stay open: the median until resolved, and the oldest one still open."""
    lines: list[str] = []
    if figures.median_days is not None:
        lines.append(
            ngettext(
                "Days from noted to resolved: {days} (median of {count} item)",
                "Days from noted to resolved: {days} (median of {count} items)",
                figures.resolved,
            ).format(days=_days(figures.median_days), count=figures.resolved)
        )
    else:
        lines.append(_("Nothing resolved yet"))
    if figures.oldest_open is not None:
        lines.append(
            ngettext(
                "Oldest still open: noted {day}, {days} day ago",
                "Oldest still open: noted {day}, {days} days ago",
                figures.oldest_days,
            ).format(day=figures.oldest_open.isoformat(), days=figures.oldest_days)
        )
    return lines


def _days(value: float) -> str:
    return str(int(value)) if value.is_integer() else decimal(value)


def text_lines(figures: WasteFollowUp) -> list[str]:
    """The follow-up for a terminal: counts, how long, and a row per week."""
    headings = [_("Week"), _("Still open"), _("Resolved")]
    rows = [[week.week, str(week.still_open), str(week.resolved)] for week in figures.weeks]
    widths = [max(len(cells[i]) for cells in [headings, *rows]) for i in range(len(headings))]
    table = [
        "  ".join([cells[0].ljust(widths[0]), *map(str.rjust, cells[1:], widths[1:])])
        for cells in [headings, *rows]
    ]
    return [
        _("Waste followed up"),
        f"  {counts_line(figures)}",
        *(f"  {line}" for line in how_long(figures)),
        "",
        *table,
    ]
