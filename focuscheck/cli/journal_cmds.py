"""Commands on the person's own journal: config, history, import, status."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from focuscheck.cli.common import DateParam, app_context
from focuscheck.i18n import _, current_language, ngettext

if TYPE_CHECKING:
    from focuscheck.domain.settings import Settings


def register(cli: click.Group) -> None:
    """Add this module's commands to ``cli``."""
    cli.add_command(_config_group())
    cli.add_command(_history_command())
    cli.add_command(_import_command())
    cli.add_command(_status_command())


def _config_group() -> click.Group:
    @click.group("config", help=_("Show or change settings (the organisation profile too)."))
    def config() -> None:
        pass

    @config.command("list", help=_("List every setting with its value."))
    def config_list() -> None:
        from focuscheck.domain.settings import SPECS, format_value

        settings = app_context().settings()
        for spec in SPECS:
            value = format_value(settings, spec.name).replace("\n", "; ")
            click.echo(f"{spec.name} = {value}")
            click.echo(f"    {_(spec.help)}")

    @config.command("get", help=_("Print the value of one setting."))
    @click.argument("name", metavar=_("NAME"))
    def config_get(name: str) -> None:
        from focuscheck.domain.settings import format_value

        click.echo(format_value(app_context().settings(), name))

    @config.command(
        "set",
        help=_(
            "Set a setting. List settings take several values: "
            "focuscheck config set values Openness Respect"
        ),
    )
    @click.argument("name", metavar=_("NAME"))
    @click.argument("values", nargs=-1, required=True, metavar=_("VALUES..."))
    def config_set(name: str, values: tuple[str, ...]) -> None:
        from focuscheck.domain.settings import format_value, set_value, spec_for, split_at_commas

        service = app_context().service()
        settings = set_value(service.settings(), name, list(values))
        spec = spec_for(name)
        split = split_at_commas(spec, list(values))
        if len(split) > len(values):
            count = len(getattr(settings, spec.name))
            click.echo(
                ngettext(
                    "A comma separates names: saved {count} name.",
                    "A comma separates names: saved {count} names.",
                    count,
                ).format(count=count)
            )
        # The Swedish forms matter to Swedish sentences only: asked and shown in Swedish.
        swedish_word = spec.name == "customer_term" and current_language() == "sv"
        if swedish_word and settings.customer_term:
            settings = _ask_swedish_forms(settings)
        service.save_settings(settings)
        shown = format_value(settings, spec.name).replace("\n", "; ")
        click.echo(_("{name} = {value}").format(name=spec.name, value=shown))
        if swedish_word and settings.customer_term:
            _echo_swedish_forms(settings)

    @config.command("unset", help=_("Put a setting back to its default."))
    @click.argument("name", metavar=_("NAME"))
    def config_unset(name: str) -> None:
        from focuscheck.domain.settings import spec_for, unset_value

        service = app_context().service()
        service.save_settings(unset_value(service.settings(), name))
        click.echo(_("{name} is back to its default.").format(name=spec_for(name).name))

    return config


def _ask_swedish_forms(settings: Settings) -> Settings:
    """Ask for the Swedish forms of a word whose forms are not known (only at a terminal)."""
    from focuscheck.domain.errors import ValidationError
    from focuscheck.domain.settings import (
        SPEC_BY_NAME,
        SWEDISH_FORM_SETTINGS,
        forms_are_known,
        set_value,
    )

    if forms_are_known(settings.customer_term) or not sys.stdin.isatty():
        return settings
    click.echo(
        _(
            "Swedish sentences need other forms of “{word}”. "
            "Press Enter to keep a suggestion, or type the right form."
        ).format(word=settings.customer_term)
    )
    for name in SWEDISH_FORM_SETTINGS:

        def checked(answer: str, name: str = name, start: Settings = settings) -> Settings:
            # A form that does not fit is named and asked for again; nothing typed is lost.
            try:
                return set_value(start, name, [answer])
            except ValidationError as error:
                raise click.BadParameter(str(error)) from None

        settings = click.prompt(
            _(SPEC_BY_NAME[name].help),
            default=getattr(settings, name),
            show_default=True,
            value_proc=checked,
        )
    return settings


def _echo_swedish_forms(settings: Settings) -> None:
    from focuscheck.domain.settings import SWEDISH_FORM_SETTINGS, forms_are_known

    # The compound form is shown as dictionaries show a prefix: "kund-".
    forms = ", ".join(
        getattr(settings, name) + ("-" if form == "compound" else "")
        for name, form in SWEDISH_FORM_SETTINGS.items()
    )
    if forms_are_known(settings.customer_term):
        click.echo(_("Swedish forms: {forms}").format(forms=forms))
        return
    click.echo(
        _(
            "Swedish forms (a guess): {forms}. Correct one with, for example, "
            "focuscheck config set customer_term_definite …"
        ).format(forms=forms)
    )


def _history_command() -> click.Command:
    @click.command("history", help=_("Print your check-ins, newest first."))
    @click.option(
        "--format",
        "output_format",
        type=click.Choice(["text", "json", "csv", "md"]),
        default="text",
        show_default=True,
        help=_("Output format."),
    )
    @click.option("--since", type=DateParam(), help=_('From this date: 2026-11-01, "last monday"…'))
    @click.option("--until", type=DateParam(end=True), help=_("Up to this date."))
    @click.option(
        "--tag",
        "tags",
        multiple=True,
        metavar=_("TAG"),
        help=_("Only entries with this tag (repeatable)."),
    )
    @click.option(
        "--search",
        default="",
        metavar=_("WORDS"),
        help=_("Only entries whose text contains these words."),
    )
    def history(
        output_format: str,
        since: date | None,
        until: date | None,
        tags: tuple[str, ...],
        search: str,
    ) -> None:
        from focuscheck.domain import entry_csv, entry_io, entry_text
        from focuscheck.domain.history import EntryFilter, latest_first, select
        from focuscheck.domain.settings import customer_term

        context = app_context()
        service = context.service()
        wanted = EntryFilter(since=since, until=until, tags=tags, search=search)
        entries = latest_first(select(service.entries(), wanted))
        customer = customer_term(service.settings())
        if output_format == "json":
            click.echo(entry_io.to_json(entries))
        elif output_format == "csv":
            click.echo(entry_csv.to_csv(entries), nl=False)
        elif output_format == "md":
            click.echo(entry_text.as_markdown(entries, customer), nl=False)
        else:
            click.echo(entry_text.as_text(entries, customer))

    return history


def _import_command() -> click.Command:
    @click.command(
        "import",
        help=_(
            "Import entries from a JSON list or a CSV file in the entry format. "
            "All or nothing; entries already present (same id) are skipped."
        ),
    )
    # Folders and unreadable files are turned away by _read_input_file, which
    # names the file and says nothing was imported, like every other refusal.
    @click.argument("file", type=click.Path(readable=False, path_type=Path), metavar=_("FILE"))
    def import_(file: Path) -> None:
        from focuscheck.domain.alignment import checker
        from focuscheck.domain.entry_io import ImportRejected, parse_import

        context = app_context()
        service = context.service()
        raw = _read_input_file(file)
        settings = service.settings()
        entries = parse_import(
            raw,
            str(file),
            now=context.clock.now(),
            is_aligned=checker(settings.customer_term, settings.customer_synonyms),
        )
        if not entries:
            raise ImportRejected(str(file), _("the file holds no entries"))
        result = service.import_entries(entries)
        added = ngettext("Imported {count} entry.", "Imported {count} entries.", result.added)
        click.echo(added.format(count=result.added))
        if result.skipped:
            skipped = ngettext(
                "Skipped {count} already in the journal.",
                "Skipped {count} already in the journal.",
                result.skipped,
            )
            click.echo(skipped.format(count=result.skipped))

    return import_


def _read_input_file(file: Path) -> bytes:
    from focuscheck.domain.entry_io import ImportRejected, check_import_size
    from focuscheck.storage.regular_file import read_regular

    try:
        if file.is_dir():
            raise IsADirectoryError
        check_import_size(file.stat().st_size, str(file))
        # A named pipe would make a plain read wait forever: refused at once instead.
        return read_regular(file)
    except FileNotFoundError:
        raise ImportRejected(str(file), _("no such file")) from None
    except IsADirectoryError:
        raise ImportRejected(str(file), _("this is a folder, not a file")) from None
    except OSError as error:
        raise ImportRejected(str(file), error.strerror or str(error)) from None


def _status_command() -> click.Command:
    @click.command(
        "status",
        help=_(
            "Say whether today's check-in is done, and the streak. Exit code 1 only when "
            "a check-in is owed today; 0 when it is done, on a day off and when you are away "
            "(for shell prompts and reminders)."
        ),
    )
    @click.pass_context
    def status(ctx: click.Context) -> None:
        from focuscheck.domain.day_text import status_exit, status_lines
        from focuscheck.domain.summary import day_status

        context = app_context()
        journal = context.journal()
        result = day_status(journal.entries(), journal.settings(), context.clock.today())
        for line in status_lines(result):
            click.echo(line)
        ctx.exit(status_exit(result))

    return status
