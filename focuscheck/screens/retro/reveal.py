"""The reveal: every answer at once, and the items the team takes into the retro."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Footer, OptionList, Static

from focuscheck.i18n import N_, _, ngettext
from focuscheck.retro.board import build_board
from focuscheck.retro.session import Retro
from focuscheck.screens.retro.board_step import BoardStepScreen
from focuscheck.screens.retro.board_view import BoardView

HELP = N_(
    "All answers, one box per question, each answer in full. Figures sit at the top of "
    "each box: how many answers name the {customer}, mission clarity as dots, waste by "
    "category. After a vote the answers are sorted by their votes and the most-voted "
    "ones are marked. Move between questions with Left and Right, between answers with "
    "Up and Down, and mark or unmark an answer to take into the retro with Space or "
    "Enter. L shows one question at a time in large text, for a projector. S writes the "
    "summary."
)


class RevealScreen(BoardStepScreen[Retro]):
    """The board; dismisses with the retro and its marks when the summary is asked for."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("s", "summary", N_("Summary")),
        Binding("f1", "help", N_("Help")),
    ]

    def compose(self) -> ComposeResult:
        board = build_board(self.retro, self.env.customer, self.env.is_aligned)
        yield Static(Text(_("Reveal: all answers")), id="reveal-title")
        yield Static("", id="reveal-marked")
        yield BoardView(board, self.env.customer, id="reveal-board")
        yield Footer()

    def on_mount(self) -> None:
        self._show_marked()
        lists = self.query(OptionList)
        if lists:
            lists.first().focus()

    def _show_marked(self) -> None:
        count = len(self.retro.marked)
        line = ngettext(
            "{count} item marked to take into the retro",
            "{count} items marked to take into the retro",
            count,
        ).format(count=count)
        if self.retro.votes_counted:
            line += " " + _("(the most-voted are marked; Space changes a mark)")
        self.query_one("#reveal-marked", Static).update(Text(line))

    @on(BoardView.MarksChanged)
    def _marks(self, event: BoardView.MarksChanged) -> None:
        self.retro = self.retro.with_marks(event.marked)
        self._show_marked()

    def action_summary(self) -> None:
        self.dismiss(self.retro)

    def action_help(self) -> None:
        from focuscheck.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(_("The board"), self.env.customer.fill_forms(_(HELP))))
