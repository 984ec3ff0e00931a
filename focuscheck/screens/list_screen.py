"""The shared shape of the backlog and the voice log: a list, a detail pane, "save as".

A :class:`ListKind` supplies the columns, rows, detail and Markdown of one list
(:mod:`focuscheck.screens.list_kinds`); :class:`ListScreen` reads the journal,
shows the rows and writes the Markdown file through the service.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar, Generic, Protocol, TypeVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Footer, Header, Static

from focuscheck.domain.backlog import VoiceItem, WasteItem
from focuscheck.domain.clock import Clock
from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.entry import Entry
from focuscheck.domain.errors import FocuscheckError
from focuscheck.domain.settings import customer_term
from focuscheck.i18n import N_, _
from focuscheck.screens.dialogs import ConfirmDialog
from focuscheck.screens.journal_screen import JournalScreen
from focuscheck.screens.keys import translate_bindings
from focuscheck.screens.messages import EntryFollowedUp
from focuscheck.service.files import ExportExists, write_text_file
from focuscheck.service.journal_service import JournalService
from focuscheck.widgets.save_bar import SaveBar

Item = TypeVar("Item", WasteItem, VoiceItem)


class ListKind(Protocol[Item]):
    """What one kind of list supplies to the shared screen."""

    file_stem: str
    """Start of the suggested file name."""

    def columns(self) -> list[tuple[str, int | None]]: ...
    def pick(self, entries: Sequence[Entry]) -> list[Item]: ...
    def row(self, item: Item, customer: CustomerTerm) -> tuple[Text, ...]: ...
    def detail(self, item: Item, customer: CustomerTerm) -> Text: ...
    def markdown(self, items: Sequence[Item], customer: CustomerTerm) -> str: ...
    def count_text(self, count: int) -> str: ...


class ListScreen(JournalScreen, Generic[Item]):
    """A list of items from the journal with a detail pane and Markdown export."""

    DEFAULT_CSS = """
    ListScreen #list-count {
        height: 1;
        padding: 0 1;
        color: $text-muted;
    }
    ListScreen #list-table {
        height: 1fr;
    }
    ListScreen #list-detail {
        height: 10;
        border: round $primary 50%;
        border-title-color: $text-primary;
        padding: 0 1;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", N_("Back")),
        Binding("s,ctrl+s", "save", N_("Save as Markdown")),
    ]
    TITLE_TEXT: ClassVar[str] = ""
    STATUS_LINE: ClassVar[str] = "#list-count"

    def __init__(self, service: JournalService, clock: Clock, kind: ListKind[Item]) -> None:
        super().__init__()
        translate_bindings(self)
        self.kind: ListKind[Item] = kind
        """Which list this is: its columns, rows and Markdown."""
        self.service = service
        """Where the items are read from."""
        self.clock = clock
        """Gives today, for the suggested file name."""
        self.items: list[Item] = []
        """The items shown, newest first."""
        self.customer = CustomerTerm()
        """The configured word for the customer."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(_("Reading the journal…"), id="list-count", markup=False)
        yield DataTable(id="list-table", cursor_type="row", zebra_stripes=True)
        with VerticalScroll(id="list-detail"):
            yield Static("", id="list-detail-body", markup=False)
        yield SaveBar(id="list-save")
        yield Footer()

    def _prepare(self) -> None:
        self.title = _(self.TITLE_TEXT)
        table = self.query_one("#list-table", DataTable)
        for label, width in self.kind.columns():
            table.add_column(label, width=width)
        table.focus()
        self.load()

    # -- reading ------------------------------------------------------------

    @work(thread=True, exclusive=True, group="list-load")
    def load(self) -> None:
        """Read the journal off the UI thread, then show the items."""
        try:
            entries = self.service.entries()
            customer = customer_term(self.service.settings())
        except FocuscheckError as error:
            self.app.call_from_thread(self._show_problem, str(error))
            return
        self.app.call_from_thread(self._loaded, self.kind.pick(entries), customer)

    def _loaded(self, items: list[Item], customer: CustomerTerm) -> None:
        kept = self.current()
        self.items = items
        self.customer = customer
        table = self.query_one("#list-table", DataTable)
        table.clear()
        for index, item in enumerate(items):
            table.add_row(*self.kind.row(item, customer), key=str(index), height=1)
        self.query_one("#list-count", Static).update(self.kind.count_text(len(items)))
        # Read again after a change: the cursor stays on the item it was on.
        ids = [item.entry_id for item in items]
        row = ids.index(kept.entry_id) if kept is not None and kept.entry_id in ids else 0
        table.move_cursor(row=row)
        self._show_detail(row)

    def current(self) -> Item | None:
        """The highlighted item, if any."""
        if not self.is_mounted or not self.items:
            return None
        row = self.query_one("#list-table", DataTable).cursor_row
        return self.items[row] if 0 <= row < len(self.items) else None

    def _followed_up(self, saved: Entry | None, told: str) -> None:
        """A change to an item was stored (or the item was gone): say so and read again."""
        if saved is None:
            self.notify(_("The check-in is no longer in the journal."), severity="warning")
            self.load()
            return
        self.notify(told, markup=False)
        self.post_message(EntryFollowedUp(saved))

    @on(DataTable.RowHighlighted, "#list-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail(event.cursor_row)

    def _show_detail(self, index: int) -> None:
        body = self.query_one("#list-detail-body", Static)
        if 0 <= index < len(self.items):
            body.update(self.kind.detail(self.items[index], self.customer))
        else:
            body.update(Text(_("Nothing here yet."), style="italic dim"))

    # -- actions ------------------------------------------------------------

    def action_back(self) -> None:
        self.dismiss()

    def action_save(self) -> None:
        suggested = f"~/{self.kind.file_stem}-{self.clock.today().isoformat()}.md"
        self.query_one(SaveBar).ask(suggested)

    @on(SaveBar.Chosen)
    def _chosen(self, event: SaveBar.Chosen) -> None:
        self._write(Path(event.path), force=False)

    def _write(self, path: Path, *, force: bool) -> None:
        try:
            text = self.kind.markdown(self.items, self.customer)
            written = write_text_file(path, text, force=force)
        except ExportExists as exists:
            self.app.push_screen(
                ConfirmDialog(
                    _("Replace {name}?").format(name=exists.path.name),
                    _("{path} already exists.").format(path=exists.path),
                    yes=_("Replace"),
                    no=_("Keep it"),
                    danger=True,
                ),
                lambda replace: self._write(path, force=True) if replace else None,
            )
            return
        except FocuscheckError as error:
            self.notify(str(error), title=_("Not saved"), severity="error", markup=False)
            return
        self.query_one(SaveBar).close()
        self.query_one("#list-table", DataTable).focus()
        self.notify(_("Saved {path}.").format(path=written), markup=False)
