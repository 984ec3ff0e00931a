"""Before the reveal: the facilitator checks the answers and may hide one from the board.

The answers are shown as the board will show them, shuffled and without any
name, even in a named retro: hiding an answer must not tell the facilitator
whose it is.  A hidden answer is on no board, in no vote and not in the summary.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Footer, OptionList, Static

from focuscheck.i18n import N_, _, ngettext
from focuscheck.retro.board import review_board
from focuscheck.retro.session import Retro
from focuscheck.screens.retro.board_step import BoardStepScreen
from focuscheck.screens.retro.board_view import BoardMode, BoardView

HELP = N_(
    "Only you see this screen, before the team sees the board. The answers are "
    "shuffled and carry no names, so you cannot tell whose an answer is. Move to an "
    "answer and press H (or Enter) to hide it from the board, the votes and the "
    "summary; press it again to show it. Ctrl+S shows the board and lets the team "
    "vote; Ctrl+K shows the board without voting."
)


@dataclass(frozen=True)
class Reviewed:
    """The retro with the answers hidden, and whether the team votes."""

    retro: Retro
    vote: bool


class ReviewScreen(BoardStepScreen[Reviewed]):
    """The facilitator's look at the answers; dismisses when the board is to be shown."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("h", "hide", N_("Hide or show")),
        Binding("ctrl+s", "show(True)", N_("Board and votes")),
        Binding("ctrl+k", "show(False)", N_("Board without votes")),
        Binding("f1", "help", N_("Help")),
    ]

    def _board(self) -> BoardView:
        return self.query_one("#review-board", BoardView)

    def compose(self) -> ComposeResult:
        yield Static(Text(_("Before the reveal: check the answers")), id="review-title")
        yield Static(
            Text(
                _(
                    "Only you see this. Names are left out and the order is shuffled. "
                    "H hides an answer from the board; Ctrl+S shows the board to the team."
                )
            ),
            id="review-intro",
        )
        yield Static("", id="review-hidden")
        board = review_board(self.retro, self.env.customer, self.env.is_aligned)
        yield BoardView(board, self.env.customer, mode=BoardMode.PICK, id="review-board")
        yield Footer()

    def on_mount(self) -> None:
        self._show_hidden()
        lists = self.query(OptionList)
        if lists:
            lists.first().focus()

    def _show_hidden(self) -> None:
        count = len(self.retro.hidden)
        self.query_one("#review-hidden", Static).update(
            Text(
                ngettext(
                    "{count} answer hidden from the board",
                    "{count} answers hidden from the board",
                    count,
                ).format(count=count)
            )
        )

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_hide()

    def action_hide(self) -> None:
        item = self._board().highlighted()
        if item is None:
            return
        self.retro = self.retro.toggle_hidden(item.item_id)
        self._board().redraw(review_board(self.retro, self.env.customer, self.env.is_aligned))
        self._show_hidden()

    def action_show(self, vote: bool) -> None:
        self.dismiss(Reviewed(self.retro, vote))

    def action_help(self) -> None:
        from focuscheck.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(_("Before the reveal"), _(HELP)))
