"""Short weekday names and the marks of a day, for the week and calendar views.

Kept apart from the insights so that the home screen's week can show them
without loading what the insights need.
"""

from __future__ import annotations

from typing import Final

from focuscheck.i18n import N_

CHECKED: Final = "■"
"""A day with a check-in, in the calendar."""
MISSED: Final = "·"
"""A workday without a check-in."""
AWAY: Final = "–"
"""A workday inside an away period, without a check-in (none was owed)."""

#: Short weekday names, Monday first (the calendar and the home screen's week use them).
WEEKDAY_ABBREVIATIONS: Final = (
    N_("Mon"),
    N_("Tue"),
    N_("Wed"),
    N_("Thu"),
    N_("Fri"),
    N_("Sat"),
    N_("Sun"),
)
