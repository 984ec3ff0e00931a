"""History: every check-in by date, searchable, with the full entry beside the list.

The journal is read in a thread worker, so the screen paints at once even with
ten years of entries; the detail pane is filled only for the highlighted row.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import DataTable, Footer, Header, Input, Static

from focuscheck.domain.clock import Clock
from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.entry import Entry
from focuscheck.domain.errors import FocuscheckError
from focuscheck.domain.history import EntryFilter, latest_first, on_or_before, select
from focuscheck.domain.settings import customer_term
from focuscheck.i18n import N_, _, ngettext
from focuscheck.screens.date_dialog import GoToDateDialog
from focuscheck.screens.host import host
from focuscheck.screens.journal_screen import JournalScreen
from focuscheck.screens.keys import translate_bindings
from focuscheck.screens.messages import EntryDeleted, EntryRestored
from focuscheck.screens.trash_words import delete_dialog, deleted_text, restored_text
from focuscheck.service.errors import TrashRefused
from focuscheck.service.journal_service import JournalService
from focuscheck.widgets.entry_card import EntryDetail
from focuscheck.widgets.entry_table import EntryTable
from focuscheck.widgets.filter_bar import FilterBar
from focuscheck.widgets.user_text import printable

HISTORY_HELP = N_(
    "Your check-ins, newest first. The search field has the focus when the screen opens, "
    "so you can start typing at once; Down moves to the list. Move through the "
    "list with the arrow keys, PgUp and PgDn move by a page, Home and End go to the "
    "newest and the oldest. The highlighted check-in is shown in full on the right: "
    "Enter moves there, PgUp and PgDn scroll it, and Enter again goes back to the list. "
    "G goes to a date: type it as 2026-11-03, yesterday or last friday.\n\n"
    "Search finds entries holding all the words you type. Tags takes one or more tags. "
    "From and To take dates such as 2026-11-01, yesterday, last monday or this month.\n\n"
    "In the list, E edits the highlighted check-in and D deletes it (you are asked first) "
    "and moves it to the trash for 30 days; U brings back the one just deleted. In the "
    "search fields these keys are just letters. Ctrl+L clears the filters, / goes back "
    "to the search, Esc goes back."
)
VALUE_WIDTH = 30
"""Characters of the value answer shown in the list (the detail pane shows it all)."""


def cell(text: str, width: int) -> Text:
    """``text`` as one line of at most ``width`` characters for a table, "…" when cut."""
    line = " ".join(printable(text[: width * 4]).split())
    if len(line) > width:
        line = line[: width - 1] + "…"
    return Text(line, no_wrap=True)


def _rating(value: int | None) -> Text:
    return Text(f"{value}/5" if value is not None else "–", no_wrap=True)


class HistoryScreen(JournalScreen):
    """Browse, search, edit and delete past check-ins."""

    DEFAULT_CSS = """
    HistoryScreen #history-count {
        height: 1;
        padding: 0 1;
        color: $text-muted;
    }
    HistoryScreen #history-body {
        height: 1fr;
    }
    HistoryScreen #history-table {
        width: 54;
        height: 1fr;
    }
    HistoryScreen #history-detail {
        width: 1fr;
        height: 1fr;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", N_("Back")),
        Binding("down", "to_list", N_("To the list"), show=False),
        Binding("enter", "to_list", N_("To the list")),
        Binding("g", "go_to_date", N_("Go to date")),
        Binding("e", "edit", N_("Edit")),
        Binding("d,delete", "delete", N_("Delete")),
        Binding("u", "undo_delete", N_("Undo delete")),
        Binding("slash,ctrl+f", "search", N_("Search")),
        Binding("ctrl+l", "clear_filters", N_("Clear filters"), show=False),
    ]
    HELP_TITLE: ClassVar[str] = N_("History")
    """Title of this screen's help (F1, shown by the app)."""
    HELP_TEXT: ClassVar[str] = HISTORY_HELP
    STATUS_LINE: ClassVar[str] = "#history-count"

    def __init__(self, service: JournalService, clock: Clock) -> None:
        super().__init__()
        translate_bindings(self)
        self.service = service
        """Where the entries are read from and deleted."""
        self.clock = clock
        """Gives today for date phrases in the filters."""
        self.entries: list[Entry] = []
        """Every entry, newest first, as last read."""
        self.shown: list[Entry] = []
        """The entries the filters let through, in table order."""
        self.wanted = EntryFilter()
        """The filter in force."""
        self.customer = CustomerTerm()
        """The configured word for the customer, used in the entry labels."""
        self._by_id: dict[str, Entry] = {}
        self._reload_on_resume = False
        self._undoable: Entry | None = None
        """The check-in deleted last from this screen, which U brings back."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield FilterBar(self.clock, id="history-filters")
        yield Static(_("Reading the journal…"), id="history-count", markup=False)
        with Horizontal(id="history-body"):
            yield EntryTable(id="history-table")
            yield EntryDetail(id="history-detail")
        yield Footer()

    def _prepare(self) -> None:
        self.title = _("History")
        table = self.query_one("#history-table", DataTable)
        table.add_column(_("Date"), width=10, key="date")
        table.add_column(_("Focus"), width=5, key="focus")
        table.add_column(_("Value"), width=VALUE_WIDTH, key="value")
        # Typing straight after opening searches; it never reaches the list's keys.
        self.query_one("#filter-search", Input).focus()
        self.load()

    # -- reading ----------------------------------------------------------

    @work(thread=True, exclusive=True, group="history-load")
    def load(self) -> None:
        """Read the journal off the UI thread, then show it."""
        try:
            entries = latest_first(self.service.entries())
            customer = customer_term(self.service.settings())
        except FocuscheckError as error:
            self.app.call_from_thread(self._show_problem, str(error))
            return
        self.app.call_from_thread(self._loaded, entries, customer)

    def _loaded(self, entries: list[Entry], customer: CustomerTerm) -> None:
        self.entries = entries
        self.customer = customer
        self._by_id = {entry.id: entry for entry in entries}
        self._fill_table()

    @on(FilterBar.Changed)
    def _filter_changed(self, event: FilterBar.Changed) -> None:
        self.wanted = event.wanted
        self._fill_table()

    def _fill_table(self) -> None:
        table = self.query_one("#history-table", DataTable)
        keep = self._highlighted_id()
        self.shown = select(self.entries, self.wanted)
        table.clear()
        for entry in self.shown:
            table.add_row(
                Text(entry.date.isoformat()),
                _rating(entry.focus),
                cell(entry.value, VALUE_WIDTH),
                key=entry.id,
                height=1,
            )
        total = len(self.entries)
        counted = ngettext("{shown} of {count} check-in", "{shown} of {count} check-ins", total)
        self.query_one("#history-count", Static).update(
            counted.format(shown=len(self.shown), count=total)
        )
        if keep is not None and keep in {entry.id for entry in self.shown}:
            table.move_cursor(row=table.get_row_index(keep), animate=False)
        self._show_detail(self._highlighted_id())

    def _highlighted_id(self) -> str | None:
        table = self.query_one("#history-table", DataTable)
        if not self.shown or table.row_count == 0:
            return None
        index = min(table.cursor_row, len(self.shown) - 1)
        return self.shown[index].id if index >= 0 else None

    def highlighted(self) -> Entry | None:
        """The entry under the cursor, if any."""
        found = self._highlighted_id()
        return self._by_id.get(found) if found is not None else None

    @on(DataTable.RowHighlighted, "#history-table")
    def _row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail(event.row_key.value)

    @on(DataTable.RowSelected, "#history-table")
    def _row_selected(self) -> None:
        self.query_one(EntryDetail).focus()

    def _show_detail(self, entry_id: str | None) -> None:
        entry = self._by_id.get(entry_id) if entry_id is not None else None
        self.query_one(EntryDetail).show_entry(entry, self.customer)

    def on_screen_resume(self) -> None:
        if self._reload_on_resume:
            self._reload_on_resume = False
            self.load()

    # -- actions ----------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Edit and delete act on a chosen row: only from the list or the entry shown."""
        if action in ("edit", "delete"):
            return self._row_chosen() or None
        if action == "to_list":
            return isinstance(self.focused, (Input, EntryDetail))
        if action == "go_to_date":
            # A list action; left out of the entry pane's footer, which needs the room.
            focused = self.focused
            return focused is not None and focused.id == "history-table"
        if action == "undo_delete":
            # Offered (and in the footer) only while there is something to undo.
            return self._undoable is not None
        return True

    def _row_chosen(self) -> bool:
        focused = self.focused
        return focused is not None and focused.id in ("history-table", "history-detail")

    def take_typing(self, character: str) -> bool:
        """Put a letter that reached no field into the search, unless the list has the focus.

        Letters typed straight after the key that opened History arrive before
        the search field has the focus; they belong in it, never to the list's keys.
        """
        search = self.query_one("#filter-search", Input)
        if self.focused not in (None, search):
            return False
        search.focus()
        search.insert_text_at_cursor(character)
        return True

    def on_key(self, event: events.Key) -> None:
        if event.is_printable and event.character and self.take_typing(event.character):
            event.stop()

    def action_to_list(self) -> None:
        self.query_one("#history-table", DataTable).focus()

    def action_go_to_date(self) -> None:
        def answered(wanted: date | None) -> None:
            if wanted is not None:
                self.go_to(wanted)

        self.app.push_screen(GoToDateDialog(self.clock), answered)

    def go_to(self, wanted: date) -> None:
        """Put the cursor on ``wanted``'s check-in, or the nearest earlier one, and say which."""
        found = on_or_before(self.shown, wanted)
        if found is None:
            text = _("No check-in on or before {day} in the list.")
            self.notify(text.format(day=wanted.isoformat()), severity="warning")
            return
        table = self.query_one("#history-table", DataTable)
        table.move_cursor(row=table.get_row_index(found.id), animate=False)
        table.focus()
        if found.date != wanted:
            text = _("No check-in on {day}; this is the nearest one before it, {found}.")
            self.notify(text.format(day=wanted.isoformat(), found=found.date.isoformat()))

    def action_back(self) -> None:
        self.dismiss()

    def action_search(self) -> None:
        self.query_one("#filter-search", Input).focus()

    def action_clear_filters(self) -> None:
        self.query_one(FilterBar).clear()

    def action_edit(self) -> None:
        entry = self.highlighted()
        if entry is None:
            self.notify(_("Choose a check-in first."), severity="warning")
            return
        self._reload_on_resume = True
        host(self).start_checkin(entry)

    def action_delete(self) -> None:
        entry = self.highlighted()
        if entry is None:
            self.notify(_("Choose a check-in first."), severity="warning")
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._delete(entry)

        self.app.push_screen(delete_dialog(entry), answered)

    @work(group="delete")
    async def _delete(self, entry: Entry) -> None:
        """Move ``entry`` to the trash; the app then tells every screen."""
        try:
            deleted = await self.service.run(self.service.delete_entry, entry.id)
        except FocuscheckError as error:
            host(self).report_error(error)
            return
        if deleted:
            self.notify(deleted_text(entry), timeout=12, markup=False)
            self._set_undoable(entry)
            self.post_message(EntryDeleted(entry))

    def action_undo_delete(self) -> None:
        entry = self._undoable
        if entry is None:
            return
        self._set_undoable(None)
        self._undo_delete(entry)

    @work(group="delete")
    async def _undo_delete(self, entry: Entry) -> None:
        try:
            await self.service.run(self.service.restore_from_trash, entry.id)
        except TrashRefused as error:  # that day has a check-in again, say
            self._set_undoable(entry)
            title = _("Not brought back")
            self.notify(str(error), title=title, severity="error", timeout=12, markup=False)
        except FocuscheckError as error:
            self._set_undoable(entry)
            host(self).report_error(error)
        else:
            self.notify(restored_text(entry))
            self.post_message(EntryRestored(entry))

    def _set_undoable(self, entry: Entry | None) -> None:
        self._undoable = entry
        self.refresh_bindings()
