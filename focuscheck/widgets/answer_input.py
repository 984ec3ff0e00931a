"""A one-line answer field whose pastes cannot carry terminal control characters."""

from __future__ import annotations

from textual import events
from textual.widgets import Input

from focuscheck.widgets.user_text import printable


class AnswerInput(Input):
    """An :class:`Input` for the person's words; pasted control characters become visible."""

    def _on_paste(self, event: events.Paste) -> None:
        # Textual runs Input's own paste handler after this one (handlers are looked up
        # along the class hierarchy), so calling it here too would paste twice.
        event.text = printable(event.text)
