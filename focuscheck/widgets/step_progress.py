"""Where the person is in the check-in: "3/8" and a row of dots."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from focuscheck.i18n import _


class StepProgress(Static):
    """The step number, the total, and one dot per step."""

    DEFAULT_CSS = """
    StepProgress { height: 1; width: 100%; color: $text-muted; }
    """

    def __init__(self, number: int, total: int, *, id: str | None = None) -> None:
        super().__init__(self._text(number, total), id=id, markup=False)
        self.number = number
        """The step shown, counting from 1."""
        self.total = total
        """How many steps there are."""

    @staticmethod
    def _text(number: int, total: int) -> Text:
        text = Text(_("Step {number}/{total}").format(number=number, total=total) + "  ")
        text.append("●" * number, style="bold")
        text.append("○" * (total - number))
        return text
