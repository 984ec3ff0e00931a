"""The full text of one check-in, for reading beside a list."""

from __future__ import annotations

from typing import ClassVar, Final

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.timer import Timer
from textual.widgets import Static

from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.entry import Entry
from focuscheck.domain.entry_text import entry_heading, entry_lines
from focuscheck.domain.text import MAX_TEXT
from focuscheck.i18n import N_, _
from focuscheck.screens.keys import translate_bindings
from focuscheck.widgets.user_text import literal

AT_ONCE: Final = 2_000
"""Characters of each answer drawn as soon as an entry is shown."""
REST_AFTER: Final = 0.3
"""Seconds an entry stays shown before the rest of its long answers is drawn."""


class EntryDetail(VerticalScroll, can_focus=True):
    """Shows every answer of one entry in full; scrolls when the answers are long.

    Wrapping a 20,000-character answer takes a noticeable moment, so while the
    cursor runs down a list each answer is drawn up to ``AT_ONCE`` characters;
    the rest follows once the entry has stayed shown for ``REST_AFTER``
    seconds, or at once when the pane gets the focus to be read.
    """

    DEFAULT_CSS = """
    EntryDetail {
        padding: 0 1;
        border: round $primary 50%;
        border-title-color: $text-primary;
    }
    EntryDetail:focus {
        border: round $primary;
    }
    EntryDetail > Static {
        width: 1fr;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        # One footer entry for the pair (PgUp scrolls back) keeps the footer to one line.
        Binding("pagedown", "page_down", N_("Scroll"), key_display="PgDn"),
        Binding("pageup", "page_up", N_("Scroll"), show=False),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        translate_bindings(self)
        self.entry: Entry | None = None
        """The entry shown, None when nothing is selected."""
        self.in_full = True
        """Whether every answer of the entry is drawn to its end."""
        self._answers: list[tuple[str, str]] = []
        self._rest: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Static(self._empty_text(), id="entry-detail-body", markup=False)

    def _empty_text(self) -> Text:
        return Text(_("Choose an entry to read it in full."), style="italic dim")

    def show_entry(self, entry: Entry | None, customer: CustomerTerm) -> None:
        """Show ``entry`` (or the empty hint for None); ``customer`` words the labels."""
        if self._rest is not None:
            self._rest.stop()
        self.entry = entry
        self.border_title = entry_heading(entry) if entry is not None else ""
        self._answers = entry_lines(entry, customer) if entry is not None else []
        self.in_full = all(len(text) <= AT_ONCE for _label, text in self._answers)
        self._draw(MAX_TEXT if self.in_full else AT_ONCE)
        self.scroll_home(animate=False)
        if not self.in_full:
            self._rest = self.set_timer(REST_AFTER, self.show_in_full)

    def show_in_full(self) -> None:
        """Draw the rest of the long answers, keeping the place scrolled to."""
        if not self.in_full:
            self.in_full = True
            self._draw(MAX_TEXT)

    def on_focus(self) -> None:
        self.show_in_full()

    def _draw(self, limit: int) -> None:
        body = self.query_one("#entry-detail-body", Static)
        if self.entry is None:
            body.update(self._empty_text())
            return
        parts: list[Text] = []
        for label, text in self._answers:
            shown = literal(text[:limit], limit)
            if len(text) > limit:
                shown.append("…", style="dim")
            parts += [Text(label, style="bold"), shown, Text("")]
        body.update(Text("\n").join(parts[:-1]))
