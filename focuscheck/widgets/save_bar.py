"""A one-line "save as" field along the bottom of a screen.

It asks only for a path; writing the file is left to the screen, which calls
the storage layer and can ask before replacing a file.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Label

from focuscheck.i18n import N_, _
from focuscheck.screens.keys import translate_bindings
from focuscheck.widgets.answer_input import AnswerInput

MAX_PATH = 4_096


class SaveBar(Horizontal):
    """Hidden until :meth:`ask`; posts :class:`SaveBar.Chosen` on Enter."""

    DEFAULT_CSS = """
    SaveBar {
        height: 3;
        display: none;
        background: $boost;
    }
    SaveBar.-open {
        display: block;
    }
    SaveBar > Label {
        padding: 1 1 0 1;
        text-style: bold;
    }
    SaveBar > Input {
        width: 1fr;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", N_("Cancel")),
    ]

    class Chosen(Message):
        """The person gave a path and pressed Enter."""

        def __init__(self, path: str) -> None:
            super().__init__()
            self.path = path
            """What was typed, trimmed (``~`` not yet expanded)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        translate_bindings(self)

    def compose(self) -> ComposeResult:
        yield Label(_("Save as"))
        yield AnswerInput(id="save-path", max_length=MAX_PATH)

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    def ask(self, suggested: str) -> None:
        """Show the bar with ``suggested`` filled in, ready to edit."""
        field = self.query_one("#save-path", Input)
        if not self.is_open or not field.value:
            field.value = suggested
        self.add_class("-open")
        field.focus()
        field.cursor_position = len(field.value)

    def close(self) -> None:
        self.remove_class("-open")

    def action_cancel(self) -> None:
        self.close()
        self.screen.focus_next()

    @on(Input.Submitted, "#save-path")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        path = event.value.strip()
        if path:
            self.post_message(self.Chosen(path))
