"""The facilitator's waiting room of a shared retro: the code, and who has joined."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Static

from focuscheck.domain.errors import FocuscheckError
from focuscheck.i18n import N_, _, ngettext
from focuscheck.retro.remote import SessionState
from focuscheck.retro.session_store import format_code
from focuscheck.screens.keys import translate_bindings
from focuscheck.screens.retro.environment import RetroEnvironment


def spaced(code: str) -> str:
    """A code spaced out for reading across a room: ``K M W - 4 T X``."""
    return " ".join(format_code(code))


class LobbyScreen(Screen[bool]):
    """Shows the code until the facilitator starts; dismisses True to start, False to cancel."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "start", N_("Start the first question")),
        Binding("escape", "cancel", N_("Cancel")),
    ]

    def __init__(self, env: RetroEnvironment, session: SessionState) -> None:
        super().__init__()
        translate_bindings(self)
        self.env = env
        self.session = session
        """The shared session as last read."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="lobby"):
            yield Static(Text(_("Join code")), id="lobby-label")
            yield Static(Text(spaced(self.session.code)), id="lobby-code")
            yield Static(
                Text(
                    _(
                        "Each member opens the retro on this computer (focuscheck retro --join "
                        "{code}) or in a browser tab of the served app, chooses Join a retro and "
                        "types the code."
                    ).format(code=format_code(self.session.code))
                ),
                id="lobby-how",
            )
            yield Static("", id="lobby-joined")
            with Center():
                yield Button(_("Start the first question"), variant="primary", id="lobby-start")
        yield Footer()

    def on_mount(self) -> None:
        self._show()
        self.set_interval(self.env.poll_seconds, self.refresh_session)
        self.query_one("#lobby-start", Button).focus()

    def refresh_session(self) -> None:
        """Re-read the session file: someone may have joined."""
        try:
            self.session = self.env.store().load(self.session.code)
        except FocuscheckError as error:
            self.query_one("#lobby-joined", Static).update(Text(str(error)))
            return
        self._show()

    def _show(self) -> None:
        people = self.session.participants
        line = ngettext("{count} member has joined", "{count} members have joined", len(people))
        text = line.format(count=len(people))
        names = [p.name for p in people if p.name]
        if names:
            text += ": " + ", ".join(names)
        self.query_one("#lobby-joined", Static).update(Text(text))

    @on(Button.Pressed, "#lobby-start")
    def _start_pressed(self) -> None:
        self.action_start()

    def action_start(self) -> None:
        self.refresh_session()
        if not self.session.participants:
            self.notify(_("Nobody has joined yet."), severity="warning")
            return
        self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(False)
