"""Building exports: the anonymized document for a coach, and the person's own full copy.

The anonymized document follows ``docs/export-format.md`` and the JSON Schema in
``focuscheck/schemas``.  Entries lose their id and exact dates (they keep only
the period), free text and tags are scrubbed, and the entries are ordered by
period and then by a hash of their content, so their order says nothing finer
than the period.  A checksum over the canonical JSON lets the coach side tell a
file edited after export from one written by focuscheck.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, Final

from focuscheck.coach.anonymize import Scrubber, ScrubCounts, voice_names
from focuscheck.domain.alignment import checker
from focuscheck.domain.checkin_fields import CHECKIN, CheckinTable
from focuscheck.domain.csv_cells import to_cell
from focuscheck.domain.dates import Granularity, period_key
from focuscheck.domain.entry import Entry
from focuscheck.domain.entry_csv import to_csv
from focuscheck.domain.entry_io import to_json
from focuscheck.domain.field_kinds import Kind
from focuscheck.domain.settings import Settings, customer_word

FORMAT: Final = "focuscheck-anonymized-export"
VERSION: Final = 2
"""The version this focuscheck writes."""
READABLE: Final = (1, 2)
"""The versions a coach can load; an older one lacks the fields added since."""
MAX_LABEL: Final = 100
"""Longest team label or customer term put into an export."""

#: Fields of an entry that never leave home: the local id and the exact dates and times.
LOCAL_FIELDS: Final = tuple(spec.name for spec in CHECKIN.fields if not spec.exported)
#: Fields of an anonymized entry, in order; text fields are left out with ``--no-text``.
ENTRY_FIELDS: Final = ("period", *(spec.name for spec in CHECKIN.exported))
TEXT_ONLY_FIELDS: Final = tuple(spec.name for spec in CHECKIN.exported if spec.personal_text)
#: Columns that repeat the document's header on every CSV row.
HEADER_COLUMNS: Final = (
    "format",
    "version",
    "participant",
    "team",
    "granularity",
    "customer_term",
    "checksum",
)


class ExportFormat(StrEnum):
    """File formats of an export."""

    JSON = "json"
    CSV = "csv"


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What the person chose to send."""

    granularity: Granularity = Granularity.WEEK
    since: date | None = None
    until: date | None = None
    include_text: bool = True
    """False leaves every free-text field and the tags out (``--no-text``)."""
    team: str | None = None
    """Team label; None takes the one in the settings."""
    text_left_out: frozenset[str] = field(default_factory=frozenset)
    """Ids of entries whose text the person chose to keep at home."""


@dataclass(frozen=True, slots=True)
class EntryPreview:
    """One exported entry as the person reviews it before sending."""

    entry_id: str
    """The local id; it is never written to the export."""
    record: dict[str, Any]
    """Exactly what the export holds for this entry."""
    counts: ScrubCounts
    """What was scrubbed from this entry's text."""

    @property
    def period(self) -> str:
        return str(self.record["period"])

    @property
    def has_text(self) -> bool:
        return any(self.record.get(name) for name in TEXT_ONLY_FIELDS)


@dataclass(frozen=True, slots=True)
class AnonymizedExport:
    """An anonymized export ready to write, with what the person should see first."""

    document: dict[str, Any]
    entries: tuple[EntryPreview, ...]
    """The entries, in the document's order."""
    counts: ScrubCounts
    """Everything scrubbed, by kind."""


def in_range(entries: Iterable[Entry], since: date | None, until: date | None) -> list[Entry]:
    """Entries dated within ``since`` … ``until`` (either end open)."""
    return [
        entry
        for entry in entries
        if (since is None or entry.date >= since) and (until is None or entry.date <= until)
    ]


def scrubber_for(settings: Settings, entries: Iterable[Entry]) -> Scrubber:
    """A scrubber knowing the person's name, the names in settings and in voice quotes."""
    is_customer = checker(settings.customer_term, settings.customer_synonyms)
    names: set[str] = {settings.display_name, *settings.scrub_names}
    for entry in entries:
        if entry.voice_quote:
            names |= voice_names(entry.voice_quote, is_customer)
    return Scrubber(name for name in names if name)


def build_anonymized(
    entries: Sequence[Entry],
    settings: Settings,
    participant: str,
    options: ExportOptions,
    table: CheckinTable = CHECKIN,
) -> AnonymizedExport:
    """The anonymized export of ``entries`` (all of the journal; the options pick)."""
    scrubber = scrubber_for(settings, entries)
    previews: list[EntryPreview] = []
    for entry in in_range(entries, options.since, options.until):
        with_text = options.include_text and entry.id not in options.text_left_out
        record, counts = _anonymized_record(entry, options, scrubber, with_text, table)
        previews.append(EntryPreview(entry.id, record, counts))
    previews.sort(key=lambda item: (item.period, _digest(item.record)))
    team = settings.team if options.team is None else options.team
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "participant": participant,
        "granularity": options.granularity.value,
        "customer_term": customer_word(settings)[:MAX_LABEL],
        "team": team.strip()[:MAX_LABEL] or None,
        "entries": [item.record for item in previews],
    }
    document["checksum"] = checksum(document)
    total = sum((item.counts for item in previews), ScrubCounts())
    return AnonymizedExport(document, tuple(previews), total)


def _anonymized_record(
    entry: Entry,
    options: ExportOptions,
    scrubber: Scrubber,
    with_text: bool,
    table: CheckinTable = CHECKIN,
) -> tuple[dict[str, Any], ScrubCounts]:
    counts = ScrubCounts()
    record: dict[str, Any] = {"period": period_key(entry.date, options.granularity)}
    for spec in table.exported:
        value = getattr(entry, spec.name)
        if spec.personal_text and not options.include_text:
            continue
        if spec.free_text:
            value, found = scrubber.scrub(value) if with_text else ("", ScrubCounts())
            counts += found
        elif spec.kind is Kind.TAGS:
            value, found = _scrubbed_tags(value if with_text else (), scrubber)
            counts += found
        else:
            value = spec.rules.encode(value)
        record[spec.name] = value
    return record, counts


def _scrubbed_tags(tags: Iterable[str], scrubber: Scrubber) -> tuple[list[str], ScrubCounts]:
    counts = ScrubCounts()
    kept: list[str] = []
    for tag in tags:
        # ";" separates tags in the CSV form, so it cannot be part of one.
        scrubbed, found = scrubber.scrub(tag.replace(";", " "), label=True)
        counts += found
        if scrubbed.strip() and scrubbed not in kept:
            kept.append(scrubbed.strip())
    return kept, counts


def canonical_json(value: Any) -> bytes:
    """The one byte form of ``value`` that checksums and dedupe compare."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8")


def _digest(value: Any) -> str:
    return hashlib.sha256(canonical_json(value)).hexdigest()


def checksum(document: dict[str, Any]) -> str:
    """``sha256:…`` of the canonical JSON of ``document`` without its checksum."""
    body = {key: value for key, value in document.items() if key != "checksum"}
    return "sha256:" + _digest(body)


def document_json(document: dict[str, Any]) -> str:
    """The JSON file form of an anonymized export."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def csv_columns(include_text: bool) -> tuple[str, ...]:
    """The CSV header of an export with or without text."""
    fields = (
        ENTRY_FIELDS
        if include_text
        else tuple(name for name in ENTRY_FIELDS if name not in TEXT_ONLY_FIELDS)
    )
    return (*HEADER_COLUMNS, *fields)


def document_csv(document: dict[str, Any]) -> str:
    """The CSV file form: one row per entry, the document's header repeated on each."""
    entries: list[dict[str, Any]] = document["entries"]
    include_text = not entries or "value" in entries[0]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=csv_columns(include_text), lineterminator="\n")
    writer.writeheader()
    head = {name: _cell(document[name]) for name in HEADER_COLUMNS}
    for entry in entries:
        writer.writerow({**head, **{name: _cell(value) for name, value in entry.items()}})
    return buffer.getvalue()


def _cell(value: Any) -> str:
    """``value`` as a CSV cell, marked as text where a spreadsheet would run it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, list):
        return to_cell(";".join(str(item) for item in value))
    return to_cell(str(value))


def render(document: dict[str, Any], export_format: ExportFormat) -> str:
    """An anonymized export as the text of a file in ``export_format``."""
    if export_format is ExportFormat.CSV:
        return document_csv(document)
    return document_json(document)


def render_full(entries: Sequence[Entry], export_format: ExportFormat) -> str:
    """The person's own full export: the public entry format, which ``import`` reads back."""
    if export_format is ExportFormat.CSV:
        return to_csv(entries)
    return to_json(entries) + "\n"
