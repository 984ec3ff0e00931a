"""The reveal board: one column per question, with its figures and every answer in full.

The columns stand three to a row and every answer wraps, so nothing is cut and a
team reads the board without moving a cursor.  Large mode, for a projector,
shows one column at a time across the whole width with room between answers;
Left and Right go to the next column in either layout.

What a column holds depends on who looks at it: the facilitator marks items
"take into the retro" in a list drawn with ``[x]`` boxes (``MARK``), a member votes (and
the facilitator hides answers before the reveal) in a plain list (``PICK``), and
a read-only board (a member outside voting) shows plain text (``READ``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import Enum
from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.parentheses import in_parentheses
from focuscheck.i18n import N_, _, ngettext
from focuscheck.retro.board import Board, BoardItem, Column
from focuscheck.retro.summary import clarity_lines, figure_line, silent_line
from focuscheck.screens.keys import translate_bindings

DOT = "●"


class BoardMode(Enum):
    """What the person at this board can do with its items."""

    READ = "read"
    MARK = "mark"
    PICK = "pick"
    """A cursor on the items without check boxes: for voting, and for hiding before the reveal."""


def item_text(item: BoardItem, own_votes: int = 0) -> Text:
    """One answer as the board shows it, taken literally, with its votes when counted."""
    line = Text()
    if item.hidden:
        line.append(_("[hidden]") + " ", style="bold")
    if own_votes:
        line.append(DOT * own_votes + " ", style="bold")
    if item.votes is not None:
        votes = ngettext("{count} vote", "{count} votes", item.votes).format(count=item.votes)
        line.append(f"{votes} · ", style="bold")
    if item.waste_category is not None and item.detail:
        line.append(f"{item.detail}: ", style="bold")
    line.append(item.text if item.text else "—")
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


class BoardView(VerticalScroll):
    """All columns of the board; the current one is framed (and alone in large mode)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "step(-1)", N_("Previous question"), show=False),
        Binding("right", "step(1)", N_("Next question"), show=False),
        Binding("space", "mark", N_("Mark"), show=False),
        Binding("l", "large", N_("Large text")),
    ]

    DEFAULT_CSS = """
    BoardView {
        height: 1fr; layout: grid; grid-size: 3; grid-rows: auto; grid-gutter: 0 1;
    }
    BoardView .board-column {
        height: auto; border: round $primary-background-lighten-2; padding: 0 1;
    }
    BoardView .board-column.-current { border: round $accent; }
    BoardView .board-question { text-style: bold; height: auto; }
    BoardView .board-figure { color: $text-muted; height: auto; margin-bottom: 1; }
    BoardView OptionList, BoardView OptionList:focus { height: auto; border: none; padding: 0; }
    BoardView .board-item { height: auto; }
    BoardView.-large { grid-size: 1; }
    BoardView.-large .board-column { display: none; padding: 1 2; }
    BoardView.-large .board-column.-current { display: block; }
    BoardView .board-position { display: none; color: $text-muted; }
    BoardView.-large .board-position { display: block; text-align: center; }
    BoardView.-large .board-question {
        border: tall $accent; padding: 1 2; text-align: center; margin-bottom: 1;
    }
    BoardView.-large .board-item { padding: 0 1 1 1; }
    """

    def __init__(
        self,
        board: Board,
        customer: CustomerTerm,
        *,
        mode: BoardMode = BoardMode.MARK,
        id: str | None = None,
    ):
        super().__init__(id=id)
        translate_bindings(self)
        self.board = board
        """What is shown."""
        self.customer = customer
        self.mode = mode
        """Whether items are marked, voted on, or only read."""
        self.current = 0
        """The column the team looks at: framed, and the only one in large mode."""
        self.marks = {
            item.item_id for column in board.columns for item in column.items if item.marked
        }
        """Items marked to take into the retro (``MARK`` mode)."""
        self.own_votes: Counter[str] = Counter()
        """The dots of the member voting now (``PICK`` mode)."""

    @dataclass
    class MarksChanged(Message):
        """The facilitator marked or unmarked an item."""

        board: BoardView
        marked: frozenset[str]

    def _prompt(self, item: BoardItem) -> Content:
        line = item_text(item, self.own_votes[item.item_id])
        if self.mode is BoardMode.MARK:
            line = Text.assemble(("[x] " if item.item_id in self.marks else "[ ] ", "bold"), line)
        if self.large:
            line.append("\n")  # room between answers, read from across the room
        return Content.from_rich_text(line)

    def compose(self) -> ComposeResult:
        for index, column in enumerate(self.board.columns):
            classes = "board-column -current" if index == 0 else "board-column"
            with Vertical(classes=classes, id=f"board-column-{index}"):
                position = _("Question {number} of {count} · Left and Right go to the others")
                yield Static(
                    Text(position.format(number=index + 1, count=len(self.board.columns))),
                    classes="board-position",
                )
                yield Static(Text(column.question), classes="board-question")
                yield Static(figure_text(column, self.customer), classes="board-figure")
                if self.mode is not BoardMode.READ:
                    yield OptionList(
                        *(Option(self._prompt(item), id=item.item_id) for item in column.items),
                        id=f"board-items-{index}",
                    )
                else:
                    for item in column.items:
                        yield Static(item_text(item), classes="board-item")
                if not column.items:
                    yield Static(Text(_("No answers."), style="italic"))

    @property
    def large(self) -> bool:
        return self.has_class("-large")

    def action_step(self, step: int) -> None:
        self.step(step)

    def action_large(self) -> None:
        self.toggle_large()

    def toggle_large(self) -> None:
        """Large mode on or off: one column at a time, full width, or all side by side."""
        self.toggle_class("-large")
        self.redraw(self.board)
        self._show_current()

    def step(self, step: int) -> None:
        """Go to the next (or previous) column, and into its list when it has one."""
        self.current = (self.current + step) % max(1, len(self.board.columns))
        self._show_current()
        lists = self.query(f"#board-items-{self.current}")
        if lists:
            lists.first().focus()

    def _show_current(self) -> None:
        for index, column in enumerate(self.query(".board-column")):
            column.set_class(index == self.current, "-current")
        self.query_one(f"#board-column-{self.current}").scroll_visible(top=True)

    @on(events.DescendantFocus)
    def _column_entered(self, event: events.DescendantFocus) -> None:
        """Clicking or tabbing into a list makes its column the current one."""
        for index in range(len(self.board.columns)):
            if event.widget.id == f"board-items-{index}" and index != self.current:
                self.current = index
                self._show_current()

    def marked(self) -> frozenset[str]:
        """Every item now marked, across all columns."""
        return frozenset(self.marks)

    def toggle_mark(self) -> None:
        """Mark the item under the cursor, or unmark it (``MARK`` mode)."""
        item = self.highlighted()
        if self.mode is not BoardMode.MARK or item is None:
            return
        self.marks ^= {item.item_id}
        self.redraw(self.board)
        self.post_message(self.MarksChanged(self, self.marked()))

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        if self.mode is BoardMode.MARK:
            event.stop()
            self.toggle_mark()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Space marks only here; elsewhere it is the screen's (a vote).
        return self.mode is BoardMode.MARK if action == "mark" else True

    def action_mark(self) -> None:
        self.toggle_mark()

    def highlighted(self) -> BoardItem | None:
        """The item under the cursor of the focused list, if any."""
        focused = self.screen.focused
        if not isinstance(focused, OptionList) or focused.highlighted is None:
            return None
        return self.item(str(focused.get_option_at_index(focused.highlighted).id))

    def item(self, item_id: str) -> BoardItem | None:
        """The item with ``item_id``, if it is on the board."""
        for column in self.board.columns:
            for item in column.items:
                if item.item_id == item_id:
                    return item
        return None

    def redraw(self, board: Board, own_votes: Counter[str] | None = None) -> None:
        """Show the same items as drawn in ``board`` (hidden or not), with a voter's own dots."""
        self.board = board
        if own_votes is not None:
            self.own_votes = own_votes
        for options in self.query(OptionList):
            for option in options.options:
                item = self.item(str(option.id))
                if item is not None:
                    options.replace_option_prompt(str(option.id), self._prompt(item))
