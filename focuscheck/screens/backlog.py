"""The improvement backlog and the voice log: lists to read and to save as Markdown.

Both screens share one shape (a list, the full text of the highlighted row, a
"save as" bar); the rows and the Markdown come from
:mod:`focuscheck.domain.backlog`, the file is written by the storage layer.
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

from focuscheck.domain import backlog
from focuscheck.domain.backlog import VoiceItem, WasteItem
from focuscheck.domain.clock import Clock
from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.entry import Entry
from focuscheck.domain.errors import FocuscheckError
from focuscheck.domain.settings import customer_term
from focuscheck.i18n import N_, _, ngettext
from focuscheck.screens.dialogs import ConfirmDialog
from focuscheck.screens.history import cell
from focuscheck.screens.journal_screen import JournalScreen
from focuscheck.screens.keys import translate_bindings
from focuscheck.service.files import ExportExists, write_text_file
from focuscheck.service.journal_service import JournalService
from focuscheck.widgets.save_bar import SaveBar
from focuscheck.widgets.user_text import literal

Item = TypeVar("Item", WasteItem, VoiceItem)

BACKLOG_HELP = N_(
    "Everything you noted as waste, newest first: internal work that adds nothing for "
    "the {customer}. Bring it to your team.\n\n"
    "The highlighted item is shown in full below the list. S saves the whole backlog "
    "as a Markdown file (you choose where; an existing file is only replaced if you "
    "say so). Esc goes back."
)
VOICES_HELP = N_(
    "What you heard from the {customer}, directly or from colleagues who meet them, in "
    "their words, "
    "newest first.\n\n"
    "The highlighted quote is shown in full below the list. S saves the whole log as a "
    "Markdown file (you choose where; an existing file is only replaced if you say so). "
    "Esc goes back."
)
TEXT_WIDTH = 52


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


class _ListScreen(JournalScreen, Generic[Item]):
    """A read-only list of items from the journal with a detail pane and Markdown export."""

    DEFAULT_CSS = """
    _ListScreen #list-count {
        height: 1;
        padding: 0 1;
        color: $text-muted;
    }
    _ListScreen #list-table {
        height: 1fr;
    }
    _ListScreen #list-detail {
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
        self.items = items
        self.customer = customer
        table = self.query_one("#list-table", DataTable)
        table.clear()
        for index, item in enumerate(items):
            table.add_row(*self.kind.row(item, customer), key=str(index), height=1)
        self.query_one("#list-count", Static).update(self.kind.count_text(len(items)))
        self._show_detail(0)

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


class WasteList:
    """The rows of the improvement backlog."""

    file_stem = "focuscheck-backlog"

    def columns(self) -> list[tuple[str, int | None]]:
        return [(_("Date"), 10), (_("Kind of waste"), 24), (_("Note"), TEXT_WIDTH)]

    def pick(self, entries: Sequence[Entry]) -> list[WasteItem]:
        return backlog.waste_items(entries)

    def row(self, item: WasteItem, customer: CustomerTerm) -> tuple[Text, ...]:
        return (
            Text(item.day.isoformat()),
            cell(backlog.waste_label(item.category), 24),
            cell(item.note, TEXT_WIDTH),
        )

    def detail(self, item: WasteItem, customer: CustomerTerm) -> Text:
        head = Text.assemble(
            (item.day.isoformat(), "bold"), "  ", (backlog.waste_label(item.category), "bold")
        )
        parts = [head, literal(item.note) if item.note else Text(_("(no note)"), style="dim")]
        if item.tags:
            parts.append(literal(_("Tags: {tags}").format(tags=", ".join(item.tags))))
        return Text("\n").join(parts)

    def markdown(self, items: Sequence[WasteItem], customer: CustomerTerm) -> str:
        return backlog.backlog_markdown(items)

    def count_text(self, count: int) -> str:
        return ngettext("{count} item noted", "{count} items noted", count).format(count=count)


class VoiceList:
    """The rows of the voice log."""

    file_stem = "focuscheck-voices"

    def columns(self) -> list[tuple[str, int | None]]:
        return [(_("Date"), 10), (_("Whose voice"), 24), (_("What was heard"), TEXT_WIDTH)]

    def pick(self, entries: Sequence[Entry]) -> list[VoiceItem]:
        return backlog.voice_items(entries)

    def row(self, item: VoiceItem, customer: CustomerTerm) -> tuple[Text, ...]:
        return (
            Text(item.day.isoformat()),
            cell(backlog.voice_label(item.source, customer), 24),
            cell(item.quote, TEXT_WIDTH),
        )

    def detail(self, item: VoiceItem, customer: CustomerTerm) -> Text:
        head = Text.assemble(
            (item.day.isoformat(), "bold"),
            "  ",
            (backlog.voice_label(item.source, customer), "bold"),
        )
        return Text("\n").join([head, literal(item.quote)])

    def markdown(self, items: Sequence[VoiceItem], customer: CustomerTerm) -> str:
        return backlog.voices_markdown(items, customer)

    def count_text(self, count: int) -> str:
        counted = ngettext("{count} voice written down", "{count} voices written down", count)
        return counted.format(count=count)


class BacklogScreen(_ListScreen[WasteItem]):
    """The improvement backlog: waste noted, to take to the team."""

    TITLE_TEXT = N_("Improvement backlog")
    HELP_TITLE: ClassVar[str] = N_("Improvement backlog")
    """Title of this screen's help (F1, shown by the app)."""
    HELP_TEXT: ClassVar[str] = BACKLOG_HELP

    def __init__(self, service: JournalService, clock: Clock) -> None:
        super().__init__(service, clock, WasteList())


class VoiceLogScreen(_ListScreen[VoiceItem]):
    """The voice log: what was heard, in the speakers' words."""

    TITLE_TEXT = N_("Voice log")
    HELP_TITLE: ClassVar[str] = N_("Voice log")
    """Title of this screen's help (F1, shown by the app)."""
    HELP_TEXT: ClassVar[str] = VOICES_HELP

    def __init__(self, service: JournalService, clock: Clock) -> None:
        super().__init__(service, clock, VoiceList())
