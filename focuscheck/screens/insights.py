"""Insights: the streak, weekly trends, voices heard, waste by category, a calendar.

The figures come from :mod:`focuscheck.domain.insights` (the same as
``focuscheck stats``), computed in a thread worker; this screen only draws them.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Header, Static

from focuscheck.domain import insights, waste_insights
from focuscheck.domain.backlog import waste_label
from focuscheck.domain.clock import Clock
from focuscheck.domain.customer_term import CustomerTerm, capitalised
from focuscheck.domain.enums import VoiceSource, WasteStatus
from focuscheck.domain.errors import FocuscheckError
from focuscheck.domain.insights import Insights
from focuscheck.domain.settings import customer_term
from focuscheck.domain.waste_insights import WasteFollowUp
from focuscheck.i18n import N_, _, decimal, ngettext
from focuscheck.screens.journal_screen import JournalScreen
from focuscheck.screens.keys import translate_bindings
from focuscheck.service.journal_service import JournalService
from focuscheck.widgets.bar_chart import Bar, BarChart
from focuscheck.widgets.calendar_grid import CalendarGrid
from focuscheck.widgets.week_chart import WeekChart, WeekRow

INSIGHTS_HELP = N_(
    "How your check-ins add up over the last twelve weeks.\n\n"
    "The calendar marks each day with a check-in; a dot is a workday without one, a dash "
    "a workday you were away. "
    "Per week: the average customer focus and mission clarity (a full column is 5), and "
    "whose voice you heard (a full column is the busiest week). A dot means no check-in "
    "that week; the figure at the end is the whole period.\n\n"
    "Waste followed up: how many items are open, raised, resolved or dropped; per week, "
    "how many were still open at the week's end and how many were resolved; and how long "
    "items stay open.\n\n"
    "B opens the improvement backlog (the waste you noted, where you mark it raised or "
    "resolved), V the voice log (what you heard); both can be saved as Markdown for your "
    "team. Esc goes back."
)

VOICE_STYLES: dict[VoiceSource, str] = {
    VoiceSource.CUSTOMER: "$success",
    VoiceSource.COLLEAGUE: "$accent",
    VoiceSource.NONE: "$foreground-muted",
}


def _average(value: float | None) -> str:
    return "–" if value is None else decimal(value)


class InsightsScreen(JournalScreen):
    """Pictures of the person's own check-ins."""

    DEFAULT_CSS = """
    InsightsScreen #insights-summary {
        padding: 0 1;
        height: auto;
    }
    InsightsScreen #insights-body {
        height: 1fr;
    }
    InsightsScreen .panel {
        border: round $primary 50%;
        border-title-color: $text-primary;
        padding: 0 1;
        height: auto;
    }
    InsightsScreen #insights-left {
        width: 44;
        height: auto;
    }
    InsightsScreen #insights-right {
        width: 1fr;
        height: auto;
    }
    InsightsScreen .note {
        color: $text-muted;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", N_("Back")),
        Binding("b", "backlog", N_("Backlog")),
        Binding("v", "voices", N_("Voice log")),
    ]
    HELP_TITLE: ClassVar[str] = N_("Insights")
    """Title of this screen's help (F1, shown by the app)."""
    HELP_TEXT: ClassVar[str] = INSIGHTS_HELP
    STATUS_LINE: ClassVar[str] = "#insights-summary"

    def __init__(self, service: JournalService, clock: Clock) -> None:
        super().__init__()
        translate_bindings(self)
        self.service = service
        """Where the entries are read from."""
        self.clock = clock
        """Gives today, where the period ends."""
        self.figures: Insights | None = None
        """The figures shown, once computed."""
        self.follow_up: WasteFollowUp | None = None
        """How the waste noted is followed up, once computed."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(_("Reading the journal…"), id="insights-summary", markup=False)
        with Horizontal(id="insights-body"):
            with Vertical(id="insights-left"):
                with Vertical(id="calendar-panel", classes="panel"):
                    yield CalendarGrid(id="insights-calendar")
                with Vertical(id="voices-panel", classes="panel"):
                    yield BarChart(id="insights-voices")
            with Vertical(id="insights-right"):
                with Vertical(id="weeks-panel", classes="panel"):
                    yield WeekChart(id="insights-weeks")
                    yield Static("", id="insights-weeks-note", classes="note", markup=False)
                with Vertical(id="waste-panel", classes="panel"):
                    yield BarChart(id="insights-waste")
                with Vertical(id="follow-up-panel", classes="panel"):
                    yield Static("", id="follow-up-counts", markup=False)
                    yield WeekChart(id="follow-up-weeks")
                    yield Static("", id="follow-up-how-long", classes="note", markup=False)
        yield Footer()

    def _prepare(self) -> None:
        self.title = _("Insights")
        self.query_one("#calendar-panel").border_title = _("Check-ins")
        self.query_one("#waste-panel").border_title = _("Waste noted, by category")
        self.query_one("#weeks-panel").border_title = _("Per week")
        self.query_one("#voices-panel").border_title = _("Voices heard")
        self.query_one("#follow-up-panel").border_title = _("Waste followed up")
        self.load()

    @work(thread=True, exclusive=True, group="insights-load")
    def load(self) -> None:
        """Read the journal and compute the figures off the UI thread."""
        try:
            settings = self.service.settings()
            entries = self.service.entries()
            figures = insights.compute(entries, settings, self.clock.today())
        except FocuscheckError as error:
            self.app.call_from_thread(self._show_problem, str(error))
            return
        self.app.call_from_thread(self.show, figures, customer_term(settings))
        weeks = figures.week_count()
        waste = waste_insights.follow_up(entries, figures.first_day, weeks, figures.today)
        self.app.call_from_thread(self.show_follow_up, waste)

    def show(self, figures: Insights, customer: CustomerTerm) -> None:
        """Draw ``figures``; ``customer`` names the customer's voice."""
        self.figures = figures
        self.query_one("#insights-summary", Static).update(self._summary(figures))
        self.query_one(CalendarGrid).show(figures.calendar, figures.today)
        self.query_one("#insights-waste", BarChart).show(
            [Bar(waste_label(category), count, "$warning") for category, count in figures.waste]
        )
        self._show_weeks(figures, customer)
        totals = {
            source: sum(week.voice(source) for week in figures.weeks) for source in VoiceSource
        }
        self.query_one("#insights-voices", BarChart).show(
            [
                Bar(_voice_row_label(source, customer), totals[source], VOICE_STYLES[source])
                for source in VoiceSource
            ]
        )

    def show_follow_up(self, waste: WasteFollowUp) -> None:
        """Draw where the waste noted stands, week by week, and how long it stays open."""
        self.follow_up = waste
        self.query_one("#follow-up-counts", Static).update(waste_insights.counts_line(waste))
        weeks = waste.weeks
        most = max((week.still_open for week in weeks), default=0)
        rows = [
            WeekRow(
                _("Still open"),
                tuple(float(week.still_open) for week in weeks),
                max(most, 1),
                str(waste.count(WasteStatus.OPEN) + waste.count(WasteStatus.RAISED)),
                "$warning",
            ),
            WeekRow(
                _("Resolved"),
                tuple(float(week.resolved) for week in weeks),
                max(most, 1),
                str(sum(week.resolved for week in weeks)),
                "$success",
            ),
        ]
        self.query_one("#follow-up-weeks", WeekChart).show([week.start for week in weeks], rows)
        self.query_one("#follow-up-how-long", Static).update(
            "\n".join(waste_insights.how_long(waste))
        )

    def _summary(self, figures: Insights) -> Text:
        streak = ngettext("{count} workday", "{count} workdays", figures.streak)
        weeks = figures.week_count()
        period = ngettext(
            "{count} check-in in the last {weeks} weeks",
            "{count} check-ins in the last {weeks} weeks",
            figures.in_period,
        )
        return Text.assemble(
            (_("Streak: "), "bold"),
            streak.format(count=figures.streak),
            "   ",
            (_("Longest: "), "bold"),
            str(figures.longest_streak),
            "   ",
            period.format(count=figures.in_period, weeks=weeks),
            " ",
            _("({total} in all)").format(total=figures.total),
        )

    def _show_weeks(self, figures: Insights, customer: CustomerTerm) -> None:
        weeks = figures.weeks
        busiest = max((week.voice(source) for week in weeks for source in VoiceSource), default=0)
        rows = [
            WeekRow(
                _("Focus"),
                tuple(week.focus for week in weeks),
                5,
                _average(figures.focus),
            ),
            WeekRow(
                _("Clarity"),
                tuple(week.clarity for week in weeks),
                5,
                _average(figures.clarity),
                "$accent",
            ),
        ]
        for source in VoiceSource:
            values = tuple(float(week.voice(source)) if week.entries else None for week in weeks)
            total = sum(week.voice(source) for week in weeks)
            rows.append(
                WeekRow(
                    _voice_row_label(source, customer),
                    values,
                    max(busiest, 1),
                    str(total),
                    VOICE_STYLES[source],
                )
            )
        self.query_one(WeekChart).show([week.start for week in weeks], rows)
        self.query_one("#insights-weeks-note", Static).update(
            _("Columns: weekly average (1–5) or count. Figures: the whole period.")
        )

    def action_back(self) -> None:
        self.dismiss()

    def action_backlog(self) -> None:
        from focuscheck.screens.backlog import BacklogScreen

        self.app.push_screen(BacklogScreen(self.service, self.clock))

    def action_voices(self) -> None:
        from focuscheck.screens.backlog import VoiceLogScreen

        self.app.push_screen(VoiceLogScreen(self.service, self.clock))


def _voice_row_label(source: VoiceSource, customer: CustomerTerm) -> str:
    if source is VoiceSource.CUSTOMER:
        return capitalised(customer.word)
    if source is VoiceSource.COLLEAGUE:
        return _("Colleague")
    return _("No one")
