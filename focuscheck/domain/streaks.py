"""Workday streaks and the days just behind us.

A streak counts consecutive check-in days going back from today; configured
non-workdays without a check-in are skipped rather than breaking it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date, timedelta


def last_n_days(today: date, n: int) -> list[date]:
    """The ``n`` days ending with ``today``, oldest first."""
    return [today - timedelta(days=back) for back in range(max(n, 0) - 1, -1, -1)]


# Streaks work on day ordinals (plain ints) so that walking past date.min or
# date.max never overflows.  Ordinal 1 (0001-01-01) was a Monday.
def _iso_weekday(ordinal: int) -> int:
    return (ordinal - 1) % 7 + 1


def workday_streak(dates: Iterable[date], today: date, workdays: Collection[int]) -> int:
    """How many check-ins in a row lead up to ``today``.

    A day off without a check-in is skipped, a check-in on a day off counts, and
    today without a check-in yet does not break the streak: the day is not over.
    """
    now = today.toordinal()
    # Ordinals also let datetimes in, which cannot be compared with a date.
    days = {ordinal for ordinal in (day.toordinal() for day in dates) if ordinal <= now}
    work = {day for day in workdays if 1 <= day <= 7}
    if not work:
        return len(days)
    latest = now if now in days else _neighbour(now, -1, days, work)
    return _run(latest, -1, days, work)


def longest_streak(dates: Iterable[date], workdays: Collection[int]) -> int:
    """The most check-ins ever made in a row, days off skipped as in :func:`workday_streak`."""
    days = {day.toordinal() for day in dates}
    work = {day for day in workdays if 1 <= day <= 7}
    if not work:
        return len(days)
    # Each run is walked once, forward from its first day, so the whole is O(n).
    starts = (day for day in days if _neighbour(day, -1, days, work) is None)
    return max((_run(day, 1, days, work) for day in starts), default=0)


def _run(ordinal: int | None, direction: int, days: set[int], work: set[int]) -> int:
    """How many check-ins follow on from ``ordinal`` (itself included) in ``direction``."""
    count = 0
    while ordinal is not None:
        count, ordinal = count + 1, _neighbour(ordinal, direction, days, work)
    return count


def _neighbour(ordinal: int, direction: int, days: set[int], work: set[int]) -> int | None:
    """The check-in next to ``ordinal`` in ``direction`` (±1) across days off; None if none.

    A week always holds a workday, so looking seven days along is enough.
    """
    for step in range(1, 8):
        other = ordinal + direction * step
        if other in days:
            return other
        if _iso_weekday(other) in work:
            return None
    return None
