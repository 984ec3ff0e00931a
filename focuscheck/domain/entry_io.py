"""Reading and writing entries as files: JSON lists, CSV and Markdown.

Import is all or nothing: the first invalid row stops it with the file, the row
and the reason, and nothing is saved.
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Final

from focuscheck.domain.entry import FIELDS, Entry
from focuscheck.domain.entry_format import AlignmentCheck, entry_from_record, entry_to_record
from focuscheck.domain.errors import FocuscheckError, ValidationError
from focuscheck.i18n import _

MAX_IMPORT_BYTES: Final = 200 * 1024 * 1024
_BOOL_FIELDS: Final = ("salary_aligned", "cornerstone_aligned")
_INT_FIELDS: Final = ("mission_clarity", "focus")
#: Namespace of the ids given to imported rows that carry none (see :func:`_with_id`).
_ROW_IDS: Final = uuid.UUID("5f0c2a4e-8d1b-4c3e-9a7f-2b6d1e0c9f31")


class ImportRejected(FocuscheckError):
    """An import file that cannot be taken in whole."""

    def __init__(self, filename: str, reason: str, row: int | None = None) -> None:
        where = filename if row is None else _("{file}, row {row}").format(file=filename, row=row)
        super().__init__(
            _("{where}: {reason}. Nothing was imported.").format(where=where, reason=reason)
        )
        self.row = row


def parse_import(
    raw: bytes, filename: str, *, now: datetime, is_aligned: AlignmentCheck
) -> list[Entry]:
    """Entries from a JSON list or a CSV file, checked row by row."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRejected(filename, _("the file is not UTF-8 text")) from None
    stripped = text.lstrip()
    if not stripped:
        raise ImportRejected(filename, _("the file is empty"))
    if stripped[0] in "[{":
        records = _json_records(text, filename)
        first_row = 1
    else:
        records = _csv_records(text, filename)
        first_row = 2  # row 1 is the header
    entries: list[Entry] = []
    for index, record in enumerate(records):
        try:
            entries.append(entry_from_record(_with_id(record), now=now, is_aligned=is_aligned))
        except ValidationError as error:
            raise ImportRejected(filename, str(error), index + first_row) from None
    return entries


def _with_id(record: object) -> object:
    """``record`` with an id derived from its content when it has none.

    A random id would make a second import of the same id-less file add every
    row again; an id that follows from the row keeps import idempotent.
    """
    if not isinstance(record, dict) or record.get("id") not in (None, ""):
        return record
    content = {key: value for key, value in record.items() if key != "id"}
    try:
        canonical = json.dumps(content, sort_keys=True, ensure_ascii=False)
        # Hashing encodes to UTF-8, which a lone surrogate (a "\ud800" escape) cannot be.
        row_id = uuid.uuid5(_ROW_IDS, canonical)
    except (TypeError, ValueError, RecursionError):
        return record
    return {**content, "id": str(row_id)}


def _json_records(text: str, filename: str) -> list[Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        reason = _("not valid JSON (line {line}, column {column})").format(
            line=error.lineno, column=error.colno
        )
        raise ImportRejected(filename, reason) from None
    except RecursionError:
        raise ImportRejected(filename, _("not valid JSON (nested too deeply)")) from None
    if isinstance(data, dict) and data.get("format") == "focuscheck-anonymized-export":
        raise ImportRejected(
            filename,
            _("this is an anonymized export for a coach, not a journal; it cannot be imported"),
        )
    if not isinstance(data, list):
        raise ImportRejected(filename, _("expected a JSON list of entries"))
    return data


def _csv_records(text: str, filename: str) -> list[dict[str, Any]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    if "date" not in header or "value" not in header:
        raise ImportRejected(
            filename, _("not a JSON list, nor a CSV with the columns of the entry format")
        )
    unknown = [name for name in header if name not in FIELDS]
    if unknown:
        raise ImportRejected(filename, _("unknown column {name}").format(name=str(unknown[0])[:40]))
    records: list[dict[str, Any]] = []
    try:
        for index, row in enumerate(reader):
            if None in row:
                raise ImportRejected(filename, _("more cells than columns"), index + 2)
            records.append(_typed(row, filename, index + 2))
    except csv.Error as error:
        # The row being read is the one after the last row taken in.
        raise ImportRejected(filename, _csv_reason(error), len(records) + 2) from None
    return records


def _csv_reason(error: csv.Error) -> str:
    """A person's words for what the csv module found wrong."""
    if "field larger than field limit" in str(error):
        return _("a cell is too long (more than {limit} characters)").format(
            limit=csv.field_size_limit()
        )
    return _("not valid CSV ({detail})").format(detail=str(error)[:100])


def _typed(row: dict[str, Any], filename: str, line: int) -> dict[str, Any]:
    record: dict[str, Any] = {key: value for key, value in row.items() if value is not None}
    for name in _BOOL_FIELDS:
        value = str(record.get(name, "")).strip().lower()
        if value in ("", "null"):
            record.pop(name, None)
        elif value in ("true", "1", "yes"):
            record[name] = True
        elif value in ("false", "0", "no"):
            record[name] = False
        else:
            raise ImportRejected(
                filename, _("{name} must be true or false").format(name=name), line
            )
    for name in _INT_FIELDS:
        value = str(record.get(name, "")).strip()
        if value in ("", "null"):
            record[name] = None
        elif value.isdigit():
            record[name] = int(value)
        else:
            raise ImportRejected(
                filename, _("{name} must be a whole number from 1 to 5").format(name=name), line
            )
    if "tags" in record:
        record["tags"] = [tag for tag in str(record["tags"]).split(";") if tag.strip()]
    if record.get("waste_category") == "":
        record["waste_category"] = None
    return record


def to_json(entries: Sequence[Entry]) -> str:
    """Entries as a JSON list in the public entry format."""
    return json.dumps([entry_to_record(e) for e in entries], ensure_ascii=False, indent=2)


def to_csv(entries: Sequence[Entry]) -> str:
    """Entries as CSV, one row each; tags joined with ``;``."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    for entry in entries:
        writer.writerow(csv_row(entry_to_record(entry)))
    return buffer.getvalue()


def csv_row(record: dict[str, Any]) -> dict[str, str]:
    """A record's values as CSV cells (booleans as true/false, nulls empty)."""
    row: dict[str, str] = {}
    for key, value in record.items():
        if isinstance(value, bool):
            row[key] = "true" if value else "false"
        elif value is None:
            row[key] = ""
        elif isinstance(value, list):
            row[key] = ";".join(value)
        else:
            row[key] = str(value)
    return row
