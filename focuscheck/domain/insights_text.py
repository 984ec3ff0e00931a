"""Insights as plain text for a terminal (``focuscheck stats``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from focuscheck.domain.customer_term import CustomerTerm, capitalised
from focuscheck.domain.enums import WASTE_LABELS, VoiceSource
from focuscheck.domain.insights import CalendarCell, Insights
from focuscheck.domain.weekdays import AWAY, CHECKED, MISSED, WEEKDAY_ABBREVIATIONS
from focuscheck.i18n import _, decimal, ngettext

BAR_WIDTH: Final = 20


def bar(count: int, largest: int, width: int = BAR_WIDTH) -> str:
    """A bar of ``count`` on a scale where ``largest`` fills ``width`` characters."""
    if count <= 0 or largest <= 0:
        return ""
    return "█" * max(1, round(width * count / largest))


def _rating(value: float | None) -> str:
    return "–" if value is None else decimal(value)


def as_text(insights: Insights, customer: CustomerTerm) -> str:
    """Every figure of ``insights``, for reading in a terminal."""
    weeks = insights.week_count()
    streak = ngettext("{count} workday", "{count} workdays", insights.streak)
    lines = [
        ngettext(
            "Insights for the last {count} week ({first} – {today})",
            "Insights for the last {count} weeks ({first} – {today})",
            weeks,
        ).format(count=weeks, first=insights.first_day, today=insights.today),
        _("Streak: {streak} (longest: {longest})").format(
            streak=streak.format(count=insights.streak), longest=insights.longest_streak
        ),
        _("Check-ins: {period} in these weeks, {total} in all").format(
            period=insights.in_period, total=insights.total
        ),
        _("Average focus: {focus}; average mission clarity: {clarity}").format(
            focus=_rating(insights.focus), clarity=_rating(insights.clarity)
        ),
        "",
        *_week_table(insights, customer),
        "",
        _("Waste noted, by category"),
        *_waste_lines(insights),
        "",
        _(
            "Check-in calendar ({checked} check-in, {missed} none, {away} away, blank: day off)"
        ).format(checked=CHECKED, missed=MISSED, away=AWAY),
        *calendar_lines(insights.calendar),
    ]
    return "\n".join(lines)


def _week_table(insights: Insights, customer: CustomerTerm) -> list[str]:
    headings = [
        _("Week"),
        _("Check-ins"),
        _("Focus"),
        _("Clarity"),
        capitalised(customer.word),
        _("Colleague"),
        _("No one"),
    ]
    rows = [
        [
            week.week,
            str(week.entries),
            _rating(week.focus),
            _rating(week.clarity),
            *(str(week.voice(source)) for source in VoiceSource),
        ]
        for week in insights.weeks
    ]
    widths = [max(len(cells[i]) for cells in [headings, *rows]) for i in range(len(headings))]
    return [_row(cells, widths) for cells in [headings, *rows]]


def _row(cells: Sequence[str], widths: Sequence[int]) -> str:
    first = cells[0].ljust(widths[0])
    rest = (cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True))
    return "  ".join([first, *rest]).rstrip()


def _waste_lines(insights: Insights) -> list[str]:
    labels = [_(WASTE_LABELS[category]) for category, _count in insights.waste]
    width = max(len(label) for label in labels)
    largest = max(count for _category, count in insights.waste)
    return [
        f"  {label.ljust(width)}  {count:>3}  {bar(count, largest)}".rstrip()
        for label, (_category, count) in zip(labels, insights.waste, strict=True)
    ]


def calendar_lines(cells: Sequence[CalendarCell]) -> list[str]:
    """The calendar as a grid: a row per weekday, a column per week (week numbers on top)."""
    columns = [cells[index : index + 7] for index in range(0, len(cells), 7)]
    names = [_(name) for name in WEEKDAY_ABBREVIATIONS]
    width = max(len(name) for name in names)
    header = " " * width + "".join(f" {week[0].day.isocalendar()[1]:>2}" for week in columns)
    lines = [header]
    for weekday, name in enumerate(names):
        marks = "".join(f"  {_mark(week[weekday])}" for week in columns if weekday < len(week))
        lines.append((name.ljust(width) + marks).rstrip())
    return lines


def _mark(cell: CalendarCell) -> str:
    if cell.checked_in:
        return CHECKED
    if cell.workday and cell.away:
        return AWAY
    if cell.future or not cell.workday:
        return " "
    return MISSED
