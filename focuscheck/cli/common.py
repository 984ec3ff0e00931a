"""What every command shares: the context object, date options, and error reporting."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import click

from focuscheck.domain.clock import Clock, FixedClock, SystemClock
from focuscheck.i18n import _

if TYPE_CHECKING:
    from focuscheck.domain.settings import Settings
    from focuscheck.storage.journal import Journal

#: Freezes "now" for demos and end-to-end tests (an ISO timestamp with offset).
ENV_NOW: Final = "FOCUSCHECK_NOW"

EXIT_ERROR: Final = 1
EXIT_USAGE: Final = 2


def clock_from_environment() -> Clock:
    """The system clock, or a frozen one when ``FOCUSCHECK_NOW`` is set."""
    frozen = os.environ.get(ENV_NOW, "").strip()
    if not frozen:
        return SystemClock()
    try:
        moment = datetime.fromisoformat(frozen)
    except ValueError:
        raise click.UsageError(
            _("{name} must be an ISO timestamp, like 2026-11-26T09:00:00+01:00").format(
                name=ENV_NOW
            )
        ) from None
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
                click.echo(_("Warning: {message}").format(message=warning), err=True)
            self._journal.warnings.clear()


def app_context() -> AppContext:
    """The :class:`AppContext` of the running command."""
    obj = click.get_current_context().find_object(AppContext)
    if obj is None:  # pragma: no cover - the group always sets it
        raise click.UsageError("no context")
    return obj


class DateParam(click.ParamType):  # type: ignore[type-arg]  # generic only in newer click
    """A date option: ISO dates and everyday phrases, relative to the app's clock."""

    name = "date"

    def __init__(self, end: bool = False) -> None:
        self.end = end

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        from focuscheck.domain.dates import DateParseError, parse_date

        today = app_context().clock.today() if ctx is not None else date.today()
        try:
            return parse_date(str(value), today=today, end=self.end)
        except DateParseError as error:
            self.fail(str(error), param, ctx)


def echo_error(message: str) -> None:
    """Print ``message`` to stderr, marked as an error."""
    click.echo(_("Error: {message}").format(message=message), err=True)
