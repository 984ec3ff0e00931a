"""This period against the one before, in the terminal: ``-`` and ``+`` change the length."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from focuscheck.coach import trend_tables, wording
from focuscheck.coach.aggregate import Review
from focuscheck.coach.trend_wording import (
    no_comparison,
    not_enough,
    same_note,
    sentence_start,
    side_note,
    side_text,
    span_text,
)
from focuscheck.i18n import N_, _
from focuscheck.screens.keys import translate_bindings


class ComparePane(Vertical):
    """The latest periods against as many before, figure by figure, with ↑ ↓ =."""

    DEFAULT_CSS = """
    ComparePane { padding: 0 1; }
    ComparePane DataTable { height: auto; max-height: 1fr; }
    ComparePane .withheld { color: $warning; height: auto; }
    ComparePane .note { color: $text-muted; height: auto; }
    ComparePane #compare-span { text-style: bold; height: auto; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("minus", "length(-1)", N_("Shorter")),
        Binding("plus,equals_sign", "length(1)", N_("Longer")),
    ]

    def __init__(self, review: Review, *, id: str | None = None) -> None:
        super().__init__(id=id)
        translate_bindings(self)
        self.review = review
        """The figures shown."""
        self.length = review.compare_length
        """How many periods each side holds."""

    def compose(self) -> ComposeResult:
        if not self.review.enough:
            yield Static(Text(wording.too_few(self.review)), classes="withheld")
            return
        yield Static("", id="compare-span", markup=False)
        yield Static("", id="compare-sides", classes="note", markup=False)
        yield Static("", id="compare-missing", classes="withheld", markup=False)
        yield DataTable(id="compare-table", cursor_type="row", zebra_stripes=True)
        yield Static(Text(same_note() + " " + _("-/+: fewer or more periods")), classes="note")

    def on_mount(self) -> None:
        if self.review.enough:
            self.show()

    def action_length(self, step: int) -> None:
        if not self.review.enough or not self.review.comparisons:
            return
        self.length = min(max(self.length + step, 1), len(self.review.comparisons))
        self.show()

    def show(self) -> None:
        """Fill the view for the current length."""
        found = self.review.comparison(self.length)
        table = self.query_one(DataTable)
        table.clear(columns=True)
        span = self.query_one("#compare-span", Static)
        sides = self.query_one("#compare-sides", Static)
        missing = self.query_one("#compare-missing", Static)
        if found is None:
            span.update(Text(no_comparison(len(self.review.periods))))
            sides.update("")
            missing.update("")
            return
        span.update(Text(sentence_start(span_text(found))))
        sides.update(
            Text(
                " · ".join(
                    f"{side_text(side)}: {side_note(side)}"
                    for side in (found.previous, found.recent)
                )
            )
        )
        missing.update("" if found.available else Text(sentence_start(not_enough())))
        table.add_columns(*trend_tables.comparison_head(found))
        for row in trend_tables.comparison_rows(found, self.review, missing="–"):
            table.add_row(*row)
