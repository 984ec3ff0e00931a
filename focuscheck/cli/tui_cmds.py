"""Commands that open the terminal app: bare ``focuscheck`` (home) and ``checkin``."""

from __future__ import annotations

import click

from focuscheck.cli.common import app_context
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
    # Only now: loading the app (Textual and the first screens) is for the screens alone.
    from focuscheck.cli.tui_run import run_tui

    code = run_tui(app_context(), start)
    if code:
        ctx.exit(code)
