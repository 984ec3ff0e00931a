"""The small dialog that asks a note as an item of the backlog is marked."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from focuscheck.domain.text import MAX_TEXT
from focuscheck.i18n import N_, _
from focuscheck.screens.keys import translate_bindings


class NoteDialog(ModalScreen[str | None]):
    """Ask one line of note; dismisses with the text (maybe empty), or None for Esc."""

    DEFAULT_CSS = """
    NoteDialog { align: center middle; }
    NoteDialog > Vertical {
        width: 72; max-width: 95%; height: auto;
        border: thick $primary; background: $surface; padding: 1 2;
    }
    NoteDialog #note-title { text-style: bold; }
    NoteDialog #note-question { margin: 1 0 0 0; }
    NoteDialog #note-hint { color: $text-muted; margin-bottom: 1; }
    NoteDialog Horizontal { height: auto; align-horizontal: right; margin-top: 1; }
    NoteDialog Button { margin-left: 2; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", N_("Cancel")),
    ]

    def __init__(self, title: str, question: str, hint: str, note: str, save: str) -> None:
        super().__init__()
        translate_bindings(self)
        self.note_title = title
        """What is being done ("Mark raised"), translated."""
        self.question = question
        """What the note should say, translated."""
        self.hint = hint
        """An example answer, translated."""
        self.note = note
        """The note written before, to change or keep."""
        self.save_label = save
        """The label of the button that marks the item."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.note_title), id="note-title")
            yield Static(Text(self.question), id="note-question")
            yield Static(Text(self.hint), id="note-hint")
            yield Input(self.note, id="note-text", max_length=MAX_TEXT)
            with Horizontal():
                yield Button(_("Cancel"), id="note-cancel")
                yield Button(self.save_label, id="note-save", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#note-text", Input).focus()

    @on(Input.Submitted, "#note-text")
    @on(Button.Pressed, "#note-save")
    def _save(self) -> None:
        self.dismiss(self.query_one("#note-text", Input).value.strip())

    @on(Button.Pressed, "#note-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
