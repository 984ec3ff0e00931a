"""A member's votes in a shared retro: the board on their own screen, with only their dots.

Each vote is written to the session at once, so the facilitator's screen can
count who has finished; nobody sees a count until the facilitator ends voting.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList, Static

from focuscheck.domain.errors import FocuscheckError
from focuscheck.i18n import N_, _, ngettext
from focuscheck.retro.board import build_board
from focuscheck.retro.remote import SessionState
from focuscheck.retro.votes import own_votes
from focuscheck.screens.keys import translate_bindings
from focuscheck.screens.retro.board_view import BoardMode, BoardView
from focuscheck.screens.retro.environment import RetroEnvironment


class MemberVotes(Vertical):
    """The board to vote on, and how many votes this member has left."""

    DEFAULT_CSS = """
    MemberVotes { height: 1fr; }
    MemberVotes #member-votes-error { color: $error; height: auto; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "vote", N_("Vote")),
        Binding("backspace", "take_back", N_("Take back")),
        Binding("ctrl+s", "done", N_("Done voting")),
    ]

    def __init__(self, env: RetroEnvironment, session: SessionState, participant_id: str) -> None:
        super().__init__()
        translate_bindings(self)
        self.env = env
        self.session = session
        """The session as last read or written."""
        self.participant_id = participant_id

    def compose(self) -> ComposeResult:
        yield Static("", id="member-votes-left")
        yield Static("", id="member-votes-error")
        retro = self.session.to_retro(self.env.today)
        board = build_board(retro, self.env.customer, self.env.is_aligned)
        yield BoardView(board, self.env.customer, mode=BoardMode.PICK, id="member-votes-board")

    def on_mount(self) -> None:
        self.follow(self.session)
        lists = self.query(OptionList)
        if lists:
            lists.first().focus()

    @property
    def finished(self) -> bool:
        member = self.session.member_of(self.participant_id)
        return member is not None and member in self.session.voted

    def follow(self, session: SessionState, error: str = "") -> None:
        """Show ``session``'s votes of this member: their dots and how many are left."""
        self.session = session
        member = session.member_of(self.participant_id)
        board = self.query_one(BoardView)
        board.redraw(board.board, own_votes(session.votes, member if member is not None else -1))
        left = session.own_votes_left(self.participant_id)
        if self.finished:
            line = _("Your votes are in. The counts show when the facilitator ends voting.")
        else:
            line = ngettext(
                "You have {left} vote left. Space votes for the answer under the cursor, "
                "Backspace takes a vote back, Ctrl+S when you are done.",
                "You have {left} votes left. Space votes for the answer under the cursor, "
                "Backspace takes a vote back, Ctrl+S when you are done.",
                left,
            ).format(left=left)
        self.query_one("#member-votes-left", Static).update(Text(line))
        self.query_one("#member-votes-error", Static).update(Text(error))
        self.screen.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("vote", "take_back", "done"):
            return not self.finished
        return True

    def _write(self, change: Callable[[str, str], SessionState]) -> None:
        try:
            self.follow(change(self.session.code, self.participant_id))
        except FocuscheckError as error:
            self.follow(self.session, str(error))

    def _on_item(self, change: Callable[[str, str, str], SessionState]) -> None:
        item = self.query_one(BoardView).highlighted()
        if item is not None:
            self._write(lambda code, who: change(code, who, item.item_id))

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_vote()

    def action_vote(self) -> None:
        self._on_item(self.env.store().vote)

    def action_take_back(self) -> None:
        self._on_item(self.env.store().take_back_vote)

    def action_done(self) -> None:
        self._write(self.env.store().finish_voting)
