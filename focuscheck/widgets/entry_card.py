"""The full text of one check-in, for reading beside a list."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.entry import Entry
from focuscheck.domain.entry_text import entry_heading, entry_lines
from focuscheck.i18n import _
from focuscheck.widgets.user_text import literal


class EntryDetail(VerticalScroll, can_focus=True):
    """Shows every answer of one entry; scrolls when the answers are long."""

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

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.entry: Entry | None = None
        """The entry shown, None when nothing is selected."""

    def compose(self) -> ComposeResult:
        yield Static(self._empty_text(), id="entry-detail-body", markup=False)

    def _empty_text(self) -> Text:
        return Text(_("Choose an entry to read it in full."), style="italic dim")

    def show_entry(self, entry: Entry | None, customer: CustomerTerm) -> None:
        """Show ``entry`` (or the empty hint for None); ``customer`` words the labels."""
        self.entry = entry
        body = self.query_one("#entry-detail-body", Static)
        self.border_title = entry_heading(entry) if entry is not None else ""
        if entry is None:
            body.update(self._empty_text())
            return
        parts: list[Text] = []
        for label, text in entry_lines(entry, customer):
            parts += [Text(label, style="bold"), literal(text), Text("")]
        body.update(Text("\n").join(parts[:-1]))
        self.scroll_home(animate=False)
