"""After the save: saved, the streak, the last seven days, and "Whom do you serve?"."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from focuscheck.domain.checkin_summary import CLOSING_QUESTION, SAVED, saved_detail, streak_line
from focuscheck.domain.entry import Entry
from focuscheck.domain.errors import FocuscheckError
from focuscheck.i18n import N_, _
from focuscheck.screens.host import host
from focuscheck.screens.keys import translate_bindings
from focuscheck.screens.messages import JournalChanged
from focuscheck.widgets.week_strip import WeekStrip


class SummaryScreen(Screen[None]):
    """The end of a check-in."""

    DEFAULT_CSS = """
    SummaryScreen #summary {
        padding: 1 2;
        height: 1fr;
    }
    SummaryScreen #saved {
        margin-bottom: 1;
    }
    SummaryScreen #streak {
        text-style: bold;
    }
    SummaryScreen #closing {
        margin-top: 2;
        text-style: bold italic;
        color: $accent;
    }
    """
    HELP_TITLE: ClassVar[str] = N_("Check-in saved")
    HELP_TEXT: ClassVar[str] = N_(
        "Your check-in is saved. The streak counts workdays in a row with a check-in; "
        "days off do not break it. Enter goes home, E changes the check-in again, Q quits."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,h", "home", N_("Home")),
        Binding("e", "edit", N_("Change it")),
        Binding("q", "app.quit", N_("Quit")),
    ]

    class StatusLoaded(Message):
        """The streak and last week were read from the journal."""

        def __init__(
            self,
            streak: int,
            last_week: tuple[tuple[date, bool], ...],
            week_away: frozenset[date] = frozenset(),
        ) -> None:
            super().__init__()
            self.streak = streak
            """Workdays in a row with a check-in."""
            self.last_week = last_week
            """The last seven days, oldest first, with whether each has a check-in."""
            self.week_away = week_away
            """The days of ``last_week`` inside an away period."""

    def __init__(self, entry: Entry) -> None:
        super().__init__()
        translate_bindings(self)
        self.entry = entry
        """The entry just saved."""

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="summary"):
            yield Static(Text(_(SAVED), style="bold"), id="saved")
            yield Static(Text(saved_detail(self.entry)), id="saved-detail")
            yield Static(Text(_("Counting your streak…")), id="streak")
            yield Static(Text(_("The last 7 days")), classes="label")
            yield WeekStrip(today=host(self).clock.today(), id="week")
            yield Static(Text(_(CLOSING_QUESTION)), id="closing")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = _("Check-in saved")
        self._load()

    def on_journal_changed(self, event: JournalChanged) -> None:
        self._load()

    @work(exclusive=True, group="summary-status")
    async def _load(self) -> None:
        from focuscheck.domain.summary import day_status

        app = host(self)
        today = app.clock.today()
        service = app.service
        try:
            status = await service.run(
                lambda: day_status(service.entries(), service.settings(), today)
            )
        except FocuscheckError:
            return  # the entry is saved; only the streak cannot be shown
        self.post_message(self.StatusLoaded(status.streak, status.last_week, status.week_away))

    def on_summary_screen_status_loaded(self, event: StatusLoaded) -> None:
        self.query_one("#streak", Static).update(Text(streak_line(event.streak)))
        self.query_one("#week", WeekStrip).show_days(event.last_week, event.week_away)

    def action_home(self) -> None:
        host(self).action_home()

    def action_edit(self) -> None:
        app = host(self)
        app.action_home()
        app.start_checkin(self.entry)
