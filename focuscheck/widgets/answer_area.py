"""A multi-line answer field whose pastes cannot carry terminal control characters."""

from __future__ import annotations

from textual import events
from textual.widgets import TextArea

from focuscheck.widgets.user_text import printable


class AnswerArea(TextArea):
    """A :class:`TextArea` for longer answers; Tab moves on instead of indenting.

    Saved words open with the cursor at their end, so typing goes on from there.
    """

    DEFAULT_CSS = """
    AnswerArea { height: 6; }
    """

    def __init__(self, text: str = "", *, id: str | None = None) -> None:
        super().__init__(text, soft_wrap=True, tab_behavior="focus", id=id)
        self.move_cursor(self.document.end)

    def replace_text(self, value: str) -> None:
        """Show ``value`` instead of what the field holds, the cursor at its end."""
        self.text = value
        self.move_cursor(self.document.end)

    async def _on_paste(self, event: events.Paste) -> None:
        # Textual runs TextArea's own paste handler after this one (handlers are looked
        # up along the class hierarchy), so calling it here too would paste twice.
        event.text = printable(event.text)
