"""Voting on one shared screen: each member in turn puts their three votes on the board.

A member sees only their own dots while it is their turn; nobody sees a count
until everyone has voted, or the facilitator ends voting early.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Footer, OptionList, Static

from focuscheck.domain.errors import ValidationError
from focuscheck.i18n import N_, _, ngettext
from focuscheck.retro.board import build_board
from focuscheck.retro.session import Retro
from focuscheck.retro.votes import VOTES_PER_MEMBER, own_votes
from focuscheck.screens.retro.board_step import BoardStepScreen
from focuscheck.screens.retro.board_view import BoardMode, BoardView

HELP = N_(
    "Each member has {count} votes and may put more than one on an answer. Move to an "
    "answer and press Space (or Enter) to vote for it, Backspace to take a vote back. "
    "Ctrl+S hands the screen to the next member. Nobody sees how many votes an answer "
    "has until everyone has voted; Ctrl+E ends voting early."
)


def turn_line(retro: Retro, member: int) -> str:
    """Whose turn it is, and how many votes they have left."""
    left = retro.votes_left(member)
    return ngettext(
        "{member}, your votes: {left} vote left",
        "{member}, your votes: {left} votes left",
        left,
    ).format(member=retro.setup.member_label(member), left=left)


class VotingScreen(BoardStepScreen[Retro]):
    """Members vote in turn; dismisses with the votes counted."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "vote", N_("Vote")),
        Binding("backspace", "take_back", N_("Take back")),
        Binding("ctrl+s", "done", N_("Done")),
        Binding("ctrl+e", "end", N_("End voting")),
        Binding("f1", "help", N_("Help")),
    ]

    def compose(self) -> ComposeResult:
        yield Static(Text(_("Votes")), id="vote-title")
        yield Static("", id="vote-turn")
        yield Static(
            Text(
                _(
                    "Space votes for the answer under the cursor, Backspace takes a vote "
                    "back, Ctrl+S when you are done. The counts show when all have voted."
                )
            ),
            id="vote-how",
        )
        yield Static("", id="vote-error")
        board = build_board(self.retro, self.env.customer, self.env.is_aligned)
        yield BoardView(board, self.env.customer, mode=BoardMode.PICK, id="vote-board")
        yield Footer()

    def on_mount(self) -> None:
        self._show_turn()
        lists = self.query(OptionList)
        if lists:
            lists.first().focus()

    @property
    def member(self) -> int | None:
        return self.retro.next_voter()

    def _show_turn(self, error: str = "") -> None:
        member = self.member
        if member is None:
            return
        self.query_one("#vote-turn", Static).update(Text(turn_line(self.retro, member)))
        self.query_one("#vote-error", Static).update(Text(error))
        self.query_one(BoardView).redraw(
            self.query_one(BoardView).board, own_votes(self.retro.votes, member)
        )

    def _change(self, add: bool) -> None:
        member = self.member
        item = self.query_one(BoardView).highlighted()
        if member is None or item is None:
            return
        try:
            if add:
                self.retro = self.retro.with_vote(member, item.item_id)
            else:
                self.retro = self.retro.without_vote(member, item.item_id)
        except ValidationError as error:
            self._show_turn(str(error))
            return
        self._show_turn()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_vote()

    def action_vote(self) -> None:
        self._change(add=True)

    def action_take_back(self) -> None:
        self._change(add=False)

    def action_done(self) -> None:
        member = self.member
        if member is None:
            return
        self.retro = self.retro.with_voter_done(member)
        if self.member is None:
            self.action_end()
            return
        self._show_turn()

    def action_end(self) -> None:
        self.dismiss(self.retro.count_votes())

    def action_help(self) -> None:
        from focuscheck.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(_("Votes"), _(HELP).format(count=VOTES_PER_MEMBER)))
