"""The help shown by ``?`` and F1: what the current screen is for and its keys."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from focuscheck.i18n import N_, _
from focuscheck.screens.keys import translate_bindings

GENERAL_HELP = N_(
    "Everywhere: F1 or ? opens this help, Ctrl+P the command palette "
    "(themes, screens, quit), Ctrl+Q quits. What you type is kept: "
    "a check-in left half-way is offered again next time."
)


class HelpScreen(ModalScreen[None]):
    """A modal with a title, the screen's own help and the general keys."""

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 72; max-width: 95%; height: auto; max-height: 90%;
        border: thick $primary; background: $surface; padding: 1 2;
    }
    HelpScreen #help-title { text-style: bold; margin-bottom: 1; }
    HelpScreen #help-general { color: $text-muted; margin-top: 1; }
    HelpScreen #help-close { color: $text-muted; margin-top: 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1,enter", "close", N_("Close")),
    ]

    def __init__(self, title: str, body: str) -> None:
        super().__init__()
        translate_bindings(self)
        self.help_title = title
        """Title of the screen the help is about (translated)."""
        self.body = body
        """The help text (translated)."""

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(Text(self.help_title), id="help-title")
            yield Static(Text(self.body), id="help-body")
            yield Static(Text(_(GENERAL_HELP)), id="help-general")
            yield Static(Text(_("Esc closes this help.")), id="help-close")

    def action_close(self) -> None:
        self.dismiss(None)
