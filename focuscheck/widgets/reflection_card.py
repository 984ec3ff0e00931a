"""The person's own words beside a short reflection on them."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from focuscheck.i18n import _
from focuscheck.widgets.user_text import UserText, empty_note

WORDS_LIMIT = 600
"""A long answer is cut here: the card sits beside the question, not instead of it."""


class ReflectionCard(Horizontal):
    """Two panels: "Your words" (literal) and the reflection (the app's own text)."""

    DEFAULT_CSS = """
    ReflectionCard { height: auto; margin: 1 0 0 0; }
    ReflectionCard > Vertical {
        width: 1fr; height: auto; padding: 0 1; border: round $border-blurred;
    }
    ReflectionCard > Vertical.reflection { border: round $success; }
    ReflectionCard .panel-title { text-style: bold; color: $text-muted; }
    """

    def __init__(
        self,
        words: str,
        reflection: str,
        *,
        words_title: str = "",
        reflection_title: str = "",
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.words = words
        """What the person wrote."""
        self.reflection = reflection
        """The app's reflection, already translated."""
        self.words_title = words_title
        """Title over the person's words; "Your words" when empty."""
        self.reflection_title = reflection_title
        """Title over the reflection; "Reflection" when empty."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="words"):
            yield Static(self.words_title or _("Your words"), classes="panel-title", markup=False)
            if self.words.strip():
                yield UserText(self.words, limit=WORDS_LIMIT, id="words")
            else:
                yield Static(empty_note(), id="words")
        with Vertical(classes="reflection"):
            yield Static(
                self.reflection_title or _("Reflection"), classes="panel-title", markup=False
            )
            yield Static(Text(self.reflection), id="reflection", markup=False)
