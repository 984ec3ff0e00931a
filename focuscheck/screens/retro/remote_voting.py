"""Voting in a shared retro, as the facilitator sees it: the board and how many have voted.

Members vote on their own screens.  This screen re-reads the session and shows
only how many have finished, never who voted for what, and no count before
voting ends.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, Static

from focuscheck.domain.errors import FocuscheckError
from focuscheck.i18n import N_, _, ngettext
from focuscheck.retro.board import build_board
from focuscheck.retro.remote import SessionState
from focuscheck.retro.session import Retro
from focuscheck.screens.keys import translate_bindings
from focuscheck.screens.retro.board_view import BoardMode, BoardView
from focuscheck.screens.retro.environment import RetroEnvironment


def voted_line(session: SessionState) -> str:
    size = len(session.participants)
    done = len(session.voted)
    line = ngettext(
        "{done} of {size} member has voted", "{done} of {size} members have voted", size
    ).format(done=done, size=size)
    if size and done >= size:
        line += " " + _("Everyone has voted; Ctrl+E shows the counts.")
    return "●" * done + "○" * max(0, size - done) + "  " + line


class RemoteVotingScreen(Screen[Retro]):
    """The board while members vote; dismisses with the votes counted."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+e", "end", N_("End voting")),
    ]

    def __init__(self, env: RetroEnvironment, session: SessionState, retro: Retro) -> None:
        super().__init__()
        translate_bindings(self)
        self.env = env
        self.session = session
        """The session as last read."""
        self.retro = retro
        """The retro as revealed, hidden answers left out."""

    def compose(self) -> ComposeResult:
        yield Static(Text(_("Votes")), id="vote-title")
        yield Static("", id="vote-tally")
        board = build_board(self.retro, self.env.customer, self.env.is_aligned)
        yield BoardView(board, self.env.customer, mode=BoardMode.READ, id="vote-board")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(BoardView).focus()
        self.set_interval(self.env.poll_seconds, self.refresh_session)
        self._show_tally()

    def refresh_session(self) -> None:
        try:
            self.session = self.env.store().load(self.session.code)
        except FocuscheckError as error:
            self.query_one("#vote-tally", Static).update(Text(str(error)))
            return
        self._show_tally()

    def _show_tally(self) -> None:
        self.query_one("#vote-tally", Static).update(Text(voted_line(self.session)))

    def action_end(self) -> None:
        try:
            self.session = self.env.store().reveal(self.session.code)
        except FocuscheckError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        retro = self.session.to_retro(self.retro.day)
        self.dismiss(retro.count_votes())
