"""Reading the CSV form of an anonymized export back into its JSON document.

The CSV repeats the document's header fields on every row and has one row per
entry (see ``docs/export-format.md``).  The document rebuilt here is checked
exactly like a JSON file, checksum included, so a CSV and a JSON file of the
same export are the same export to the coach.  Cells are read back with the
rule they were written with (:mod:`focuscheck.domain.csv_cells`), so a cell
marked as text for spreadsheets holds exactly the value the checksum covers.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from focuscheck.coach.export_format import ENTRY_FIELDS, HEADER_COLUMNS, VERSION
from focuscheck.coach.rejected import ExportRejected
from focuscheck.domain.checkin_fields import CHECKIN
from focuscheck.domain.csv_cells import from_cell, whole_number
from focuscheck.i18n import _


def csv_document(text: str) -> dict[str, Any]:
    """The document a CSV export was made from (not yet checked)."""
    try:
        rows = [
            [from_cell(cell) for cell in row]
            for row in csv.reader(io.StringIO(text, newline=""), strict=True)
        ]
    except csv.Error:
        raise ExportRejected(_("neither JSON nor a readable CSV file")) from None
    if not rows or tuple(rows[0][: len(HEADER_COLUMNS)]) != HEADER_COLUMNS:
        raise ExportRejected(
            _("not an anonymized focuscheck export (made with: focuscheck export --anonymize)")
        )
    header, body = rows[0], [row for row in rows[1:] if row]
    fields = header[len(HEADER_COLUMNS) :]
    if any(name not in ENTRY_FIELDS for name in fields) or len(set(header)) != len(header):
        raise ExportRejected(
            _("the CSV header does not match version {known}").format(known=VERSION)
        )
    if not body:
        raise ExportRejected(_("the CSV export holds no check-ins"))
    first = dict(zip(header, body[0], strict=False))
    document: dict[str, Any] = {name: first.get(name, "") for name in HEADER_COLUMNS}
    version = document["version"]
    number = whole_number(version)
    document["version"] = version if number is None else number
    document["team"] = document["team"] or None
    entries: list[dict[str, Any]] = []
    for number, row in enumerate(body, start=2):
        if len(row) != len(header):
            raise ExportRejected(_("row {row} has the wrong number of cells").format(row=number))
        cells = dict(zip(header, row, strict=True))
        if any(cells[name] != first[name] for name in HEADER_COLUMNS):
            raise ExportRejected(_("row {row} belongs to another export").format(row=number))
        entries.append({name: _typed(name, cells[name]) for name in fields})
    document["entries"] = entries
    return document


def _typed(name: str, cell: str) -> Any:
    """A cell as the JSON value it stands for; anything odd is left for the schema to refuse."""
    spec = CHECKIN.by_name.get(name)
    return cell if spec is None else spec.rules.export_cell(spec, cell)
