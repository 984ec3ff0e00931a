"""What every command shares: the context object, date options, and error reporting."""

from __future__ import annotations

from datetime import date
from typing import Any, Final

import click

from focuscheck.cli.context import ENV_NOW, AppContext, clock_from_environment
from focuscheck.domain.replies import YES
from focuscheck.i18n import _

__all__ = ["ENV_NOW", "YES", "AppContext", "clock_from_environment"]

EXIT_ERROR: Final = 1
EXIT_USAGE: Final = 2


def app_context() -> AppContext:
    """The :class:`AppContext` of the running command."""
    obj = click.get_current_context().find_object(AppContext)
    if obj is None:  # pragma: no cover - the group always sets it
        raise click.UsageError("no context")
    return obj


class DateParam(click.ParamType):  # type: ignore[type-arg]  # generic only in newer click
    """A date option: ISO dates and everyday phrases, relative to the app's clock."""

    name = "date"

    def __init__(self, end: bool = False, ahead: bool = False) -> None:
        self.end = end
        self.ahead = ahead
        """Whether phrases look forward from today (for planning leave)."""

    def get_metavar(self, *_args: Any, **_kwargs: Any) -> str:
        # TRANSLATORS: the placeholder for a date in --help, like FILE or PATH.
        return _("DATE")

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        from focuscheck.domain.dates import DateParseError, parse_date

        today = app_context().clock.today() if ctx is not None else date.today()
        try:
            return parse_date(str(value), today=today, end=self.end, ahead=self.ahead)
        except DateParseError as error:
            self.fail(str(error), param, ctx)


def echo_error(message: str) -> None:
    """Print ``message`` to stderr, marked as an error."""
    click.echo(_("Error: {message}").format(message=message), err=True)


def confirm(question: str) -> bool:
    """Ask a yes/no question; no unless the person answers yes (y/yes, or j/ja in Swedish)."""
    answer = click.prompt(
        _("{question} [y/N]").format(question=question), default="", show_default=False
    )
    return answer.strip().lower() in YES
