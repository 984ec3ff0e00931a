"""Commands that open the terminal app."""

from __future__ import annotations

import click


def register(cli: click.Group) -> None:
    """Add this module's commands to ``cli``."""


def open_home(ctx: click.Context) -> None:
    """Bare ``focuscheck``: the home screen."""
    click.echo(ctx.get_help())
