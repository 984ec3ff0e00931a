"""The coach's trend: one row per week (or month), blank where the group was too small.

Three views of the same periods, switched with ``v``: the rates (focus and
naming the customer), whose voice was heard with the mission clarity, and the
waste by category; each fits a 100-column terminal.
"""

from __future__ import annotations

from typing import ClassVar, Final

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from focuscheck.coach import trend_tables, wording
from focuscheck.coach.aggregate import Review
from focuscheck.coach.trends import PeriodFigures
from focuscheck.i18n import N_, _
from focuscheck.screens.keys import translate_bindings

VIEWS: Final = ("rates", "voice", "waste")


class TrendPane(Vertical):
    """A table of the periods, newest last; withheld periods say so in the row."""

    DEFAULT_CSS = """
    TrendPane { padding: 0 1; }
    TrendPane DataTable { height: 1fr; }
    TrendPane .withheld { color: $warning; height: auto; }
    TrendPane .note { color: $text-muted; height: auto; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("v", "next_view", N_("Next view")),
    ]

    def __init__(self, review: Review, *, id: str | None = None) -> None:
        super().__init__(id=id)
        translate_bindings(self)
        self.review = review
        """The figures shown."""
        self.view = VIEWS[0]
        """Which columns the table shows: one of :data:`VIEWS`."""

    def compose(self) -> ComposeResult:
        review = self.review
        if not review.enough:
            yield Static(Text(wording.too_few(review)), classes="withheld")
            return
        yield Static("", id="trend-note", classes="note", markup=False)
        yield DataTable(id="trend-table", cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        if self.review.enough:
            self.show(self.view)

    def action_next_view(self) -> None:
        if self.review.enough:
            self.show(VIEWS[(VIEWS.index(self.view) + 1) % len(VIEWS)])

    def show(self, view: str) -> None:
        """Fill the table with the columns of ``view``."""
        self.view = view
        review = self.review
        titles = {
            "rates": _("Focus and naming the {customer}"),
            "voice": _("Whose voice was heard and mission clarity (shares of check-ins)"),
            "waste": _("Waste by category (check-ins)"),
        }
        note = _("Rows with fewer than {k} participants are withheld.").format(k=review.min_group)
        hint = _("v: next view")
        self.query_one("#trend-note", Static).update(
            Text(f"{review.customer_term.fill(titles[view])} · {note} · {hint}")
        )
        table = self.query_one(DataTable)
        table.clear(columns=True)
        head = self._head()
        table.add_columns(*head)
        withheld = Text(_("withheld"), style="italic")
        for row in review.periods:
            values = row.figures
            cells = self._cells(values) if values is not None else None
            if cells is None:
                table.add_row(row.period, withheld, *[""] * (len(head) - 2))
            else:
                table.add_row(row.period, *cells)
        table.move_cursor(row=max(table.row_count - 1, 0))

    def _head(self) -> list[str]:
        review = self.review
        if self.view == "voice":
            return trend_tables.detail_head(review)
        if self.view == "waste":
            return trend_tables.waste_head(review, short=True)
        return wording.trend_head(review, _("Focus"), short=True)

    def _cells(self, values: PeriodFigures) -> list[str | Text] | None:
        if self.view == "voice":
            return [*trend_tables.detail_cells(values)]
        if self.view == "waste":
            waste = trend_tables.waste_cells(values)
            if waste is None:
                return [Text(_("too few noted any waste"), style="italic"), "", "", "", ""]
            return [*waste]
        return [*wording.trend_cells("", values)[1:]]
