"""The reveal: every answer at once, and the items the team takes into the retro."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, SelectionList, Static

from focuscheck.i18n import N_, _, ngettext
from focuscheck.retro.board import build_board
from focuscheck.retro.session import Retro
from focuscheck.screens.keys import translate_bindings
from focuscheck.screens.retro.board_view import BoardView, item_text
from focuscheck.screens.retro.environment import RetroEnvironment

HELP = N_(
    "All answers, one column per question. Figures sit at the top of each column: how "
    "many answers name the {customer}, mission clarity as dots, waste by category. Move "
    "between columns with Left and Right (or Tab), between answers with Up and Down, and "
    "mark an answer to take into the retro with Space or Enter. S writes the summary."
)


class RevealScreen(Screen[Retro]):
    """The board; dismisses with the retro and its marks when the summary is asked for."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("s", "summary", N_("Summary")),
        # Priority: the board scrolls sideways on these keys otherwise.
        Binding("left", "column(-1)", N_("Previous column"), show=False, priority=True),
        Binding("right", "column(1)", N_("Next column"), show=False, priority=True),
        Binding("f1", "help", N_("Help")),
    ]

    def __init__(self, env: RetroEnvironment, retro: Retro) -> None:
        super().__init__()
        translate_bindings(self)
        self.env = env
        self.retro = retro
        """The retro, with the marks as they change."""

    def compose(self) -> ComposeResult:
        board = build_board(self.retro, self.env.customer, self.env.is_aligned)
        yield Static(Text(_("Reveal: all answers")), id="reveal-title")
        yield Static("", id="reveal-marked")
        yield BoardView(board, self.env.customer, id="reveal-board")
        yield Static("", id="reveal-detail")
        yield Footer()

    def on_mount(self) -> None:
        self._show_marked()
        lists = self.query(SelectionList)
        if lists:
            lists.first().focus()

    def _show_marked(self) -> None:
        count = len(self.retro.marked)
        self.query_one("#reveal-marked", Static).update(
            Text(
                ngettext(
                    "{count} item marked to take into the retro",
                    "{count} items marked to take into the retro",
                    count,
                ).format(count=count)
            )
        )

    @on(BoardView.ItemHighlighted)
    def _show_whole(self, event: BoardView.ItemHighlighted) -> None:
        """The answer under the cursor, in full, below the board."""
        self.query_one("#reveal-detail", Static).update(item_text(event.item))

    @on(BoardView.MarksChanged)
    def _marks(self, event: BoardView.MarksChanged) -> None:
        self.retro = self.retro.with_marks(event.marked)
        self._show_marked()

    def action_column(self, step: int) -> None:
        lists = list(self.query(SelectionList))
        if not lists:
            return
        focused = self.focused
        index = lists.index(focused) if focused in lists else -step
        target = lists[(index + step) % len(lists)]
        target.focus()
        target.scroll_visible()

    def action_summary(self) -> None:
        self.dismiss(self.retro)

    def action_help(self) -> None:
        from focuscheck.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(_("The board"), self.env.customer.fill_forms(_(HELP))))
