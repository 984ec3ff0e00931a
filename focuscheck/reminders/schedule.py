"""When the reminder fires: a time of day and weekdays, as typed and as systemd and cron write them.

One :class:`Schedule` is the single description both the systemd timer and the
crontab line are written from, and what ``remind status`` reads back from the timer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Final

from focuscheck.domain.errors import ValidationError
from focuscheck.domain.settings import parse_weekdays
from focuscheck.domain.weekdays import WEEKDAY_ABBREVIATIONS
from focuscheck.i18n import _

#: The reminder's time when ``--at`` is not given: late enough to have done the day's work.
DEFAULT_TIME: Final = "16:00"

#: systemd's weekday names (ISO order, Monday first); cron counts from Sunday = 0.
_SYSTEMD_DAYS: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_RANGE: Final = re.compile(r"^\s*([^-.\s]+)\s*(?:-|\.\.)\s*([^-.\s]+)\s*$")
_TIME: Final = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")
_ON_CALENDAR: Final = re.compile(
    r"^(?:(?P<days>[A-Za-z.,]+) )?\*-\*-\* (?P<h>\d\d):(?P<m>\d\d):00$"
)


def _systemd_day(day: int) -> str:
    return _SYSTEMD_DAYS[day - 1]


class ScheduleError(ValidationError):
    """An ``--at`` or ``--days`` value that names no time or no weekday."""


@dataclass(frozen=True, slots=True)
class Schedule:
    """A reminder at ``hour``:``minute`` on ``weekdays`` (ISO: Monday is 1)."""

    hour: int
    minute: int
    weekdays: tuple[int, ...]
    """Sorted, without repeats; never empty."""

    @classmethod
    def of(cls, at: str, weekdays: Iterable[int]) -> Schedule:
        hour, minute = parse_time(at)
        days = tuple(sorted(set(weekdays)))
        if not days:
            raise ScheduleError(_("name at least one weekday for the reminder"))
        return cls(hour, minute, days)

    @property
    def time(self) -> str:
        return f"{self.hour:02d}:{self.minute:02d}"

    def on_calendar(self) -> str:
        """systemd's ``OnCalendar=`` value: ``Mon..Fri *-*-* 16:00:00``."""
        every_day = len(self.weekdays) == 7
        days = "" if every_day else _joined(self.weekdays, _systemd_day, "..") + " "
        return f"{days}*-*-* {self.time}:00"

    def cron_fields(self) -> str:
        """The five time fields of a crontab line: ``0 16 * * 1-5``."""
        if len(self.weekdays) == 7:
            days = "*"
        else:
            # Sunday is 0 in every cron; 7 is not understood by all of them.
            weekdays = [day for day in self.weekdays if day != 7]
            days = ",".join(
                part
                for part in (_joined(weekdays, str, "-"), "0" if 7 in self.weekdays else "")
                if part
            )
        return f"{self.minute} {self.hour} * * {days}"

    def describe(self) -> str:
        """The schedule as a person reads it, in the current language: ``Mon–Fri at 16:00``."""
        days = _joined(self.weekdays, lambda day: _(WEEKDAY_ABBREVIATIONS[day - 1]), "–", ", ")
        return _("{days} at {time}").format(days=days, time=self.time)


def parse_time(text: str) -> tuple[int, int]:
    """``HH:MM`` on a 24-hour clock; ScheduleError for anything else."""
    match = _TIME.match(text)
    if match is None or int(match[1]) > 23 or int(match[2]) > 59:
        raise ScheduleError(
            _("{text!r} is not a time of day; write it as HH:MM, like 16:00").format(text=text[:20])
        )
    return int(match[1]), int(match[2])


def parse_days(text: str) -> tuple[int, ...]:
    """Weekdays as ``mon-fri``, ``mån-fre``, ``mon,wed,fri`` or ``1-5`` (a range may wrap)."""
    days: set[int] = set()
    for part in text.split(","):
        if not part.strip():
            continue
        found = _RANGE.match(part)
        if found is None:
            if "-" in part or ".." in part:
                raise ScheduleError(_("{word!r} is not a weekday").format(word=part.strip()[:20]))
            days.update(_weekdays(part))
            continue
        first, last = _weekday(found[1]), _weekday(found[2])
        length = (last - first) % 7 + 1
        days.update((first - 1 + step) % 7 + 1 for step in range(length))
    if not days:
        raise ScheduleError(_("name at least one weekday for the reminder"))
    return tuple(sorted(days))


def _weekdays(word: str) -> tuple[int, ...]:
    try:
        return parse_weekdays([word])
    except ValidationError as error:
        raise ScheduleError(str(error)) from None


def _weekday(word: str) -> int:
    days = _weekdays(word)
    if len(days) != 1:
        raise ScheduleError(_("{word!r} is not a weekday").format(word=word[:20]))
    return days[0]


def from_on_calendar(value: str) -> Schedule | None:
    """The schedule in an ``OnCalendar=`` value as :meth:`Schedule.on_calendar` writes it."""
    match = _ON_CALENDAR.match(value.strip())
    if match is None:
        return None
    days: set[int] = set()
    for part in (match["days"] or "Mon..Sun").split(","):
        first, _dots, last = part.partition("..")
        if first not in _SYSTEMD_DAYS or (last or first) not in _SYSTEMD_DAYS:
            return None
        start, end = _SYSTEMD_DAYS.index(first), _SYSTEMD_DAYS.index(last or first)
        days.update(range(start + 1, end + 2))
    try:
        return Schedule.of(f"{match['h']}:{match['m']}", days)
    except ScheduleError:
        return None


def _joined(days: Iterable[int], name: Callable[[int], str], dash: str, comma: str = ",") -> str:
    """``days`` (sorted) with runs of neighbours written ``first{dash}last``."""
    runs: list[list[int]] = []
    for day in days:
        if runs and day == runs[-1][-1] + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    return comma.join(
        name(run[0]) if len(run) == 1 else f"{name(run[0])}{dash}{name(run[-1])}" for run in runs
    )
