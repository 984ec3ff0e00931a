"""The list of check-ins in History: one row each, moved through from the keyboard."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import DataTable

from focuscheck.i18n import N_
from focuscheck.screens.keys import translate_bindings


class EntryTable(DataTable[Text]):
    """A row-cursor table where Home and End go to the first and last check-in.

    DataTable's own Home and End move between columns, which a row cursor does
    not have, so they would do nothing; PgUp and PgDn already move by a page.
    Enter (selecting the row) is shown in the footer: it opens the entry to read.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", N_("Read in full")),
        Binding("home", "scroll_top", N_("First"), show=False),
        Binding("end", "scroll_bottom", N_("Last"), show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        translate_bindings(self)
