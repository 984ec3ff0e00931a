"""What the end of a check-in says: saved, for which day, the streak, and the closing question.

The terminal app's summary screen and ``focuscheck checkin`` on the command
line (line by line, or in one line) say it in these words.
"""

from __future__ import annotations

from typing import Final

from focuscheck.domain.entry import Entry
from focuscheck.i18n import N_, _, ngettext

SAVED: Final = N_("Saved ✓")
CLOSING_QUESTION: Final = N_("Whom do you serve?")
"""The closing line of every check-in."""


def saved_detail(entry: Entry) -> str:
    """Which day the check-in just saved is about, and whether it made a day up."""
    if entry.made_up:
        return _("Your check-in for {date} is in your journal, made up on {made}.").format(
            date=entry.date.isoformat(), made=entry.created_at.date().isoformat()
        )
    return _("Your check-in for {date} is in your journal.").format(date=entry.date.isoformat())


def streak_line(count: int) -> str:
    """The streak of owed workdays with a check-in, in a sentence."""
    return ngettext(
        "Streak: {count} workday in a row.", "Streak: {count} workdays in a row.", count
    ).format(count=count)


def week_line(last_week: tuple[tuple[object, bool], ...]) -> str:
    """How many of the last seven days have a check-in, in words a screen reader reads well."""
    done = sum(1 for _day, checked in last_week if checked)
    return ngettext(
        "Check-ins on {count} of the last 7 days.", "Check-ins on {count} of the last 7 days.", done
    ).format(count=done)
