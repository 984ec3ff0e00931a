"""The coach's trend: one row per week (or month), blank where the group was too small."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from focuscheck.coach import wording
from focuscheck.coach.aggregate import Review
from focuscheck.i18n import _


class TrendPane(Vertical):
    """A table of the periods, newest last; withheld periods say so in the row."""

    DEFAULT_CSS = """
    TrendPane { padding: 0 1; }
    TrendPane DataTable { height: 1fr; }
    TrendPane .withheld { color: $warning; height: auto; }
    TrendPane .note { color: $text-muted; height: auto; }
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
        yield Static(
            Text(
                _("Rows with fewer than {k} participants are withheld.").format(k=review.min_group)
            ),
            classes="note",
        )
        yield DataTable(id="trend-table", cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        if not self.review.enough:
            return
        table = self.query_one(DataTable)
        table.add_columns(*wording.trend_head(self.review, _("Focus")))
        withheld = Text(_("withheld"), style="italic")
        for row in self.review.periods:
            values = row.figures
            if values is None:
                table.add_row(row.period, withheld, "", "", "", "", "")
                continue
            table.add_row(*wording.trend_cells(row.period, values))
        table.move_cursor(row=max(table.row_count - 1, 0))
