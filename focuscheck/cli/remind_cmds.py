"""``focuscheck remind``: a reminder only on days a check-in is owed, and the timer that runs it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

import click

from focuscheck.cli.common import AppContext, app_context
from focuscheck.domain.days import Owed
from focuscheck.i18n import N_, _

if TYPE_CHECKING:
    from focuscheck.reminders.schedule import Schedule

#: What ``remind status`` says about today, for each answer of the owed rule.
_TODAY: Final = {
    Owed.OWED: N_("Today: no check-in yet on a workday, so the reminder shows."),
    Owed.DONE: N_("Today: checked in, so no reminder."),
    Owed.DAY_OFF: N_("Today: not a workday, so no reminder."),
    Owed.AWAY: N_("Today: away, so no reminder."),
}


def register(cli: click.Group) -> None:
    """Add this module's commands to ``cli``."""
    cli.add_command(_remind_group())


class TimeParam(click.ParamType):  # type: ignore[type-arg]  # generic only in newer click
    """``--at``: a time of day, HH:MM on a 24-hour clock."""

    name = "time"

    def get_metavar(self, *_args: Any, **_kwargs: Any) -> str:
        # TRANSLATORS: the placeholder for --at in --help: hours and minutes.
        return _("HH:MM")

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from focuscheck.reminders.schedule import ScheduleError, parse_time

        try:
            hour, minute = parse_time(str(value))
        except ScheduleError as error:
            self.fail(str(error), param, ctx)
        return f"{hour:02d}:{minute:02d}"


class DaysParam(click.ParamType):  # type: ignore[type-arg]  # generic only in newer click
    """``--days``: weekdays as ranges and lists, in English or Swedish."""

    name = "days"

    def get_metavar(self, *_args: Any, **_kwargs: Any) -> str:
        # TRANSLATORS: the placeholder for --days in --help, like mon-fri.
        return _("DAYS")

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> tuple[int, ...]:
        from focuscheck.reminders.schedule import ScheduleError, parse_days

        if isinstance(value, tuple):
            return value
        try:
            return parse_days(str(value))
        except ScheduleError as error:
            self.fail(str(error), param, ctx)


def _remind_group() -> click.Group:
    @click.group(
        "remind",
        invoke_without_command=True,
        help=_(
            "Remind you of today's check-in, only when one is owed: a workday, not away, "
            "not done yet. A desktop notification where there is one, else a line of text. "
            "Exit code 0 whether a reminder was needed or not."
        ),
    )
    @click.pass_context
    def remind(ctx: click.Context) -> None:
        if ctx.invoked_subcommand is None:
            _remind_if_owed(app_context())

    @remind.command(
        "install",
        help=_(
            "Remind you every day at a set time: a systemd user timer that catches up "
            "after the computer slept, or else the crontab line to add yourself."
        ),
    )
    @click.option(
        "--at",
        "at",
        type=TimeParam(),
        default=None,
        help=_("Time of day, 24-hour clock (default: 16:00)."),
    )
    @click.option(
        "--days",
        type=DaysParam(),
        default=None,
        help=_("Days: mon-fri, mån-fre, mon,wed,fri (default: your workdays)."),
    )
    @click.pass_context
    def install(ctx: click.Context, at: str | None, days: tuple[int, ...] | None) -> None:
        from focuscheck.reminders.schedule import DEFAULT_TIME, Schedule

        context = app_context()
        weekdays = days if days is not None else context.settings().workdays
        schedule = Schedule.of(at or DEFAULT_TIME, weekdays)
        _install(schedule, _command(ctx, context))

    @remind.command("uninstall", help=_("Remove the reminder that remind install set up."))
    def uninstall() -> None:
        _uninstall()

    @remind.command(
        "status",
        help=_("Say whether a reminder is installed, when it runs, and whether today needs one."),
    )
    def status() -> None:
        _status(app_context())

    return remind


def _today(context: AppContext) -> tuple[Owed, int]:
    """Whether a check-in is owed today, and the streak: the state file first, else the journal."""
    from focuscheck.storage.quick_status import read_status

    today = context.clock.today()
    quick = read_status(context.data_dir, today)
    if quick is not None:
        return quick.owed, quick.streak
    from focuscheck.domain.summary import day_status

    journal = context.service()
    result = day_status(journal.entries(), journal.settings(), today)
    return result.owed, result.streak


def _remind_if_owed(context: AppContext) -> None:
    from focuscheck.reminders.message import reminder
    from focuscheck.reminders.notify import deliver

    owed, streak = _today(context)
    if owed is not Owed.OWED:
        return
    text = reminder(streak)
    deliver(text.title, text.body, text.line, echo=click.echo)


def _command(ctx: click.Context, context: AppContext) -> list[str]:
    """``focuscheck [--data-dir …] [--lang …] remind`` as the timer must run it."""
    from focuscheck.reminders.units import own_command

    # The timer runs outside this shell, where FOCUSCHECK_DATA_DIR, --data-dir and
    # even XDG_DATA_HOME may differ: it is always told which journal to look at.
    words = [*own_command(), "--data-dir", str(context.data_dir.absolute())]
    lang = ctx.find_root().params.get("lang")
    if lang:
        words += ["--lang", str(lang)]
    return [*words, "remind"]


def _install(schedule: Schedule, command: list[str]) -> None:
    from focuscheck.reminders import user_manager
    from focuscheck.reminders.units import (
        SERVICE,
        TIMER,
        crontab_line,
        service_text,
        timer_text,
        unit_folder,
        write_units,
    )

    if not user_manager.available():
        click.echo(
            _(
                "There is no systemd user session here, so nothing was installed. "
                "To be reminded by cron instead, add this line with crontab -e:"
            )
        )
        click.echo(crontab_line(schedule, command))
        return
    texts = {
        SERVICE: service_text(
            command, _("focuscheck: remind me of today's check-in if it is owed")
        ),
        TIMER: timer_text(schedule, _("focuscheck: daily check-in reminder")),
    }
    for path in write_units(unit_folder(), texts):
        click.echo(_("Wrote {path}").format(path=path))
    user_manager.enable()
    click.echo(
        _("Reminder installed: {schedule}, on days a check-in is owed.").format(
            schedule=schedule.describe()
        )
    )
    _echo_next_run()


def _uninstall() -> None:
    from focuscheck.reminders import user_manager
    from focuscheck.reminders.units import installed, remove_units, unit_folder

    found = installed(unit_folder())
    has_manager = user_manager.available()
    if found is None:
        click.echo(_("No reminder is installed."))
        if not has_manager:
            click.echo(_("If you added the crontab line, remove it with crontab -e."))
        return
    if has_manager:
        user_manager.disable()
    for path in remove_units(found):
        click.echo(_("Removed {path}").format(path=path))
    if has_manager:
        user_manager.reload()
    click.echo(_("Reminder removed."))


def _status(context: AppContext) -> None:
    from focuscheck.reminders import user_manager
    from focuscheck.reminders.units import installed, unit_folder

    found = installed(unit_folder())
    if found is None:
        click.echo(_("Reminder: not installed. Set one up with: focuscheck remind install"))
    else:
        click.echo(
            _("Reminder: installed as a systemd user timer ({path}).").format(path=found.timer)
        )
        if found.schedule is not None:
            click.echo(_("Schedule: {schedule}").format(schedule=found.schedule.describe()))
        else:
            click.echo(_("Schedule: the timer's OnCalendar= line was changed by hand."))
        if user_manager.available():
            _echo_next_run()
        else:
            click.echo(_("The timer is not running: there is no systemd user session here."))
    owed, _streak = _today(context)
    click.echo(_(_TODAY[owed]))


def _echo_next_run() -> None:
    from focuscheck.reminders import user_manager

    state = user_manager.timer_state()
    if state is None:
        return
    if not state.active:
        click.echo(_("The timer is not running; focuscheck remind install starts it again."))
    elif state.next_run:
        click.echo(_("Next reminder: {when}").format(when=state.next_run))
