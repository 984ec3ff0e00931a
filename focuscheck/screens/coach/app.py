"""``CoachApp``: the coach's review in the terminal, over exports already loaded and checked."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, Header, TabbedContent, TabPane

from focuscheck.coach import wording
from focuscheck.coach.aggregate import Review
from focuscheck.coach.loader import LoadResult
from focuscheck.coach.selection_file import SelectionStore
from focuscheck.i18n import N_, _
from focuscheck.screens.coach.compare import ComparePane
from focuscheck.screens.coach.distributions import DistributionsPane
from focuscheck.screens.coach.overview import OverviewPane
from focuscheck.screens.coach.teams import TeamsPane
from focuscheck.screens.coach.themes import ThemesPane
from focuscheck.screens.coach.trend import TrendPane
from focuscheck.screens.keys import translate_bindings
from focuscheck.screens.palette import PaletteApp

COACH_HELP = N_(
    "A review of your team's anonymized exports. Overview: a few plain sentences on what "
    "changed, who and what was loaded, and how often the answers name the customer. "
    "Distributions: check-ins per participant, mission clarity, whose voice was heard and "
    "the waste noticed. Trend: one row per week; v switches between the rates, voice and "
    "mission clarity, and waste by category. Themes: the free text by kind, texts written "
    "nearly the same shown once with how often (×12), and a search field; the mission as "
    "understood has its own entry. S stars the highlighted group: a report then shows the "
    "starred groups instead of the most frequent of each kind. Stars are kept in "
    "coach-selection.json beside the exports. Compare: the latest weeks against as many "
    "before (- and + change how many), with ↑ ↓ =. Teams: the teams side by side, when "
    "every team shown and everyone else each have enough participants.\n\n"
    "No figure drawn from fewer participants than the minimum group size is shown; "
    "it says why instead. A week with fewer participants counts in no figure, totals "
    "included, and a participant's overlapping exports count once; the overview names "
    "the files set aside. Write a report to share with: "
    "focuscheck coach FILES --report review.html"
)


class CoachApp(PaletteApp):
    """Overview, distributions, trend and themes, one tab each."""

    TITLE = "focuscheck coach"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", N_("Help")),
        Binding("question_mark", "help", N_("Help"), show=False),
        Binding("1", "tab('overview')", N_("Overview"), show=False),
        Binding("2", "tab('distributions')", N_("Distributions"), show=False),
        Binding("3", "tab('trend')", N_("Trend"), show=False),
        Binding("4", "tab('themes')", N_("Themes"), show=False),
        Binding("5", "tab('compare')", N_("Compare"), show=False),
        Binding("6", "tab('teams')", N_("Teams"), show=False),
        Binding("slash", "search", N_("Search")),
        Binding("q", "quit", N_("Quit")),
    ]

    def __init__(
        self, review: Review, loaded: LoadResult, selection: SelectionStore | None = None
    ) -> None:
        super().__init__()
        translate_bindings(self)
        self.review = review
        """The figures shown, already k-suppressed."""
        self.loaded = loaded
        """What was loaded, refused and skipped."""
        self.selection = selection or SelectionStore(None)
        """The coach's stars (kept for the session only when no folder is given)."""

    def compose(self) -> ComposeResult:
        yield Header()
        with TabbedContent(id="coach-tabs"):
            with TabPane(_("Overview"), id="overview"):
                yield OverviewPane(self.review, self.loaded)
            with TabPane(_("Distributions"), id="distributions"):
                yield DistributionsPane(self.review)
            with TabPane(_("Trend"), id="trend"):
                yield TrendPane(self.review)
            with TabPane(_("Themes"), id="themes"):
                yield ThemesPane(self.review, self.selection)
            with TabPane(_("Compare"), id="compare"):
                yield ComparePane(self.review)
            with TabPane(_("Teams"), id="teams"):
                yield TeamsPane(self.review)
        yield Footer()

    def on_mount(self) -> None:
        self.title = wording.title(self.review)

    def action_tab(self, name: str) -> None:
        self.query_one(TabbedContent).active = name

    def action_search(self) -> None:
        """Go to the themes and put the cursor in the search field."""
        self.action_tab("themes")
        found = self.query("#theme-search")
        if found:
            self.call_after_refresh(found.first().focus)

    def action_help(self) -> None:
        from focuscheck.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(wording.title(self.review), _(COACH_HELP)))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield SystemCommand(_("Help"), _("What this screen is for, and its keys"), self.action_help)
        yield from super().get_system_commands(screen)
