"""``focuscheck prompt``'s place in the command line: its help, and the run through click.

A plain call never gets here (see :mod:`focuscheck.cli.prompt_hook`); this
serves ``--help`` and runs the same answer when the command line is used.
"""

from __future__ import annotations

import contextlib

import click

from focuscheck.cli.common import app_context
from focuscheck.cli.launch import PROMPT_COMMAND
from focuscheck.i18n import _


def register(cli: click.Group) -> None:
    """Add ``prompt`` to ``cli``."""
    cli.add_command(_prompt_command())


def _checked_format(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    from focuscheck.domain.day_text import PromptFormatError, check_prompt_format

    try:
        return None if value is None else check_prompt_format(value)
    except PromptFormatError as error:
        raise click.BadParameter(str(error)) from None


def _prompt_command() -> click.Command:
    @click.command(
        PROMPT_COMMAND,
        help=_(
            "Print a short reminder for your shell prompt when a check-in is owed today, "
            "and nothing when it is done, on a day off or when you are away. "
            "Exits 0 unless --format is wrong."
        ),
    )
    @click.option(
        "--format",
        "text",
        metavar=_("TEXT"),
        callback=_checked_format,
        help=_("Print this instead of the built-in reminder; {streak} is the streak."),
    )
    def prompt(text: str | None) -> None:
        from focuscheck.cli.prompt_hook import journal_marker

        marker = ""
        with contextlib.suppress(Exception):  # a prompt never shows an error
            marker = journal_marker(app_context(), text)
        if marker:
            click.echo(marker)

    return prompt
