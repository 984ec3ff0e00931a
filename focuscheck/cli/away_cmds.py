"""``focuscheck away``: holidays and leave, when no check-in is owed."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

import click

from focuscheck.cli.common import DateParam, app_context
from focuscheck.i18n import _, ngettext

if TYPE_CHECKING:
    from focuscheck.domain.days import AwayPeriod, WorkCalendar
    from focuscheck.domain.settings import Settings


def register(cli: click.Group) -> None:
    """Add ``away`` to ``cli``."""
    cli.add_command(_away_group())


def _from_option() -> click.Option:
    return click.Option(
        ["--from", "first"],
        type=DateParam(ahead=True),
        help=_('First day away: 2026-12-24, today, "next monday"… (default: today).'),
    )


def _until_option() -> click.Option:
    return click.Option(
        ["--until", "last"],
        type=DateParam(end=True, ahead=True),
        help=_("Last day away, itself included (default: the first day)."),
    )


def _away_group() -> click.Group:
    @click.group(
        "away",
        invoke_without_command=True,
        params=[_from_option(), _until_option()],
        help=_(
            "Holidays and leave: no check-in is owed on those days and the streak waits. "
            "focuscheck away --from 2026-12-24 --until 2027-01-06 adds a period; "
            "without options, lists them."
        ),
    )
    @click.pass_context
    def away(ctx: click.Context, first: date | None, last: date | None) -> None:
        if ctx.invoked_subcommand is not None:
            if first is not None or last is not None:
                raise click.UsageError(
                    _("--from and --until come after the command: away {command} --from …").format(
                        command=ctx.invoked_subcommand
                    )
                )
            return
        if first is None and last is None:
            _show_list()
            return
        _add(first, last)

    @away.command("list", help=_("List the away periods; the current one is marked."))
    def away_list() -> None:
        _show_list()

    @away.command(
        "remove",
        params=[_from_option(), _until_option()],
        help=_(
            "Take days out of the away periods: a whole period by its text "
            "(focuscheck away remove 2026-12-24..2027-01-06), or --from … --until …"
        ),
    )
    @click.argument("period", required=False, metavar=_("PERIOD"))
    def away_remove(period: str | None, first: date | None, last: date | None) -> None:
        _remove(period, first, last)

    return away


def _period(first: date | None, last: date | None) -> AwayPeriod:
    from focuscheck.domain.errors import ValidationError
    from focuscheck.domain.settings import away_period

    start = first or app_context().clock.today()
    try:
        return away_period(start, last or start)
    except ValidationError as error:
        raise click.UsageError(str(error)) from None


def _add(first: date | None, last: date | None) -> None:
    from focuscheck.domain.days import merged

    period = _period(first, last)
    service = app_context().service()
    settings = service.settings()
    changed = _save(settings, merged((*settings.away, period)))
    click.echo(_("Away {period}: no check-in is owed then.").format(period=period))
    _echo_periods(changed)


def _remove(text: str | None, first: date | None, last: date | None) -> None:
    from focuscheck.domain.days import AwayPeriod, without

    if text is not None and (first is not None or last is not None):
        raise click.UsageError(_("give either a period or --from/--until, not both"))
    if text is None and first is None and last is None:
        raise click.UsageError(_("say which days: a period, or --from … --until …"))
    if text is not None:
        try:
            gone = AwayPeriod.parse(text)
        except ValueError:
            raise click.UsageError(
                _("{text!r} is not a period of days; write it as 2026-12-24..2027-01-06").format(
                    text=text[:40]
                )
            ) from None
    else:
        gone = _period(first, last)
    service = app_context().service()
    settings = service.settings()
    kept = without(settings.away, gone)
    if kept == settings.away:
        click.echo(_("No away days in {period}; nothing changed.").format(period=gone))
        return
    changed = _save(settings, kept)
    click.echo(_("Removed {period} from the away days.").format(period=gone))
    _echo_periods(changed)


def _save(settings: Settings, periods: tuple[AwayPeriod, ...]) -> Settings:
    from focuscheck.domain.errors import ValidationError
    from focuscheck.domain.settings import set_value, unset_value

    try:
        if periods:
            changed = set_value(settings, "away", [str(period) for period in periods])
        else:
            changed = unset_value(settings, "away")
    except ValidationError as error:
        raise click.UsageError(str(error)) from None
    app_context().service().save_settings(changed)
    return changed


def _show_list() -> None:
    _echo_periods(app_context().settings())


def _echo_periods(settings: Settings) -> None:
    from focuscheck.domain.settings import work_calendar

    if not settings.away:
        click.echo(_("No away periods. Add one with: focuscheck away --from DATE --until DATE"))
        return
    calendar = work_calendar(settings)
    today = app_context().clock.today()
    width = max(len(str(period)) for period in settings.away)
    for period in settings.away:
        count = _workdays(period, calendar)
        line = f"{period!s:<{width}}  " + ngettext(
            "{count} workday", "{count} workdays", count
        ).format(count=count)
        if period.covers(today):
            line += "  " + _("← now")
        click.echo(line)


def _workdays(period: AwayPeriod, calendar: WorkCalendar) -> int:
    """The workdays ``period`` takes out (the days a check-in would be owed without it)."""
    return sum(
        1
        for offset in range(period.days)
        if (period.first + timedelta(days=offset)).isoweekday() in calendar.workdays
    )
