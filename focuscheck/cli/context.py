"""Run-wide context shared by every command and the terminal app: data folder and clock.

Free of click so that opening the terminal app does not pay for the command line.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Final

from focuscheck.domain.clock import CALENDAR_YEARS, Clock, FixedClock, SystemClock, in_calendar
from focuscheck.domain.errors import FocuscheckError
from focuscheck.i18n import _

if TYPE_CHECKING:
    from focuscheck.domain.settings import Settings
    from focuscheck.storage.journal import Journal

#: Freezes "now" for demos and end-to-end tests (an ISO timestamp with offset).
ENV_NOW: Final = "FOCUSCHECK_NOW"


#: Set by textual-serve (``focuscheck serve``): the app runs behind a web page, not a terminal.
ENV_DRIVER: Final = "TEXTUAL_DRIVER"


def has_terminal() -> bool:
    """Whether screens can be shown: a real terminal, or a browser through ``serve``."""
    return ENV_DRIVER in os.environ or (sys.stdin.isatty() and sys.stdout.isatty())


class BadEnvironment(FocuscheckError):
    """An environment variable focuscheck reads holds something it cannot use."""

    EXIT_STATUS: ClassVar[int] = 2
    """Like a bad option value: ``status`` keeps 1 for "not checked in yet"."""


def clock_from_environment() -> Clock:
    """The system clock, or a frozen one when ``FOCUSCHECK_NOW`` is set."""
    frozen = os.environ.get(ENV_NOW, "").strip()
    if not frozen:
        return SystemClock()
    try:
        moment = datetime.fromisoformat(frozen)
    except ValueError:
        raise BadEnvironment(
            _("{name} must be an ISO timestamp, like 2026-11-26T09:00:00+01:00").format(
                name=ENV_NOW
            )
        ) from None
    if not in_calendar(moment):
        raise BadEnvironment(
            _("{name} must lie between the years {first} and {last}").format(
                name=ENV_NOW, first=CALENDAR_YEARS[0], last=CALENDAR_YEARS[-1]
            )
        )
    return FixedClock(moment if moment.tzinfo else moment.astimezone())


@dataclass
class AppContext:
    """Shared by all commands of one run: where the data is and what time it is."""

    data_dir: Path
    clock: Clock
    _journal: Journal | None = field(default=None, repr=False)

    def journal(self) -> Journal:
        """The journal, opened (and created if new) on first use."""
        if self._journal is None:
            from focuscheck.storage.journal import Journal

            self._journal = Journal.open(self.data_dir, self.clock)
        return self._journal

    def settings(self) -> Settings:
        return self.journal().settings()

    def show_warnings(self) -> None:
        """Print what went wrong without stopping a save (a backup, a folder sync)."""
        if self._journal is not None:
            for warning in self._journal.warnings:
                print(_("Warning: {message}").format(message=warning), file=sys.stderr)
            self._journal.warnings.clear()
