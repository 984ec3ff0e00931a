"""``focuscheck export`` (the person's side) and ``focuscheck coach`` (the coach's side)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Final

import click

from focuscheck.cli.common import DateParam, app_context, echo_error
from focuscheck.cli.context import has_terminal
from focuscheck.domain.errors import FocuscheckError
from focuscheck.i18n import _, ngettext

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from focuscheck.coach.aggregate import Review
    from focuscheck.coach.export_format import ExportFormat, ExportOptions
    from focuscheck.coach.loader import LoadedExport, LoadResult
    from focuscheck.coach.progress import Progress
    from focuscheck.domain.settings import Settings

STDOUT: Final = "-"
REPORT_SUFFIXES: Final = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


def register(cli: click.Group) -> None:
    """Add this module's commands to ``cli``."""
    cli.add_command(_export_command())
    cli.add_command(_coach_command())


def interactive() -> bool:
    """Whether a person is at the terminal to see a preview and answer."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def _export_command() -> click.Command:
    @click.command(
        "export",
        help=_(
            "Export your check-ins. With --anonymize, a file for a coach: no name, no ids, "
            "dates only by week (or day/month), text scrubbed of names, e-mail addresses, "
            "phone and identity numbers and URLs. Without it, your full data for your own backup."
        ),
    )
    @click.option("--anonymize", is_flag=True, help=_("Write the anonymized file for a coach."))
    @click.option(
        "-o",
        "--output",
        metavar=_("FILE"),
        help=_("File to write (- for standard output). Default: in this folder."),
    )
    @click.option(
        "--format",
        "export_format",
        type=click.Choice(["json", "csv"]),
        default="json",
        show_default=True,
        help=_("File format."),
    )
    @click.option("--since", type=DateParam(), help=_('From this date: 2026-11-01, "last monday"…'))
    @click.option("--until", type=DateParam(end=True), help=_("Up to this date."))
    @click.option(
        "--granularity",
        type=click.Choice(["day", "week", "month"]),
        help=_("How exactly dates are kept in an anonymized export (default: week)."),
    )
    @click.option("--no-text", is_flag=True, help=_("Leave all free text and tags out."))
    @click.option(
        "--team", metavar=_("NAME"), help=_("Team label for the coach (default: the team setting).")
    )
    @click.option("--rotate-id", is_flag=True, help=_("Make a new participant pseudonym first."))
    @click.option("--force", is_flag=True, help=_("Replace the output file if it exists."))
    @click.option("--yes", "-y", is_flag=True, help=_("Write without showing the preview."))
    def export(
        anonymize: bool,
        output: str | None,
        export_format: str,
        since: date | None,
        until: date | None,
        granularity: str | None,
        no_text: bool,
        team: str | None,
        rotate_id: bool,
        force: bool,
        yes: bool,
    ) -> None:
        from focuscheck.coach.export_file import default_path
        from focuscheck.coach.export_format import (
            ExportFormat,
            ExportOptions,
            in_range,
            render_full,
        )
        from focuscheck.domain.dates import Granularity

        only_anonymized = {
            "--granularity": granularity is not None,
            "--no-text": no_text,
            "--team": team is not None,
            "--rotate-id": rotate_id,
        }
        misplaced = [name for name, given in only_anonymized.items() if given]
        if misplaced and not anonymize:
            raise click.UsageError(
                _("{option} only goes with --anonymize").format(option=misplaced[0])
            )
        fmt = ExportFormat(export_format)
        service = app_context().service()
        if anonymize:
            options = ExportOptions(
                granularity=Granularity(granularity or Granularity.WEEK),
                since=since,
                until=until,
                include_text=not no_text,
                team=team,
            )
            _export_anonymized(options, fmt, output, rotate_id=rotate_id, force=force, yes=yes)
            return
        entries = in_range(service.entries(), since, until)
        if not entries:
            raise FocuscheckError(_("There are no check-ins to export; nothing was written."))
        text = render_full(entries, fmt)
        target = output or str(default_path(False, fmt))
        _deliver(text, target, force, ask=False)
        if target != STDOUT:
            count = ngettext(
                "Wrote {count} check-in to {path}.",
                "Wrote {count} check-ins to {path}.",
                len(entries),
            )
            click.echo(count.format(count=len(entries), path=target))

    return export


def _export_anonymized(
    options: ExportOptions,
    fmt: ExportFormat,
    output: str | None,
    *,
    rotate_id: bool,
    force: bool,
    yes: bool,
) -> None:
    from focuscheck.coach.export_file import default_path
    from focuscheck.coach.export_format import build_anonymized, render
    from focuscheck.coach.export_text import export_summary

    service = app_context().service()
    if rotate_id:
        service.rotate_pseudonym()
        click.echo(_("Made a new participant pseudonym; earlier exports no longer link to you."))
    export = build_anonymized(
        service.entries(), service.settings(), service.participant_pseudonym(), options
    )
    if not export.entries:
        raise FocuscheckError(_("There are no check-ins to export; nothing was written."))
    text = render(export.document, fmt)
    target = output or str(default_path(True, fmt))
    ask = target != STDOUT and interactive() and not yes
    if ask:
        click.echo(_("This is what the coach will receive:"))
        for line in export_summary(export, options.include_text):
            click.echo(f"  {line}")
        if not _confirm_write(text, target):
            click.echo(_("Nothing was written."))
            return
    _deliver(text, target, force, ask=ask)
    if target != STDOUT:
        click.echo(_("Wrote the anonymized export to {path}.").format(path=target))


def _confirm_write(text: str, target: str) -> bool:
    """Ask until the person writes, declines, or has read the whole file first."""
    while True:
        answer = click.prompt(
            _("Write it to {path}? [y]es, [n]o, [s]how the whole file").format(path=target),
            default="n",
            show_default=False,
        )
        choice = answer.strip().lower()[:1]
        if choice in ("y", "j"):
            return True
        if choice == "s":
            click.echo_via_pager(text)
            continue
        return False


def _deliver(text: str, target: str, force: bool, *, ask: bool) -> None:
    """Print ``text`` or write it to ``target``, asking before replacing a file."""
    from focuscheck.cli.common import confirm
    from focuscheck.coach.export_file import ExportExists, write_export

    if target == STDOUT:
        click.echo(text, nl=False)
        return
    path = Path(target)
    try:
        write_export(path, text, overwrite=force)
    except ExportExists:
        if not ask or not confirm(_("{path} exists. Replace it?").format(path=path)):
            raise FocuscheckError(
                _("{path} already exists; nothing was written. Use --force to replace it.").format(
                    path=path
                )
            ) from None
        write_export(path, text, overwrite=True)


def _coach_command() -> click.Command:
    @click.command(
        "coach",
        help=_(
            "Review anonymized exports from a team: files or folders. Opens the review in the "
            "terminal, or writes a report with --report FILE.md or FILE.html."
        ),
    )
    @click.argument(
        "paths",
        nargs=-1,
        required=True,
        type=click.Path(path_type=Path),
        metavar=_("PATHS..."),
    )
    @click.option(
        "--min-group",
        type=int,
        metavar=_("NUMBER"),
        help=_("Smallest group a figure may describe (3 or more; default 5)."),
    )
    @click.option(
        "--report",
        metavar=_("FILE"),
        help=_("Write a report: FILE.md or FILE.html (- for Markdown)."),
    )
    @click.option("--force", is_flag=True, help=_("Replace the report file if it exists."))
    @click.option(
        "--compare",
        metavar=_("LENGTH"),
        help=_(
            "Compare the latest weeks or months with as many before: 4w, 1m "
            "(default: 4 weeks, or 1 month for monthly exports)."
        ),
    )
    def coach(
        paths: tuple[Path, ...],
        min_group: int | None,
        report: str | None,
        force: bool,
        compare: str | None,
    ) -> None:
        from focuscheck.coach import wording
        from focuscheck.coach.aggregate import review
        from focuscheck.coach.loader import load_exports
        from focuscheck.domain.settings import customer_term

        settings = _coach_settings()
        k = _min_group(min_group, settings)
        if compare is not None:
            _compare_length(compare, ())  # a misspelt length is told before anything loads

        def figures(loaded: LoadResult) -> Review:
            if not loaded.exports:
                raise FocuscheckError(_("No export could be loaded."))
            length = _compare_length(compare, loaded.exports)
            return review(loaded.exports, k, customer_term(settings), length)

        if report is None and has_terminal():
            from focuscheck.screens.coach.loading import LoadingApp

            loading = LoadingApp(paths, _told_in_the_app(figures))
            loading.run()
            if loading.failure is not None:
                raise loading.failure
            if loading.loaded is None:
                return
            loaded, result = loading.loaded.result, loading.loaded.review
        else:
            loaded = load_exports(paths, _progress_on_stderr())
            result = None
        for note in loaded.rejected:
            echo_error(_("{path}: {reason}").format(path=note.path, reason=note.message))
        for note in loaded.duplicates:
            click.echo(_("{path}: {reason}").format(path=note.path, reason=note.message), err=True)
        if result is None:
            result = figures(loaded)
        for aside in result.set_aside:
            reason = wording.set_aside_reason(aside)
            click.echo(_("{path}: {reason}").format(path=aside.source, reason=reason), err=True)
        if report is not None:
            _write_report(_starred(result, paths), loaded, report, force)
        elif has_terminal():
            from focuscheck.coach.selection_file import SelectionStore, selection_path
            from focuscheck.screens.coach.app import CoachApp

            CoachApp(result, loaded, SelectionStore(selection_path(paths))).run()
        else:
            from focuscheck.coach.report_md import render_markdown

            click.echo(render_markdown(_starred(result, paths), loaded), nl=False)

    return coach


def _starred(result: Review, paths: tuple[Path, ...]) -> Review:
    """``result`` with the coach's stars kept beside the exports; said when they cannot be read."""
    from focuscheck.coach.selection_file import (
        SelectionUnreadable,
        read_selection,
        selection_path,
    )

    try:
        selection = read_selection(selection_path(paths))
    except SelectionUnreadable as error:
        message = str(error) + " " + _("The report shows the most frequent texts instead.")
        click.echo(message, err=True)
        return result
    return result.starring(selection.starred)


def _progress_on_stderr() -> Callable[[Progress], None] | None:
    """Prints how far a load got on one line of the terminal, when there is one to see it."""
    if not sys.stderr.isatty():
        return None

    def told(progress: Progress) -> None:
        click.echo(f"\r{progress.line}", nl=progress.done == progress.total, err=True)

    return told


def _told_in_the_app(figures: Callable[[LoadResult], Review]) -> Callable[[LoadResult], Review]:
    """``figures`` with a length unfit for the exports said as a message, not a usage error."""

    def inside(loaded: LoadResult) -> Review:
        try:
            return figures(loaded)
        except click.BadParameter as error:
            raise FocuscheckError(f"--compare: {error.message}") from None

    return inside


def _coach_settings() -> Settings:
    """The coach's own settings (word for the customer, group size); the defaults without any."""
    from focuscheck.domain.settings import Settings
    from focuscheck.storage.schema import JOURNAL_NAME

    context = app_context()
    # The coach may have no journal of their own; reading settings must not create one.
    if (context.data_dir / JOURNAL_NAME).is_file():
        return context.settings()
    return Settings()


def _compare_length(asked: str | None, exports: Sequence[LoadedExport]) -> int | None:
    """The number of periods ``--compare`` asks for, in the review's unit."""
    from focuscheck.coach.cells import unit_of
    from focuscheck.coach.compare import parse_length

    if asked is None:
        return None
    try:
        return parse_length(asked, unit_of(exports))
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--compare") from None


def _min_group(asked: int | None, settings: Settings) -> int:
    from focuscheck.domain.settings import MIN_GROUP_FLOOR

    if asked is None:
        return max(settings.min_group_size, MIN_GROUP_FLOOR)
    if asked < MIN_GROUP_FLOOR:
        raise click.BadParameter(
            _("must be {floor} or more: smaller groups would let people be recognised").format(
                floor=MIN_GROUP_FLOOR
            ),
            param_hint="--min-group",
        )
    return asked


def _write_report(result: Review, loaded: LoadResult, report: str, force: bool) -> None:
    from focuscheck.coach.export_file import ExportExists, write_export
    from focuscheck.coach.report_html import render_html
    from focuscheck.coach.report_md import render_markdown

    if report == STDOUT:
        click.echo(render_markdown(result, loaded), nl=False)
        return
    path = Path(report)
    kind = REPORT_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise click.BadParameter(
            _("the report file must end in .md or .html"), param_hint="--report"
        )
    text = render_html(result, loaded) if kind == "html" else render_markdown(result, loaded)
    try:
        write_export(path, text, overwrite=force)
    except ExportExists:
        raise FocuscheckError(
            _("{path} already exists; nothing was written. Use --force to replace it.").format(
                path=path
            )
        ) from None
    click.echo(_("Wrote the report to {path}.").format(path=path))
