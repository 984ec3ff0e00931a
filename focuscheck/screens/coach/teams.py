"""The teams side by side in the terminal, or why they are not compared."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from focuscheck.coach import trend_tables, wording
from focuscheck.coach.aggregate import Review
from focuscheck.coach.trend_wording import merged_note, teams_withheld


class TeamsPane(Vertical):
    """One column per team (and everyone else), one row per figure."""

    DEFAULT_CSS = """
    TeamsPane { padding: 0 1; }
    TeamsPane DataTable { height: auto; max-height: 1fr; }
    TeamsPane .withheld { color: $warning; height: auto; }
    TeamsPane .note { color: $text-muted; height: auto; }
    """

    def __init__(self, review: Review, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.review = review
        """The figures shown."""

    def compose(self) -> ComposeResult:
        review = self.review
        if not review.enough:
            yield Static(Text(wording.too_few(review)), classes="withheld")
            return
        found = review.team_comparison
        if found.withheld is not None:
            yield Static(Text(teams_withheld(found, review.min_group)), classes="withheld")
            return
        yield DataTable(id="teams-table", cursor_type="row", zebra_stripes=True)
        note = merged_note(found, review.min_group)
        if note:
            yield Static(Text(note), classes="note")

    def on_mount(self) -> None:
        if not self.review.enough or self.review.team_comparison.withheld is not None:
            return
        table = self.query_one(DataTable)
        head, rows = trend_tables.team_table(self.review)
        # Team labels are the exports' words: shown as text, never as markup.
        table.add_columns(*map(Text, head))
        for row in rows:
            table.add_row(*map(Text, row))
