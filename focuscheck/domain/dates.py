"""Dates as people type them, and the period keys that group them (day, week, month).

:func:`parse_date` reads ISO dates and everyday English and Swedish phrases
(``yesterday``, ``3 dagar sedan``, ``i måndags``, ``last month``).  Phrases
look back from ``today`` and never give a future date; only a date written
with its year may lie ahead.  A phrase naming a span (a week, a month, a year)
gives its first day, or its last day with ``end=True`` (for ``--until``).

With ``ahead=True`` (for planning leave) the same text looks forward instead:
``friday`` and ``24 december`` are the next ones from today, and ``tomorrow``,
``next monday``, ``next week`` and ``in 3 days`` (``i morgon``, ``nästa
måndag``, ``nästa vecka``, ``om 3 dagar``) are read too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from enum import StrEnum
from typing import Final

from dateutil.parser import isoparse
from dateutil.relativedelta import relativedelta

from focuscheck.domain.clock import in_calendar
from focuscheck.domain.errors import ValidationError
from focuscheck.domain.text import clean_line
from focuscheck.i18n import _

MAX_INPUT: Final = 64
"""Longer text is never a date; refusing it early keeps a 1 MB paste cheap."""
_SHOWN: Final = 40

# Python weekday numbers (Monday = 0); Swedish full names are also the stems of
# "i måndags" and "förra måndagen".
_WEEKDAYS: Final[dict[str, int]] = {
    **dict.fromkeys(("monday", "mon", "måndag", "mån"), 0),
    **dict.fromkeys(("tuesday", "tue", "tues", "tisdag", "tis"), 1),
    **dict.fromkeys(("wednesday", "wed", "onsdag", "ons"), 2),
    **dict.fromkeys(("thursday", "thu", "thur", "thurs", "torsdag", "tor", "tors"), 3),
    **dict.fromkeys(("friday", "fri", "fredag", "fre"), 4),
    **dict.fromkeys(("saturday", "sat", "lördag", "lör"), 5),
    **dict.fromkeys(("sunday", "sun", "söndag", "sön"), 6),
}
_MONTHS: Final[dict[str, int]] = {
    **dict.fromkeys(("january", "januari", "jan"), 1),
    **dict.fromkeys(("february", "februari", "feb"), 2),
    **dict.fromkeys(("march", "mars", "mar"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    **dict.fromkeys(("may", "maj"), 5),
    **dict.fromkeys(("june", "juni", "jun"), 6),
    **dict.fromkeys(("july", "juli", "jul"), 7),
    **dict.fromkeys(("august", "augusti", "aug"), 8),
    **dict.fromkeys(("september", "sept", "sep"), 9),
    **dict.fromkeys(("october", "oktober", "oct", "okt"), 10),
    **dict.fromkeys(("november", "nov"), 11),
    **dict.fromkeys(("december", "dec"), 12),
}
_NUMBERS: Final[dict[str, int]] = {
    **{word: n for n, word in enumerate(("zero", "one", "two", "three", "four", "five"))},
    **{word: n for n, word in enumerate(("noll", "ett", "två", "tre", "fyra", "fem"))},
    **dict.fromkeys(("a", "an", "en"), 1),
}
_UNITS: Final[dict[str, str]] = {
    **dict.fromkeys(("day", "days", "dag", "dagar"), "days"),
    **dict.fromkeys(("week", "weeks", "vecka", "veckor"), "weeks"),
    **dict.fromkeys(("month", "months", "månad", "månader"), "months"),
    **dict.fromkeys(("year", "years", "år"), "years"),
}
_STEP: Final[dict[str, relativedelta]] = {
    "days": relativedelta(days=1),
    "weeks": relativedelta(weeks=1),
    "months": relativedelta(months=1),
    "years": relativedelta(years=1),
}
# phrase -> (unit, how many units back from the current one)
_PHRASES: Final[dict[str, tuple[str, int]]] = {
    **dict.fromkeys(("today", "idag", "i dag"), ("days", 0)),
    **dict.fromkeys(("yesterday", "igår", "i går", "igar", "i gar"), ("days", 1)),
    **dict.fromkeys(("the day before yesterday", "day before yesterday", "i förrgår"), ("days", 2)),
    **dict.fromkeys(("this week", "denna vecka", "den här veckan", "i veckan"), ("weeks", 0)),
    **dict.fromkeys(("last week", "förra veckan"), ("weeks", 1)),
    **dict.fromkeys(("this month", "denna månad", "den här månaden"), ("months", 0)),
    **dict.fromkeys(("last month", "förra månaden"), ("months", 1)),
    **dict.fromkeys(("this year", "i år", "detta år", "det här året"), ("years", 0)),
    **dict.fromkeys(("last year", "förra året", "i fjol"), ("years", 1)),
}

# ASCII: other scripts' digits are no ISO date, and isoparse would not read them.
_ISO_DAY: Final = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})|\d{8}|\d{4}-?w\d{2}-?[1-7]", re.A)
_ISO_STAMP: Final = re.compile(r"\d{4}-\d{2}-\d{2}[t ]\d{2}:?\d{2}[\d:.,+\-z ]*", re.A)
_ISO_MONTH: Final = re.compile(r"(\d{4})(?:-(\d{1,2}))?", re.A)
_ISO_WEEK: Final = re.compile(r"(?:(\d{4})-?w|week |vecka |v\.? ?)(\d{1,2})")
_AGO: Final = re.compile(r"(?:för )?(\w+) (\w+) (?:ago|sedan)")
_LAST_WEEKDAY: Final = re.compile(r"(?:last|förra) (\w+?)(?:en)?|i (\w+)s")
_DAY_MONTH: Final = re.compile(r"(?:the |den )?(\d{1,2})(?:st|nd|rd|th|:e|:a|\.)? (?:of )?(\w+)\.?")
_MONTH_DAY: Final = re.compile(r"(\w+)\.? (\d{1,2})(?:st|nd|rd|th)?")
_WITH_YEAR: Final = re.compile(r"(.*?),? (\d{4})")
_TOMORROW: Final = frozenset({"tomorrow", "i morgon", "imorgon"})
_NEXT: Final = re.compile(r"(?:next|nästa) (\w+?)(?:en)?")
_IN: Final = re.compile(r"(?:in|om) (\w+) (\w+)")

Span = tuple[date, date, bool]
"""First day, last day, and whether the text named its year (it may then lie ahead)."""


class DateParseError(ValidationError):
    """Text that cannot be read as a date."""


class Granularity(StrEnum):
    """How finely a date is grouped into a period."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


def parse_date(text: str, *, today: date, end: bool = False, ahead: bool = False) -> date:
    """The date ``text`` means, seen from ``today``; DateParseError when it means none.

    ``ahead``: the text names a day to come (see the module notes).
    """
    if not isinstance(text, str) or len(text) > MAX_INPUT:
        raise _unreadable(text, ahead)
    words = " ".join(text.lower().split())
    try:
        span = (_read_ahead(words, today) if ahead else _read(words, today)) if words else None
    except (ValueError, OverflowError):
        # Only date arithmetic raises these: a day that does not exist or lies
        # outside the calendar Python can count.
        raise DateParseError(
            _("there is no date {text!r} in the calendar").format(text=_shown(text))
        ) from None
    if span is None:
        raise _unreadable(text, ahead)
    first, last, explicit = span
    if not end:
        return first
    return last if explicit else min(last, today)


def _read(words: str, today: date) -> Span | None:
    """Try each form in turn; None when none fits."""
    if words in _PHRASES:
        unit, back = _PHRASES[words]
        return _span(_period_start(unit, today) - _STEP[unit] * back, unit)
    if match := _ISO_DAY.fullmatch(words):
        if match[1]:
            return _day(date(int(match[1]), int(match[2]), int(match[3])), explicit=True)
        return _day(date.fromisoformat(words.upper()), explicit=True)
    if _ISO_STAMP.fullmatch(words):
        return _day(isoparse(words.upper()).date(), explicit=True)
    if match := _ISO_MONTH.fullmatch(words):
        first = date(int(match[1]), int(match[2] or 1), 1)
        return _span(first, "months" if match[2] else "years", explicit=True)
    if match := _ISO_WEEK.fullmatch(words):
        week = int(match[2])
        if match[1]:
            return _span(date.fromisocalendar(int(match[1]), week, 1), "weeks", explicit=True)
        if not 1 <= week <= 53:
            raise ValueError(week)
        return _latest(today, lambda year: date.fromisocalendar(year, week, 1), "weeks")
    if match := _AGO.fullmatch(words):
        amount, per = match[1], _UNITS.get(match[2])
        count = int(amount) if amount.isascii() and amount.isdigit() else _NUMBERS.get(amount)
        return None if count is None or per is None else _day(today - _STEP[per] * count)
    if words in _WEEKDAYS:
        return _day(today - timedelta(days=(today.weekday() - _WEEKDAYS[words]) % 7))
    if (match := _LAST_WEEKDAY.fullmatch(words)) and (match[1] or match[2]) in _WEEKDAYS:
        back = (today.weekday() - _WEEKDAYS[match[1] or match[2]]) % 7
        return _day(today - timedelta(days=back or 7))  # "last friday" on a Friday: a week ago
    return _calendar(words, today)


def _read_ahead(words: str, today: date) -> Span | None:
    """The forms of :func:`_read`, looking forward from ``today``, and the forward phrases."""
    if words in _TOMORROW:
        return _day(today + timedelta(days=1), explicit=True)
    if words in _WEEKDAYS:
        return _day(today + timedelta(days=(_WEEKDAYS[words] - today.weekday()) % 7), explicit=True)
    if (match := _NEXT.fullmatch(words)) and match[1] in _WEEKDAYS:
        forward = (_WEEKDAYS[match[1]] - today.weekday()) % 7
        return _day(today + timedelta(days=forward or 7), explicit=True)
    if (match := _NEXT.fullmatch(words)) and match[1] in ("week", "veck", "vecka"):
        return _span(week_start(today) + timedelta(weeks=1), "weeks", explicit=True)
    if match := _IN.fullmatch(words):
        amount, per = match[1], _UNITS.get(match[2])
        count = int(amount) if amount.isascii() and amount.isdigit() else _NUMBERS.get(amount)
        if count is None or per is None:
            return None
        return _day(today + _STEP[per] * count, explicit=True)
    span = _calendar(words, today, ahead=True)
    if span is not None:
        return span
    span = _read(words, today)
    return None if span is None else (span[0], span[1], True)


def _calendar(words: str, today: date, *, ahead: bool = False) -> Span | None:
    """Month-day, day-month and month forms, with or without a year."""
    year: int | None = None
    if match := _WITH_YEAR.fullmatch(words):
        words, year = match[1], int(match[2])
    if words in _MONTHS:
        month = _MONTHS[words]
        if year is not None:
            return _span(date(year, month, 1), "months", explicit=True)
        if ahead:  # the month under way, or the next one of that name
            year = today.year if month >= today.month else today.year + 1
            return _span(date(year, month, 1), "months", explicit=True)
        return _latest(today, lambda year: date(year, month, 1), "months")
    found = _DAY_MONTH.fullmatch(words)
    if found and found[2] in _MONTHS:
        day, month = int(found[1]), _MONTHS[found[2]]
    elif (found := _MONTH_DAY.fullmatch(words)) and found[1] in _MONTHS:
        day, month = int(found[2]), _MONTHS[found[1]]
    else:
        return None
    if year is not None:
        return _day(date(year, month, day), explicit=True)
    date(2000, month, day)  # a leap year: raises for 32 Nov or 30 Feb, never for 29 Feb
    if ahead:
        return _next(today, lambda year: date(year, month, day))
    return _latest(today, lambda year: date(year, month, day), "days")


def _latest(today: date, build: Callable[[int], date], unit: str) -> Span | None:
    """The span ``build(year)`` starts in the latest year where it has begun by ``today``."""
    for year in range(today.year, today.year - 9, -1):
        try:
            first = build(year)
        except ValueError:
            continue  # no 29 Feb or week 53 that year (nine years hold both), or year 0
        if first <= today:
            return _span(first, unit)
    return None


def _next(today: date, build: Callable[[int], date]) -> Span | None:
    """The day ``build(year)`` in the first year where it is ``today`` or later."""
    for year in range(today.year, today.year + 9):
        try:
            day = build(year)
        except ValueError:
            continue  # no 29 Feb that year
        if day >= today:
            return _day(day, explicit=True)
    return None


def _day(day: date, *, explicit: bool = False) -> Span:
    return day, day, explicit


def _span(first: date, unit: str, *, explicit: bool = False) -> Span:
    return first, first + _STEP[unit] - timedelta(days=1), explicit


def _period_start(unit: str, day: date) -> date:
    if unit == "days":
        return day
    if unit == "weeks":
        return week_start(day)
    if unit == "months":
        return day.replace(day=1)
    return day.replace(month=1, day=1)


def _shown(text: object) -> str:
    """A short, printable version of what was typed, to quote in a message."""
    if not isinstance(text, str):
        return type(text).__name__
    # Cleaning only the head keeps a 1 MB paste cheap; what is cut is never shown.
    shown = clean_line(text[: _SHOWN * 4])
    return shown if len(shown) <= _SHOWN else shown[: _SHOWN - 1] + "…"


def _unreadable(text: object, ahead: bool = False) -> DateParseError:
    if ahead:
        return DateParseError(
            _(
                "cannot read {text!r} as a date; try 2026-12-24, today, tomorrow, friday, "
                '"next monday", "in 2 weeks" or "24 december"'
            ).format(text=_shown(text))
        )
    return DateParseError(
        _(
            'cannot read {text!r} as a date; try 2026-11-01, today, yesterday, "3 days ago", '
            '"last monday", "this week" or "last month"'
        ).format(text=_shown(text))
    )


def day_key(day: date) -> str:
    """``2026-11-23``."""
    return day.isoformat()


def week_key(day: date) -> str:
    """The ISO week, ``2026-W48``; 2026-12-31 is ``2026-W53``, 2027-01-01 too."""
    year, week, _weekday = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def month_key(day: date) -> str:
    """``2026-11``."""
    return f"{day.year:04d}-{day.month:02d}"


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def period_key(day: date, granularity: str) -> str:
    """The key of the day, week or month ``day`` falls in."""
    match granularity:
        case Granularity.DAY:
            return day_key(day)
        case Granularity.WEEK:
            return week_key(day)
        case Granularity.MONTH:
            return month_key(day)
    raise ValidationError(
        _("unknown granularity {value!r}; use day, week or month").format(
            value=_shown(granularity)
        ),
        "granularity",
    )


def period_start(key: str, granularity: str) -> date | None:
    """The first day of the period ``key`` names, or None when it names none.

    A key names a period only when it is written as :func:`period_key` writes
    it, the period exists (2026 has no week 53) and it lies in the years the
    app counts in (:data:`~focuscheck.domain.clock.CALENDAR_YEARS`).
    """
    try:
        match granularity:
            case Granularity.DAY:
                first = date.fromisoformat(key)
            case Granularity.WEEK:
                year, week = key.split("-W")
                first = date.fromisocalendar(int(year), int(week), 1)
            case Granularity.MONTH:
                year, month = key.split("-")
                first = date(int(year), int(month), 1)
            case _:
                return None
    except ValueError:
        return None
    if not in_calendar(first) or period_key(first, granularity) != key:
        return None
    return first
