"""``focuscheck checkin``: the terminal app's check-in, the plain dialogue, or one line.

Bare ``checkin`` opens the terminal app's check-in (the launcher opens it
without building the command line).  ``--plain`` asks the same check-in line
by line.  An answer given as an option (``--value`` and the rest, made from the
check-in's table) saves at once without a question, after the same checks.
``--date`` makes up a missed day in any of the three.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import click

from focuscheck.cli.checkin_options import answer_options, given_answers
from focuscheck.cli.common import DateParam, app_context
from focuscheck.i18n import _


def register(cli: click.Group) -> None:
    """Add ``checkin`` to ``cli``."""
    cli.add_command(_checkin_command())


def _checkin_command() -> click.Command:
    def checkin(**params: Any) -> None:
        ctx = click.get_current_context()
        day: date | None = params.pop("day")
        plain: bool = params.pop("plain")
        update: bool = params.pop("update")
        answers = given_answers(params)
        if plain and answers:
            raise click.UsageError(_("--plain asks every answer: leave out the answer options."))
        if update and not answers:
            raise click.UsageError(_("--update changes the answers given as options: give one."))
        if answers:
            from focuscheck.cli.checkin_line import save_answers

            click.echo(save_answers(app_context(), answers, day, update=update))
        elif plain:
            _plain(ctx, day)
        else:
            from focuscheck.cli.tui_cmds import run_app

            run_app(ctx, "checkin", day)

    return click.Command(
        "checkin",
        callback=checkin,
        help=_(
            "Check in: opens today's check-in in the app; --plain asks it line by line; "
            "answers given as options save it at once (--value is the one it needs)."
        ),
        params=[
            click.Option(
                ["--plain"],
                is_flag=True,
                help=_(
                    "Ask the check-in as plain lines, one question at a time: "
                    "for ssh, a narrow pane or a screen reader."
                ),
            ),
            click.Option(
                ["--date", "day"],
                type=DateParam(),
                help=_(
                    "The day the check-in is about (default today); 'yesterday' makes up a "
                    "missed day."
                ),
            ),
            click.Option(
                ["--update"],
                is_flag=True,
                help=_("Change the check-in already saved for that day with the answers given."),
            ),
            *answer_options(),
        ],
    )


def _plain(ctx: click.Context, day: date | None) -> None:
    from focuscheck.domain.errors import ValidationError
    from focuscheck.plain.checkin_dialogue import run_plain_checkin

    context = app_context()
    try:
        outcome = run_plain_checkin(context.service(), context.clock, day)
    except ValidationError as error:
        raise click.UsageError(str(error)) from None
    if outcome:
        ctx.exit(int(outcome))
