"""A one-line answer field whose pastes cannot carry terminal control characters."""

from __future__ import annotations

from typing import Any

from textual import events
from textual.widgets import Input

from focuscheck.widgets.user_text import printable


class AnswerInput(Input):
    """An :class:`Input` for the person's words; pasted control characters become visible.

    Saved words are never selected when the field gets the focus: the cursor
    waits at the end, so the first key typed adds to them instead of replacing them.
    """

    def __init__(self, value: str | None = None, placeholder: str = "", **options: Any) -> None:
        options.setdefault("select_on_focus", False)
        super().__init__(value, placeholder, **options)

    def replace_text(self, value: str) -> None:
        """Show ``value`` instead of what the field holds, the cursor at its end."""
        self.value = value
        self.cursor_position = len(value)

    def _on_paste(self, event: events.Paste) -> None:
        # Textual runs Input's own paste handler after this one (handlers are looked up
        # along the class hierarchy), so calling it here too would paste twice.
        event.text = printable(event.text)
