"""Entries as CSV: the columns of the entry format, one row per entry, tags joined with ``;``.

Cells go through :mod:`focuscheck.domain.csv_cells`, so a spreadsheet shows
every one as text, and reading gives back exactly what was written.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from typing import Any, Final

from focuscheck.domain.checkin_fields import CHECKIN, CheckinTable
from focuscheck.domain.csv_cells import from_cell, to_cell
from focuscheck.domain.entry import Entry
from focuscheck.domain.errors import ValidationError
from focuscheck.i18n import _

HEADER_ROW: Final = 1
"""The line of the column names; entries start on the next row."""


class CsvProblem(ValidationError):
    """A CSV file, or one of its rows, that cannot be read as entries."""

    def __init__(self, reason: str, row: int | None = None) -> None:
        super().__init__(reason)
        self.row = row
        """The row it is on, counting the header as row 1 (None: the whole file)."""


def to_csv(entries: Sequence[Entry], table: CheckinTable = CHECKIN) -> str:
    """Entries as CSV, one row each."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=table.names, lineterminator="\n")
    writer.writeheader()
    for entry in entries:
        writer.writerow(csv_row(table.encode(entry)))
    return buffer.getvalue()


def csv_row(record: dict[str, Any]) -> dict[str, str]:
    """A record's values as CSV cells (booleans as true/false, nulls empty)."""
    row: dict[str, str] = {}
    for key, value in record.items():
        if isinstance(value, bool):
            cell = "true" if value else "false"
        elif value is None:
            cell = ""
        elif isinstance(value, list):
            cell = ";".join(value)
        else:
            cell = str(value)
        row[key] = to_cell(cell)
    return row


def csv_rows(text: str, table: CheckinTable = CHECKIN) -> Iterator[dict[str, str]]:
    """The rows of a CSV file in the entry format, one by one, cells as written.

    Raises :class:`CsvProblem` (when the header or a row is reached) for a file
    that is not in the entry format.
    """
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        header = reader.fieldnames or []
    except csv.Error as error:
        raise CsvProblem(_csv_reason(error), HEADER_ROW) from None
    if any(name not in header for name in table.needed):
        raise CsvProblem(_("not a JSON list, nor a CSV with the columns of the entry format"))
    unknown = [name for name in header if name not in table.by_name]
    if unknown:
        raise CsvProblem(_("unknown column {name}").format(name=str(unknown[0])[:40]))
    row_number = HEADER_ROW
    try:
        for row in reader:
            row_number += 1
            if None in row:
                raise CsvProblem(_("more cells than columns"), row_number)
            yield {key: from_cell(cell) for key, cell in row.items() if cell is not None}
    except csv.Error as error:
        # The row being read is the one after the last row taken in.
        raise CsvProblem(_csv_reason(error), row_number + 1) from None


def _csv_reason(error: csv.Error) -> str:
    """A person's words for what the csv module found wrong."""
    detail = str(error)
    if "field larger than field limit" in detail:
        return _("a cell is too long (more than {limit} characters)").format(
            limit=csv.field_size_limit()
        )
    if "unexpected end of data" in detail:
        return _('a quoted cell is never closed (a " is missing)')
    return _("not valid CSV ({detail})").format(detail=detail[:100])


def typed_record(row: dict[str, str], table: CheckinTable = CHECKIN) -> dict[str, Any]:
    """A CSV row as the entry format's JSON object; :class:`ValidationError` for a bad cell."""
    return table.typed_row(row)
