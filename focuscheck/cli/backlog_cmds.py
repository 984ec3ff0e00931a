"""The improvement backlog: list the waste you noted, and mark where each item stands.

``focuscheck backlog`` (or ``backlog list``) prints or saves the list, grouped by
status; ``backlog mark ID raised|resolved|dropped|open`` follows an item up.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import click

from focuscheck.cli.common import app_context
from focuscheck.cli.insights_cmds import chosen_entries, deliver, list_options, wants_markdown
from focuscheck.i18n import _

if TYPE_CHECKING:
    from focuscheck.domain.entry import Entry

FORMATS: Final = ("text", "md", "markdown", "json")
STATUSES: Final = ("open", "raised", "resolved", "dropped")


def register(cli: click.Group) -> None:
    """Add this module's commands to ``cli``."""
    cli.add_command(_backlog_group())


def _status_option(command: Any) -> Any:
    return click.option(
        "--status",
        "statuses",
        type=click.Choice(STATUSES),
        multiple=True,
        help=_("Only items with this status (may be given more than once)."),
    )(command)


def _render(
    entries: list[Entry], statuses: tuple[str, ...], output_format: str | None, output: Path | None
) -> str:
    import json

    from focuscheck.domain import backlog as lists
    from focuscheck.domain.enums import WasteStatus

    wanted = [WasteStatus(status) for status in statuses] or list(WasteStatus)
    items = lists.waste_items(entries, wanted)
    if output_format == "json":
        return json.dumps(lists.backlog_records(items), ensure_ascii=False, indent=2) + "\n"
    if wants_markdown(output_format, output):
        return lists.backlog_markdown(items)
    return lists.backlog_text(items)


def _list(
    output_format: str | None,
    output: Path | None,
    force: bool,
    since: date | None,
    until: date | None,
    statuses: tuple[str, ...],
) -> None:
    text = _render(chosen_entries(since, until), statuses, output_format, output)
    deliver(text, output, force)


def _backlog_group() -> click.Group:
    @click.group(
        "backlog",
        invoke_without_command=True,
        help=_(
            "The improvement backlog: the waste you noted, by where it stands, to bring to "
            "your team. Without a command it is listed."
        ),
    )
    @_status_option
    @list_options_with_json
    @click.pass_context
    def backlog(ctx: click.Context, /, **options: Any) -> None:
        if ctx.invoked_subcommand is None:
            _list(**options)

    @backlog.command("list", help=_("List the waste you noted, grouped by where it stands."))
    @_status_option
    @list_options_with_json
    def list_command(**options: Any) -> None:
        _list(**options)

    @backlog.command(
        "mark",
        help=_(
            "Mark where an item stands: raised (say where with --note), resolved (say what "
            "changed), dropped, or open again. ID is the start of the id the list shows."
        ),
    )
    @click.argument("item_id", metavar=_("ID"))
    @click.argument("status", metavar=_("STATUS"), type=click.Choice(STATUSES))
    @click.option("--note", metavar=_("TEXT"), help=_("Where it was raised, or what changed."))
    def mark(item_id: str, status: str, note: str | None) -> None:
        _mark(item_id, status, note)

    return backlog


def list_options_with_json(command: Any) -> Any:
    """The list options, with JSON among the formats."""
    return list_options(command, FORMATS)


def _mark(item_id: str, status: str, note: str | None) -> None:
    from focuscheck.domain import backlog as lists
    from focuscheck.domain.enums import WasteStatus
    from focuscheck.domain.errors import ValidationError

    service = app_context().service()
    wanted = WasteStatus(status)
    try:
        item = lists.find_item(lists.waste_items(service.entries()), item_id)
        saved = service.mark_waste(item.entry_id, wanted, note)
    except ValidationError as error:
        hint = _("ID") if error.field == "id" else None
        raise click.BadParameter(str(error), param_hint=hint) from None
    if saved is None:  # deleted since the list was read
        raise click.BadParameter(_("the item is no longer in the journal"), param_hint=_("ID"))
    click.echo(lists.marked_text(lists.waste_item(saved)))
