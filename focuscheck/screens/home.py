"""The home screen: today's status, the streak, and the way to everything else.

The screen is on show at once with a placeholder for the status; the journal
is read once it has been painted, and the status, streak, week and draft line
fill in when the read returns.
"""

from __future__ import annotations

import asyncio
from collections.abc import Collection
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar, Final

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from focuscheck.domain.checkin_summary import streak_line
from focuscheck.domain.day_text import today_line
from focuscheck.domain.days import Owed
from focuscheck.domain.errors import FocuscheckError
from focuscheck.i18n import N_, _
from focuscheck.screens.host import host
from focuscheck.screens.keys import translate_bindings
from focuscheck.screens.messages import JournalChanged
from focuscheck.service.journal_service import FIRST_RUN_DONE
from focuscheck.widgets.week_strip import WeekStrip

if TYPE_CHECKING:
    from focuscheck.domain.settings import Settings
    from focuscheck.domain.summary import DayStatus
    from focuscheck.service.journal_service import JournalService

WEEKDAYS: Final = (
    N_("Monday"),
    N_("Tuesday"),
    N_("Wednesday"),
    N_("Thursday"),
    N_("Friday"),
    N_("Saturday"),
    N_("Sunday"),
)


class HomeScreen(Screen[None]):
    """Where bare ``focuscheck`` opens."""

    DEFAULT_CSS = """
    HomeScreen #home {
        padding: 1 2;
        height: 1fr;
    }
    HomeScreen #greeting {
        margin-bottom: 1;
    }
    HomeScreen #status {
        text-style: bold;
    }
    HomeScreen #prompt {
        margin-top: 1;
        color: $accent;
    }
    HomeScreen #draft {
        margin-top: 1;
        color: $warning;
    }
    HomeScreen #missed {
        margin-top: 1;
    }
    HomeScreen #draft.-empty, HomeScreen #missed.-empty {
        display: none;
    }
    """
    HELP_TITLE: ClassVar[str] = N_("Home")
    HELP_TEXT: ClassVar[str] = N_(
        "Today's status and your streak of workdays with a check-in. C starts today's "
        "check-in (or reopens it when it is done), Y makes up yesterday when it was a "
        "workday without one, H shows your history, I insights, S settings, E the "
        "anonymized export. Q quits."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("c,enter", "app.checkin", N_("Check in")),
        # TRANSLATORS: a footer key label: check in for yesterday, a missed workday.
        Binding("y", "checkin_missed", N_("Yesterday")),
        Binding("h", "app.open('history')", N_("History")),
        Binding("i", "app.open('insights')", N_("Insights")),
        Binding("s", "app.open('settings')", N_("Settings")),
        Binding("e", "app.open('export')", N_("Export")),
        Binding("q", "app.quit", N_("Quit")),
    ]

    class StatusLoaded(Message):
        """Today's status was read from the journal."""

        def __init__(
            self,
            done: bool,
            streak: int,
            last_week: tuple[tuple[date, bool], ...],
            name: str,
            first_run: bool,
            draft_day: date | None,
            today: DayStatus | None = None,
            missed: date | None = None,
        ) -> None:
            super().__init__()
            self.today = today
            """Today's state in full (whether a check-in is owed, the away period)."""
            self.done = done
            """Whether today has a check-in."""
            self.streak = streak
            """Workdays in a row with a check-in."""
            self.last_week = last_week
            """The last seven days, oldest first, with whether each has a check-in."""
            self.name = name
            """The person's display name ("" when not set)."""
            self.first_run = first_run
            """Whether the first-run setup should be offered."""
            self.draft_day = draft_day
            """The day of the unfinished check-in kept as a draft (None: no draft)."""
            self.missed = missed
            """Yesterday, when it was owed and has no check-in (None: nothing to make up)."""

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self)
        self.offered_setup = False
        """Whether the first-run setup was already shown from here."""
        self.missed: date | None = None
        """Yesterday, when it can be made up (then Y checks in for it)."""

    def compose(self) -> ComposeResult:
        today = host(self).clock.today()
        yield Header()
        with Vertical(id="home"):
            yield Static(Text(_("Hello!"), style="bold"), id="greeting")
            yield Static(
                Text(
                    _("Today is {weekday} {date}.").format(
                        weekday=_(WEEKDAYS[today.weekday()]), date=today.isoformat()
                    )
                ),
                id="today",
            )
            yield Static(Text(_("Reading your journal…")), id="status")
            yield Static(Text(""), id="streak")
            yield Static(Text(""), id="draft", classes="-empty")
            yield Static(Text(""), id="missed", classes="-empty")
            yield Static(Text(_("The last 7 days")), classes="label")
            yield WeekStrip(today=today, id="week")
            yield Static(Text(""), id="prompt")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = _("Home")
        # After the first paint: the status read must not delay the layout.  Asked of the
        # app, whose queue is busy until the start-up has been mounted and painted.
        self.app.call_after_refresh(self.load)

    def on_journal_changed(self, event: JournalChanged) -> None:
        self.load()

    def relanguage(self) -> None:
        """The language changed: build the screen again in the new one."""
        translate_bindings(self)
        self.refresh(recompose=True)
        self.call_after_refresh(self.load)

    @work(exclusive=True, group="home-status")
    async def load(self) -> None:
        """Read today's status; a StatusLoaded message follows.

        The small state file answers first, beside the journal thread (it opens
        nothing); only when it cannot say does the journal thread read the journal.
        """
        app = host(self)
        today = app.clock.today()
        service = app.service
        try:
            loaded = await asyncio.to_thread(self._glanced, service, today)
            if loaded is None:
                loaded = await service.run(self._read, service, today)
        except FocuscheckError as error:
            app.report_error(error)
            return
        self.post_message(loaded)

    def _glanced(self, service: JournalService, today: date) -> HomeScreen.StatusLoaded | None:
        glance = service.glance()
        if glance is None:
            return None
        return self._loaded(
            glance.days, glance.settings, today, glance.first_run_done, glance.draft
        )

    def _read(self, service: JournalService, today: date) -> HomeScreen.StatusLoaded:
        entries = service.entries()
        return self._loaded(
            {entry.date for entry in entries},
            service.settings(),
            today,
            bool(service.state(FIRST_RUN_DONE)),
            service.draft(),
        )

    def _loaded(
        self,
        days: Collection[date],
        settings: Settings,
        today: date,
        first_run_done: bool,
        draft: dict[str, Any] | None,
    ) -> HomeScreen.StatusLoaded:
        from focuscheck.domain.checkin_form import form_from_draft
        from focuscheck.domain.days import missed_yesterday
        from focuscheck.domain.settings import work_calendar
        from focuscheck.domain.summary import days_status

        status = days_status(days, settings, today)
        form = form_from_draft(draft)
        return self.StatusLoaded(
            status.done,
            status.streak,
            status.last_week,
            settings.display_name,
            not days and not first_run_done,
            form.day if form is not None and not form.is_blank() else None,
            status,
            missed_yesterday(days, today, work_calendar(settings)),
        )

    def on_home_screen_status_loaded(self, event: StatusLoaded) -> None:
        if event.name:
            greeting = Text(_("Hello, {name}!").format(name=event.name), style="bold")
            self.query_one("#greeting", Static).update(greeting)
        if event.done:
            status = _("Today's check-in is done. ✓")
            prompt = _("Press C to look at it again or change it.")
        elif event.today is not None and event.today.owed is not Owed.OWED:
            status = today_line(event.today)  # a day off or away: nothing is owed
            prompt = _("Press C if you want to check in all the same.")
        else:
            status = _("No check-in yet today.")
            prompt = _("Press C to check in: two or three minutes.")
        self.query_one("#status", Static).update(Text(status))
        self.query_one("#streak", Static).update(Text(streak_line(event.streak)))
        self.query_one("#prompt", Static).update(Text(prompt))
        self._show_draft(event.draft_day)
        self._show_missed(event.missed)
        week_away = event.today.week_away if event.today is not None else frozenset()
        self.query_one("#week", WeekStrip).show_days(event.last_week, week_away)
        if not event.first_run:
            # A journal seen with check-ins (or set up) is not a new one, even once
            # its last check-in has been deleted: the setup is never offered later.
            self.offered_setup = True
        elif self.is_current and not self.offered_setup:
            self.offered_setup = True
            from focuscheck.screens.first_run import FirstRunScreen

            self.app.push_screen(FirstRunScreen())

    def _show_missed(self, day: date | None) -> None:
        """Offer to make up yesterday when it was a workday without a check-in."""
        self.missed = day
        line = self.query_one("#missed", Static)
        line.set_class(day is None, "-empty")
        if day is not None:
            line.update(
                Text(
                    _("Yesterday ({date}) has no check-in: press Y to make it up.").format(
                        date=day.isoformat()
                    )
                )
            )
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "checkin_missed":
            return self.missed is not None
        return True

    def action_checkin_missed(self) -> None:
        """Check in for yesterday, the missed workday (it counts in the streak)."""
        if self.missed is not None:
            host(self).start_checkin(day=self.missed)

    def _show_draft(self, day: date | None) -> None:
        """Say that an unfinished check-in waits, so no one forgets what they typed."""
        line = self.query_one("#draft", Static)
        line.set_class(day is None, "-empty")
        if day is not None:
            line.update(
                Text(
                    _(
                        "An unfinished check-in for {date} is waiting: press C to continue it."
                    ).format(date=day.isoformat())
                )
            )
