"""What the reminder says, in the current language, with the streak when there is one."""

from __future__ import annotations

from dataclasses import dataclass

from focuscheck.i18n import _, ngettext

#: The command the reminder points to (typed by the person, so never translated).
CHECKIN_COMMAND = "focuscheck checkin"


@dataclass(frozen=True)
class Reminder:
    title: str
    """The notification's heading."""
    body: str
    """The notification's text."""
    line: str
    """The whole reminder in one line, for a terminal or cron's mail."""


def reminder(streak: int) -> Reminder:
    """The reminder of today's check-in, for a person on a streak of ``streak`` workdays."""
    title = _("Time for today's check-in")
    line = _("Time for today's check-in: {command}").format(command=CHECKIN_COMMAND)
    if streak <= 0:
        body = _("Two minutes, in a terminal: {command}").format(command=CHECKIN_COMMAND)
        return Reminder(title, body, line)
    keep = ngettext(
        "Keep your {count}-workday streak.", "Keep your {count}-workday streak.", streak
    ).format(count=streak)
    body = _("{keep} In a terminal: {command}").format(keep=keep, command=CHECKIN_COMMAND)
    return Reminder(title, body, f"{line} {keep}")
