"""Importing entries from files, and the JSON list that ``history --format json`` prints.

Import is all or nothing: the first invalid row stops it with the file, the row
and the reason, and nothing is saved.  A file too big to be a journal is turned
away before its rows are read, by its size and then by its count of entries.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import datetime
from itertools import islice
from typing import Any, Final

from focuscheck.domain import json_text
from focuscheck.domain.entry import Entry
from focuscheck.domain.entry_csv import HEADER_ROW, CsvProblem, csv_rows, typed_record
from focuscheck.domain.entry_format import AlignmentCheck, entry_from_record, entry_to_record
from focuscheck.domain.errors import FocuscheckError, ValidationError
from focuscheck.i18n import _, decimal

MAX_IMPORT_BYTES: Final = 50_000_000
"""The largest file import reads (50 MB; forty thousand full check-ins take far less)."""
MAX_IMPORT_ENTRIES: Final = 40_000
"""The most entries one import takes: over a century of daily check-ins."""
_MEGABYTE: Final = 1_000_000
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


def check_import_size(size: int, filename: str) -> None:
    """Refuse a file of ``size`` bytes that is too big to import, before it is read."""
    if size > MAX_IMPORT_BYTES:
        reason = _("the file is {size} MB; an import takes at most {limit} MB").format(
            size=decimal(size / _MEGABYTE), limit=MAX_IMPORT_BYTES // _MEGABYTE
        )
        raise ImportRejected(filename, reason)


def _check_count(count: int, filename: str) -> None:
    if count > MAX_IMPORT_ENTRIES:
        reason = _(
            "the file holds {count} entries; an import takes at most {limit} "
            "(over a century of daily check-ins)"
        ).format(count=count, limit=MAX_IMPORT_ENTRIES)
        raise ImportRejected(filename, reason)


def parse_import(
    raw: bytes, filename: str, *, now: datetime, is_aligned: AlignmentCheck
) -> list[Entry]:
    """Entries from a JSON list or a CSV file, checked row by row; each id once."""
    check_import_size(len(raw), filename)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRejected(filename, _("the file is not UTF-8 text")) from None
    stripped = text.lstrip()
    if not stripped:
        raise ImportRejected(filename, _("the file is empty"))
    if stripped[0] in "[{":
        records: Sequence[Any] = _json_records(text, filename)
        first_row = 1
    else:
        records = _csv_records(text, filename)
        first_row = HEADER_ROW + 1
    entries: dict[str, tuple[int, Entry]] = {}
    for row, record in enumerate(records, start=first_row):
        try:
            entry = entry_from_record(_with_id(record), now=now, is_aligned=is_aligned)
        except ValidationError as error:
            raise ImportRejected(filename, str(error), row) from None
        earlier = entries.setdefault(entry.id, (row, entry))
        if earlier[1] != entry:
            reason = _("it has the same id as row {other} but different content").format(
                other=earlier[0]
            )
            raise ImportRejected(filename, reason, row)
    return [entry for _row, entry in entries.values()]


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
        data = json_text.loads(text)
    except json.JSONDecodeError as error:
        reason = _("not valid JSON (line {line}, column {column})").format(
            line=error.lineno, column=error.colno
        )
        raise ImportRejected(filename, reason) from None
    except json_text.NumberTooLong as error:
        raise ImportRejected(filename, str(error)) from None
    except RecursionError:
        raise ImportRejected(filename, _("not valid JSON (nested too deeply)")) from None
    if isinstance(data, dict) and data.get("format") == "focuscheck-anonymized-export":
        raise ImportRejected(
            filename,
            _("this is an anonymized export for a coach, not a journal; it cannot be imported"),
        )
    if not isinstance(data, list):
        raise ImportRejected(filename, _("expected a JSON list of entries"))
    _check_count(len(data), filename)
    return data


def _csv_records(text: str, filename: str) -> list[dict[str, Any]]:
    rows = csv_rows(text)
    try:
        # Only as many rows as an import takes are kept; the rest are only counted.
        kept = list(islice(rows, MAX_IMPORT_ENTRIES + 1))
        if len(kept) > MAX_IMPORT_ENTRIES:
            _check_count(len(kept) + sum(1 for _row in rows), filename)
    except CsvProblem as problem:
        raise ImportRejected(filename, str(problem), problem.row) from None
    records: list[dict[str, Any]] = []
    for row, cells in enumerate(kept, start=HEADER_ROW + 1):
        try:
            records.append(typed_record(cells))
        except ValidationError as error:
            raise ImportRejected(filename, str(error), row) from None
    return records


def to_json(entries: Sequence[Entry]) -> str:
    """Entries as a JSON list in the public entry format."""
    return json.dumps([entry_to_record(e) for e in entries], ensure_ascii=False, indent=2)
