"""Run-wide context shared by every command and the terminal app: data folder, clock, journal.

Free of click so that opening the terminal app does not pay for the command line;
the journal service is imported only when a command first asks for it.  Free of
``typing``, ``dataclasses`` and ``pathlib`` too: ``focuscheck prompt`` reads
the clock through :func:`clock_from_environment` before every shell prompt.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime

from focuscheck.domain.clock import CALENDAR_YEARS, FixedClock, SystemClock, in_calendar
from focuscheck.domain.errors import FocuscheckError
from focuscheck.i18n import _

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import ClassVar, Final

    from focuscheck.domain.clock import Clock
    from focuscheck.domain.settings import Settings
    from focuscheck.service.journal_service import JournalService

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


class AppContext:
    """Shared by all commands of one run: where the data is and what time it is."""

    def __init__(self, data_dir: Path, clock: Clock) -> None:
        self.data_dir = data_dir
        self.clock = clock
        self._service: JournalService | None = None
        self._warnings: list[str] = []

    def __repr__(self) -> str:
        return f"AppContext(data_dir={self.data_dir!r}, clock={self.clock!r})"

    def service(self, *, open_now: bool = True) -> JournalService:
        """The one way to the journal, opened (and created if new) unless ``open_now`` is false.

        Opened at once: a command on a journal that cannot be read says so before
        it reads its own input.  Restoring a backup must not open it.
        """
        if self._service is None:
            from focuscheck.service.journal_service import JournalService

            self._service = JournalService(self.data_dir, self.clock, report=self._warnings.append)
        if open_now:
            self._service.open()
        return self._service

    def journal(self) -> JournalService:
        """The same service, under the name ``status`` reads it by."""
        return self.service()

    def settings(self) -> Settings:
        return self.service().settings()

    def show_warnings(self) -> None:
        """Print, once the command is done, what went wrong without stopping a save."""
        for warning in self._warnings:
            print(_("Warning: {message}").format(message=warning), file=sys.stderr)
        self._warnings.clear()
