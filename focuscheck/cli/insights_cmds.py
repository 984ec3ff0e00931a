"""Commands that look back over the journal: stats and the voice log.

The improvement backlog has commands of its own (:mod:`focuscheck.cli.backlog_cmds`)
and shares the list options here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from focuscheck.cli.common import DateParam, app_context
from focuscheck.i18n import _

if TYPE_CHECKING:
    from focuscheck.domain.entry import Entry


def register(cli: click.Group) -> None:
    """Add this module's commands to ``cli``."""
    cli.add_command(_stats_command())
    cli.add_command(_voices_command())


def _stats_command() -> click.Command:
    @click.command(
        "stats",
        help=_(
            "Show your streak, focus and mission clarity per week, voices heard, "
            "waste by category and a check-in calendar."
        ),
    )
    @click.option(
        "--weeks",
        type=int,
        metavar=_("NUMBER"),
        default=12,
        show_default=True,
        help=_("How many weeks to look back over, this week included."),
    )
    @click.option(
        "--format",
        "output_format",
        type=click.Choice(["text", "json"]),
        default="text",
        show_default=True,
        help=_("Output format."),
    )
    def stats(weeks: int, output_format: str) -> None:
        import json

        from focuscheck.domain import insights, insights_text, waste_insights
        from focuscheck.domain.errors import ValidationError
        from focuscheck.domain.settings import customer_term

        try:
            insights.check_weeks(weeks)
        except ValidationError as error:
            raise click.BadParameter(str(error), param_hint="--weeks") from None
        context = app_context()
        service = context.service()
        settings = service.settings()
        entries = service.entries()
        result = insights.compute(entries, settings, context.clock.today(), weeks)
        waste = waste_insights.follow_up(entries, result.first_day, weeks, result.today)
        if output_format == "json":
            record = {
                **insights.to_record(result),
                "waste_follow_up": waste_insights.to_record(waste),
            }
            click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        else:
            click.echo(insights_text.as_text(result, customer_term(settings)))
            click.echo("\n" + "\n".join(waste_insights.text_lines(waste)))

    return stats


def list_options(
    command: Callable[..., None], formats: tuple[str, ...] = ("text", "md")
) -> Callable[..., None]:
    """The options ``backlog`` and ``voices`` share: format, output file, dates."""
    options = (
        click.option(
            "--format",
            "output_format",
            type=click.Choice(formats),
            help=_("Output format (default: md when writing a file, text otherwise)."),
        ),
        click.option(
            "-o",
            "--output",
            type=click.Path(dir_okay=False, path_type=Path),
            metavar=_("FILE"),
            help=_("Write to this file (readable by you only) instead of printing."),
        ),
        click.option("--force", is_flag=True, help=_("Replace the output file if it exists.")),
        click.option(
            "--since", type=DateParam(), help=_('From this date: 2026-11-01, "last monday"…')
        ),
        click.option("--until", type=DateParam(end=True), help=_("Up to this date.")),
    )
    for option in reversed(options):
        command = option(command)
    return command


def chosen_entries(since: date | None, until: date | None) -> list[Entry]:
    from focuscheck.domain.history import EntryFilter, select

    return select(app_context().service().entries(), EntryFilter(since=since, until=until))


def deliver(text: str, output: Path | None, force: bool) -> None:
    """Print ``text``, or write it to ``output`` without replacing a file unasked."""
    if output is None or str(output) == "-":
        click.echo(text, nl=not text.endswith("\n"))
        return
    from focuscheck.storage.export_file import write_text_file

    written = write_text_file(output, text, force=force)
    click.echo(_("Wrote {path}.").format(path=written))


def wants_markdown(output_format: str | None, output: Path | None) -> bool:
    """Whether the list is written as Markdown: asked for, or by default into a file."""
    if output_format is not None:
        return output_format in ("md", "markdown")
    return output is not None and str(output) != "-"


def _list_command(
    name: str, help_text: str, render: Callable[[list[Entry], bool], str]
) -> click.Command:
    """A command that prints or saves one list; ``render(entries, markdown)`` writes it."""

    @click.command(name, help=help_text)
    @list_options
    def command(
        output_format: str | None,
        output: Path | None,
        force: bool,
        since: date | None,
        until: date | None,
    ) -> None:
        markdown = wants_markdown(output_format, output)
        deliver(render(chosen_entries(since, until), markdown), output, force)

    return command


def _voices_command() -> click.Command:
    def render(entries: list[Entry], markdown: bool) -> str:
        from focuscheck.domain import backlog as lists
        from focuscheck.domain.settings import customer_term

        items = lists.voice_items(entries)
        customer = customer_term(app_context().settings())
        if markdown:
            return lists.voices_markdown(items, customer)
        return lists.voices_text(items, customer)

    return _list_command(
        "voices",
        _("The voice log: what you heard from customers and the colleagues closest to them."),
        render,
    )
