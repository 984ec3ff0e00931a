"""Commands that open the terminal app: bare ``focuscheck`` (home) and ``checkin``."""

from __future__ import annotations

import sys

import click

from focuscheck.cli.common import EXIT_ERROR, app_context
from focuscheck.cli.context import AppContext, has_terminal
from focuscheck.i18n import _


def register(cli: click.Group) -> None:
    """Add this module's commands to ``cli``."""

    @cli.command("checkin", help=_("Open today's check-in straight away."))
    @click.pass_context
    def checkin(ctx: click.Context) -> None:
        _run(ctx, "checkin")


def open_home(ctx: click.Context) -> None:
    """Bare ``focuscheck``: the home screen."""
    _run(ctx, "home")


def _run(ctx: click.Context, start: str) -> None:
    code = run_tui(app_context(), start)
    if code:
        ctx.exit(code)


def run_tui(context: AppContext, start: str) -> int:
    """Run the terminal app from ``start``; returns the exit code."""
    if not has_terminal():
        print(
            _(
                "focuscheck needs a terminal for its screens. Without one, try "
                "'focuscheck status' or 'focuscheck history', or see 'focuscheck --help'."
            ),
            file=sys.stderr,
        )
        return EXIT_ERROR
    from focuscheck.app import make_app

    app = make_app(data_dir=context.data_dir, clock=context.clock, start=start)
    try:
        app.run()
    finally:
        # Writes asked for before quitting (the draft) finish before the process ends.
        app.writer.close()
    return app.return_code or 0
