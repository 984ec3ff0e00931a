"""Joining a shared retro with its code (and a name, when the facilitator asked for names)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, Label, Static

from focuscheck.domain.errors import FocuscheckError
from focuscheck.domain.text import clean_line
from focuscheck.i18n import N_, _
from focuscheck.retro.remote import SessionState
from focuscheck.retro.session import MAX_NAME
from focuscheck.screens.keys import translate_bindings
from focuscheck.screens.retro.environment import RetroEnvironment
from focuscheck.screens.retro.participant import ParticipantScreen
from focuscheck.widgets.answer_input import AnswerInput


class JoinScreen(Screen[None]):
    """Code first; the name field appears only for a retro that carries names."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", N_("Back")),
    ]

    def __init__(self, env: RetroEnvironment, code: str, *, can_leave: bool = True) -> None:
        super().__init__()
        translate_bindings(self)
        self.env = env
        self.code = code
        """The code as given on the command line, if any."""
        self.can_leave = can_leave
        """Whether Escape goes back; a member's own tab has nowhere to go back to."""
        self.found: SessionState | None = None
        """The session the code opened, once it did."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="join"):
            yield Static(Text(_("Join a retro")), id="join-title")
            yield Label(_("Code from the facilitator's screen"))
            yield AnswerInput(self.code, placeholder="KMW-4TX", id="join-code", max_length=12)
            yield Label(_("Your name (the facilitator asked for names)"), id="join-name-label")
            yield Input(placeholder=_("Your name"), id="join-name", max_length=MAX_NAME)
            yield Button(_("Join"), variant="primary", id="join-go")
            yield Static("", id="join-error")
        yield Footer()

    def on_mount(self) -> None:
        self._show_name(False)
        self.query_one("#join-code", Input).focus()

    def _show_name(self, shown: bool) -> None:
        self.query_one("#join-name-label").display = shown
        self.query_one("#join-name").display = shown

    def _error(self, message: str) -> None:
        self.query_one("#join-error", Static).update(Text(message))

    @on(Input.Submitted, "#join-code")
    @on(Input.Submitted, "#join-name")
    @on(Button.Pressed, "#join-go")
    def _go(self) -> None:
        self.join()

    def join(self) -> None:
        """Look the code up; ask for a name if the retro wants one; then join."""
        store = self.env.store()
        code = self.query_one("#join-code", Input).value
        try:
            session = store.load(code)
        except FocuscheckError as error:
            self._error(str(error))
            self.query_one("#join-code", Input).focus()
            return
        name = clean_line(self.query_one("#join-name", Input).value)[:MAX_NAME]
        if session.named and not name:
            self.found = session
            self._show_name(True)
            self._error(_("This retro carries names: type yours, then Enter."))
            self.query_one("#join-name", Input).focus()
            return
        try:
            session, participant_id = store.join(code, name if session.named else "")
        except FocuscheckError as error:
            self._error(str(error))
            return
        self._error("")
        env = self.env.for_session(session)
        self.app.push_screen(ParticipantScreen(env, session, participant_id))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.can_leave or action != "back"

    def action_back(self) -> None:
        self.dismiss(None)
