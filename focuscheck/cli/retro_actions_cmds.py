"""``focuscheck retro actions``: the actions retros took away, listed and marked outside a retro.

``retro actions`` (or ``retro actions list``) prints the open ones, ``--all``
the done and dropped ones too; ``retro actions done ID`` (``dropped``,
``open``) records where one stands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

import click

from focuscheck.cli.common import app_context
from focuscheck.i18n import N_, _

if TYPE_CHECKING:
    from focuscheck.service.retro_actions import ActionsService

FORMATS: Final = ("text", "json")


def _list_options(command: Any) -> Any:
    command = click.option(
        "--format",
        "output_format",
        type=click.Choice(FORMATS),
        default="text",
        show_default=True,
        help=_("Output format."),
    )(command)
    return click.option(
        "--all", "show_all", is_flag=True, help=_("List the done and dropped actions too.")
    )(command)


def _service() -> ActionsService:
    from focuscheck.service.retro_actions import ActionsService

    context = app_context()
    return ActionsService(context.data_dir, context.clock.today())


def _list(show_all: bool, output_format: str) -> None:
    import json

    from focuscheck.retro.actions import ActionStatus
    from focuscheck.retro.actions_text import action_records, actions_table
    from focuscheck.service.retro_actions import ActionsUnreadable

    try:
        actions = _service().all()
    except ActionsUnreadable as error:
        raise click.ClickException(str(error)) from None
    if not show_all:
        actions = [a for a in actions if a.status is ActionStatus.OPEN]
    if output_format == "json":
        click.echo(json.dumps(action_records(actions), ensure_ascii=False, indent=2))
        return
    click.echo(actions_table(actions, showing_all=show_all))


def _mark(wanted: str, status_name: str) -> None:
    from focuscheck.domain.errors import ValidationError
    from focuscheck.retro.actions import ActionStatus
    from focuscheck.retro.actions_text import marked_line
    from focuscheck.service.retro_actions import StorageError

    try:
        saved = _service().mark(wanted, ActionStatus(status_name))
    except ValidationError as error:
        raise click.BadParameter(str(error), param_hint=_("ID")) from None
    except StorageError as error:
        raise click.ClickException(str(error)) from None
    click.echo(marked_line(saved.actions[0]))


_MARK_HELP: Final = {
    "done": N_("Mark an action done. ID is the start of the id the list shows."),
    "dropped": N_("Mark an action dropped: the team let it go."),
    "open": N_("Open a done or dropped action again."),
}


def _mark_command(status_name: str, help_text: str) -> click.Command:
    @click.command(status_name, help=_(help_text))
    @click.argument("action_id", metavar=_("ID"))
    def command(action_id: str) -> None:
        _mark(action_id, status_name)

    return command


def actions_group() -> click.Group:
    """``retro actions`` and its commands."""

    @click.group(
        "actions",
        invoke_without_command=True,
        help=_(
            "The actions your retros took away, with owner and due date. Without a "
            "command the open ones are listed."
        ),
    )
    @_list_options
    @click.pass_context
    def actions(ctx: click.Context, /, show_all: bool, output_format: str) -> None:
        if ctx.invoked_subcommand is None:
            _list(show_all, output_format)

    @actions.command("list", help=_("List the open actions (--all: every action)."))
    @_list_options
    def list_command(show_all: bool, output_format: str) -> None:
        _list(show_all, output_format)

    for status_name, help_text in _MARK_HELP.items():
        actions.add_command(_mark_command(status_name, help_text))
    return actions
