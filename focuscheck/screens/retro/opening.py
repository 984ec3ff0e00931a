"""What the team's check-ins said, shown before the first question (``--from``)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Static

from focuscheck.i18n import N_, _
from focuscheck.screens.keys import translate_bindings


class OpeningScreen(Screen[None]):
    """The summary of the team's anonymized exports; Enter goes on to the questions."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "go_on", N_("Continue")),
    ]

    def __init__(self, lines: tuple[str, ...]) -> None:
        super().__init__()
        translate_bindings(self)
        self.lines = lines
        """The digest, one statement a line (already translated)."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="opening"):
            yield Static(Text(_("What our check-ins said")), id="opening-title")
            yield Static(Text("\n".join(f"• {line}" for line in self.lines)), id="opening-lines")
            yield Button(_("On to the questions"), variant="primary", id="opening-go")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#opening-go", Button).focus()

    @on(Button.Pressed, "#opening-go")
    def _go(self) -> None:
        self.action_go_on()

    def action_go_on(self) -> None:
        self.dismiss(None)
