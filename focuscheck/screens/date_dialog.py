"""Asking for a date to go to, in the words a person would use ("last friday")."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from focuscheck.domain.clock import Clock
from focuscheck.domain.dates import MAX_INPUT, DateParseError, parse_date
from focuscheck.i18n import N_, _
from focuscheck.screens.keys import translate_bindings
from focuscheck.widgets.answer_input import AnswerInput


def sentence(text: str) -> str:
    """``text`` with its first letter in capitals, to stand alone as a sentence."""
    return text[:1].upper() + text[1:]


class GoToDateDialog(ModalScreen[date | None]):
    """Ask for a date; dismisses with the date meant, or None on Esc.

    Text that is not a date keeps the dialog open with the reason under the field.
    """

    DEFAULT_CSS = """
    GoToDateDialog { align: center middle; }
    GoToDateDialog > Vertical {
        width: 64; max-width: 95%; height: auto;
        border: thick $primary; background: $surface; padding: 1 2;
    }
    GoToDateDialog #go-to-title { text-style: bold; margin-bottom: 1; }
    GoToDateDialog #go-to-problem { color: $text-error; margin-top: 1; }
    GoToDateDialog #go-to-problem.-empty { display: none; }
    GoToDateDialog #go-to-keys { color: $text-muted; margin-top: 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", N_("Cancel")),
    ]

    def __init__(self, clock: Clock) -> None:
        super().__init__()
        translate_bindings(self)
        self.clock = clock
        """Gives today, from which phrases such as "last friday" are read."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(_("Go to date")), id="go-to-title")
            yield AnswerInput(
                placeholder=_("today, last friday, 2026-11-03…"),
                id="go-to-date",
                max_length=MAX_INPUT,
            )
            yield Static("", id="go-to-problem", classes="-empty", markup=False)
            yield Static(Text(_("Enter goes there, Esc cancels.")), id="go-to-keys")

    def on_mount(self) -> None:
        self.query_one("#go-to-date", Input).focus()

    @on(Input.Submitted, "#go-to-date")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        problem = self.query_one("#go-to-problem", Static)
        try:
            wanted = parse_date(event.value.strip(), today=self.clock.today())
        except DateParseError as error:
            problem.update(Text(sentence(str(error))))
            problem.remove_class("-empty")
            return
        self.dismiss(wanted)

    def action_cancel(self) -> None:
        self.dismiss(None)
