"""The reveal board: one column per question, side by side, with its figures.

Each column lists the answers in a selection list, so the facilitator marks
an item "take into the retro" with Space or Enter.  A read-only board (what a
remote participant sees) shows the same columns without the check boxes.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.containers import HorizontalScroll, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import SelectionList, Static
from textual.widgets.selection_list import Selection

from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.parentheses import in_parentheses
from focuscheck.i18n import _
from focuscheck.retro.board import Board, BoardItem, Column
from focuscheck.retro.summary import clarity_lines, figure_line, silent_line
from focuscheck.widgets.marked_toggles import MarkedSelectionList

ITEM_LIMIT = 300
"""Characters of an answer shown on the board; the summary keeps it whole."""


def item_text(item: BoardItem) -> Text:
    """One answer as a line of the board, taken literally."""
    line = Text()
    if item.waste_category is not None and item.detail:
        line.append(f"{item.detail}: ", style="bold")
    line.append(item.text[:ITEM_LIMIT] if item.text else "—")
    if item.detail and item.waste_category is None:
        line.append(f" {in_parentheses(item.detail)}", style="italic")
    if item.author:
        line.append(f" — {item.author}", style="dim")
    return line


def figure_text(column: Column, customer: CustomerTerm) -> Text:
    """What a column's figure area says: counts, the dot plot, who passed."""
    lines: list[str] = []
    figure = figure_line(column, customer)
    if figure:
        lines.append(figure)
    if column.clarity is not None:
        lines.extend(clarity_lines(column.clarity))
    lines.append(silent_line(column))
    return Text("\n".join(lines))


class BoardView(HorizontalScroll):
    """All columns of the board."""

    DEFAULT_CSS = """
    BoardView { height: 1fr; }
    BoardView .board-column {
        width: 34; min-width: 28; height: 1fr; margin-right: 1;
        border: round $primary-background-lighten-2; padding: 0 1;
    }
    BoardView .board-question { text-style: bold; height: auto; }
    BoardView .board-figure { color: $text-muted; height: auto; margin-bottom: 1; }
    BoardView SelectionList { height: 1fr; border: none; padding: 0; }
    BoardView .board-items { height: 1fr; }
    """

    @dataclass
    class MarksChanged(Message):
        """The facilitator marked or unmarked an item."""

        board: BoardView
        marked: frozenset[str]

    @dataclass
    class ItemHighlighted(Message):
        """The cursor moved onto an item (long answers are cut in the columns)."""

        board: BoardView
        item: BoardItem

    def __init__(
        self, board: Board, customer: CustomerTerm, *, editable: bool = True, id: str | None = None
    ):
        super().__init__(id=id)
        self.board = board
        """What is shown."""
        self.customer = customer
        self.editable = editable
        """Whether items can be marked."""

    def compose(self) -> ComposeResult:
        for index, column in enumerate(self.board.columns):
            with Vertical(classes="board-column", id=f"board-column-{index}"):
                yield Static(Text(column.question), classes="board-question")
                yield Static(figure_text(column, self.customer), classes="board-figure")
                if self.editable:
                    yield MarkedSelectionList[str](
                        *(
                            Selection(
                                Content.from_rich_text(item_text(item)), item.item_id, item.marked
                            )
                            for item in column.items
                        ),
                        id=f"board-items-{index}",
                    )
                else:
                    with VerticalScroll(classes="board-items"):
                        for item in column.items:
                            yield Static(item_text(item))
                        if not column.items:
                            yield Static(Text(_("No answers."), style="italic"))

    def marked(self) -> frozenset[str]:
        """Every item now marked, across all columns."""
        found: set[str] = set()
        for selection in self.query(SelectionList):
            found.update(str(value) for value in selection.selected)
        return frozenset(found)

    def item(self, item_id: str) -> BoardItem | None:
        """The item with ``item_id``, if it is on the board."""
        for column in self.board.columns:
            for item in column.items:
                if item.item_id == item_id:
                    return item
        return None

    @on(SelectionList.SelectedChanged)
    def _marks_changed(self, event: SelectionList.SelectedChanged[str]) -> None:
        event.stop()
        self.post_message(self.MarksChanged(self, self.marked()))

    def _announce(self, selection: SelectionList[str]) -> None:
        index = selection.highlighted
        if index is None or not selection.has_focus:
            return
        item = self.item(str(selection.get_option_at_index(index).value))
        if item is not None:
            self.post_message(self.ItemHighlighted(self, item))

    @on(SelectionList.SelectionHighlighted)
    def _highlighted(self, event: SelectionList.SelectionHighlighted[str]) -> None:
        event.stop()
        self._announce(event.selection_list)

    @on(events.DescendantFocus)
    def _column_entered(self, event: events.DescendantFocus) -> None:
        if isinstance(event.widget, SelectionList):
            self._announce(event.widget)
