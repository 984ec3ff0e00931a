"""The full text of one check-in, for reading beside a list."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from focuscheck.domain.entry import Entry
from focuscheck.domain.entry_text import entry_lines
from focuscheck.i18n import _
from focuscheck.widgets.literal import literal


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
        yield Static(self._empty_text(), id="entry-detail-body")

    def _empty_text(self) -> Content:
        return Content.styled(_("Choose an entry to read it in full."), "italic $text-muted")

    def show_entry(self, entry: Entry | None, customer: str) -> None:
        """Show ``entry`` (or the empty hint for None); ``customer`` words the labels."""
        self.entry = entry
        body = self.query_one("#entry-detail-body", Static)
        self.border_title = entry.date.isoformat() if entry is not None else ""
        if entry is None:
            body.update(self._empty_text())
            return
        parts: list[Content] = []
        for label, text in entry_lines(entry, customer):
            parts += [Content.styled(label, "bold $text-accent"), literal(text), Content("")]
        body.update(Content("\n").join(parts).rstrip())
        self.scroll_home(animate=False)
