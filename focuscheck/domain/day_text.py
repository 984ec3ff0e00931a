"""What ``status``, ``prompt`` and the home screen say about today, written once.

Standard library, :mod:`focuscheck.i18n` and :mod:`focuscheck.domain.days`
only: the fast path of ``focuscheck status`` and ``focuscheck prompt`` uses it
straight from the journal's small state file before every shell prompt, so
``typing`` and the ``Today`` protocol exist for the type checker only.
"""

from __future__ import annotations

from focuscheck.domain.days import Owed
from focuscheck.domain.errors import ValidationError
from focuscheck.i18n import _, ngettext, pgettext

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date
    from typing import Final, Protocol

    from focuscheck.domain.days import AwayPeriod

    class Today(Protocol):
        """Today's state, from the journal or from its small state file."""

        @property
        def owed(self) -> Owed: ...
        @property
        def streak(self) -> int: ...
        @property
        def away(self) -> AwayPeriod | None: ...


#: The placeholders ``focuscheck prompt --format`` fills in.
PROMPT_FIELDS: Final = ("streak",)
EXIT_OWED: Final = 1
"""``status`` exits with this only when a check-in is owed today."""


def today_line(today: Today) -> str:
    """Whether today's check-in is done or owed, or why none is owed."""
    match today.owed:
        case Owed.DONE:
            return _("Today's check-in is done.")
        case Owed.OWED:
            return _("No check-in yet today.")
        case Owed.DAY_OFF:
            return _("Today is a day off; no check-in is owed.")
        case Owed.AWAY:
            if today.away is None:
                return _("You are away today; no check-in is owed.")
            return _("You are away until {date}; no check-in is owed.").format(
                date=today.away.last.isoformat()
            )


def away_note(periods: Sequence[AwayPeriod], today: date) -> str:
    """One line on the away period under way or the next one; "" when there is none."""
    for period in sorted(periods):
        if period.covers(today):
            return _("Away now, until {date}.").format(date=period.last.isoformat())
        if period.first > today:
            return _("Next away: {period}.").format(period=period)
    return ""


def streak_line(streak: int) -> str:
    return ngettext("Streak: {count} workday.", "Streak: {count} workdays.", streak).format(
        count=streak
    )


def status_lines(today: Today) -> list[str]:
    """What ``focuscheck status`` prints."""
    return [today_line(today), streak_line(today.streak)]


def status_exit(today: Today) -> int:
    """0 unless a check-in is owed today: a day off or an away day asks for nothing."""
    return EXIT_OWED if today.owed is Owed.OWED else 0


class PromptFormatError(ValidationError):
    """A ``--format`` for the shell prompt that cannot be filled in."""

    EXIT_STATUS = 2


def check_prompt_format(text: str) -> str:
    """``text`` if it is a prompt format whose placeholders are known; else PromptFormatError."""
    from string import Formatter  # only a prompt with --format pays for it

    known = ", ".join("{" + name + "}" for name in PROMPT_FIELDS)
    try:
        fields = [field for _text, field, _spec, _conv in Formatter().parse(text)]
        unknown = [name for name in fields if name is not None and name not in PROMPT_FIELDS]
        if unknown:
            raise PromptFormatError(
                _("--format has an unknown placeholder {{{name}}}; it can hold {known}").format(
                    name=unknown[0][:40], known=known
                )
            )
        text.format(streak=0)
    except (ValueError, TypeError) as error:
        if isinstance(error, PromptFormatError):
            raise
        raise PromptFormatError(
            _(
                "--format cannot be filled in; write a brace as {{{{ or }}}} "
                "and a placeholder as {known}"
            ).format(known=known)
        ) from None
    return text


def prompt_marker(today: Today, text: str | None = None) -> str:
    """What ``focuscheck prompt`` prints: nothing unless a check-in is owed today."""
    if today.owed is not Owed.OWED:
        return ""
    if text is None:
        # TRANSLATORS: the shell prompt's short reminder that today's check-in is owed.
        return pgettext("shell prompt", "check in")
    return text.format(streak=today.streak)
