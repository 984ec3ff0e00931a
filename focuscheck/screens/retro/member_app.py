"""A member's own tab of a shared retro: join, answer, see the board; nothing else.

This is what ``focuscheck serve retro`` runs for its join link.  It reads and
writes only the session files: it opens no journal and no settings (the word
for the customer comes with the session), has no home screen to go back to,
and offers no command that leads anywhere else.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from focuscheck.i18n import N_, _
from focuscheck.screens.keys import translate_bindings
from focuscheck.screens.retro.environment import RetroEnvironment
from focuscheck.screens.retro.join import JoinScreen


class MemberApp(App[None]):
    """``focuscheck retro --join``, and every tab opened with a retro's join link."""

    CSS_PATH = "retro.tcss"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", N_("Quit"), priority=True),
    ]

    def __init__(self, env: RetroEnvironment) -> None:
        super().__init__()
        translate_bindings(self)
        self.env = env
        """Folders and clocks; the word for the customer is the session's."""
        self.title = _("focuscheck retro")

    def on_mount(self) -> None:
        self.push_screen(JoinScreen(self.env, self.env.join_code or "", can_leave=False))
