"""The days just behind us (streaks themselves are in :mod:`focuscheck.domain.days`)."""

from __future__ import annotations

from datetime import date, timedelta


def last_n_days(today: date, n: int) -> list[date]:
    """The ``n`` days ending with ``today``, oldest first."""
    return [today - timedelta(days=back) for back in range(max(n, 0) - 1, -1, -1)]
