"""Opening the terminal app from the command line: bare ``focuscheck`` (home), ``checkin``."""

from __future__ import annotations

from datetime import date

import click

from focuscheck.cli.common import app_context


def open_home(ctx: click.Context) -> None:
    """Bare ``focuscheck``: the home screen."""
    run_app(ctx, "home")


def run_app(ctx: click.Context, start: str, day: date | None = None) -> None:
    """Open the app at ``start`` (a check-in about ``day``, today when None)."""
    # Only now: loading the app (Textual and the first screens) is for the screens alone.
    from focuscheck.cli.tui_run import run_tui

    code = run_tui(app_context(), start, day)
    if code:
        ctx.exit(code)
