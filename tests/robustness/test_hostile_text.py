"""Hostile text at scale: the domain refuses or cleans it, storage keeps it, exports stay whole.

Every property runs on arbitrary Unicode (surrogates included), Rich/Textual
markup, ANSI and OSC escape sequences, bidi overrides, 1 MB values and 10,000
tags (see :mod:`tests.robustness.hostile`).
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any, Final

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from focuscheck.domain.clock import FixedClock
from focuscheck.domain.customer_term import term_for_word
from focuscheck.domain.entry import FIELDS, TEXT_FIELDS, Entry
from focuscheck.domain.entry_csv import csv_row, to_csv
from focuscheck.domain.entry_format import entry_from_record, entry_to_record
from focuscheck.domain.entry_io import ImportRejected, parse_import, to_json
from focuscheck.domain.entry_text import as_markdown, as_text
from focuscheck.domain.errors import ValidationError
from focuscheck.domain.settings import SPECS, Kind, Settings, set_value
from focuscheck.storage.journal import Journal
from focuscheck.storage.stored_entry import entry_from_stored
from tests.robustness.hostile import ACCEPTED_ENTRIES, HOSTILE_TEXT, HUGE_TEXT, NOW, RAW_RECORDS

MANY: Final = settings(
    max_examples=2000,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
        HealthCheck.function_scoped_fixture,
    ],
)
FEWER: Final = settings(MANY, max_examples=1000)
SOME: Final = settings(MANY, max_examples=200)

#: What must never survive into the domain: C0 (but tab and newline), DEL, C1, bidi, surrogates.
UNSAFE: Final = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\ud800-\udfff]"
)


def _never(_text: str) -> bool:
    return False


def texts_of(entry: Entry) -> list[str]:
    return [*(getattr(entry, name) for name in TEXT_FIELDS), *entry.tags]


@MANY
@given(raw=RAW_RECORDS)
def test_validation_raises_only_its_own_error_and_lets_no_unsafe_character_in(
    raw: dict[str, Any],
) -> None:
    try:
        entry = entry_from_record(raw, now=NOW, is_aligned=_never)
    except ValidationError as error:
        assert str(error)
        return
    for text in texts_of(entry):
        assert not UNSAFE.search(text)
        assert "\r" not in text
        assert len(text) <= 20_000
    assert len(entry.tags) <= 50


@FEWER
@given(entry=ACCEPTED_ENTRIES)
def test_what_validation_accepts_reads_back_unchanged_from_the_journal(entry: Entry) -> None:
    record = entry_to_record(entry)
    assert entry_to_record(entry_from_stored(record, now=NOW)) == record


@MANY
@given(entry=ACCEPTED_ENTRIES)
def test_storage_round_trips_exactly_what_was_accepted(
    entry: Entry, tmp_path_factory: pytest.TempPathFactory, clock: FixedClock
) -> None:
    # A journal of its own per example: what earlier examples left in the trash stays out.
    journal = Journal.open(tmp_path_factory.mktemp("journal"), clock)
    journal.save_entry(entry)
    # A journal object of its own reads the file afresh, with nothing cached.
    fresh = Journal(journal.path, clock)
    stored = fresh.entry(entry.id)
    assert stored is not None
    assert entry_to_record(stored) == entry_to_record(entry)
    # Deleting keeps it, exactly, in the trash.
    assert fresh.delete_entry(entry.id)
    assert [entry_to_record(item.entry) for item in fresh.trash()] == [entry_to_record(entry)]
    fresh.close()
    journal.close()


@SOME
@given(raw=st.lists(RAW_RECORDS, max_size=3))
def test_importing_hostile_json_is_all_or_nothing_with_a_reason(raw: list[Any]) -> None:
    data = json.dumps(raw).encode()
    try:
        entries = parse_import(data, "in.json", now=NOW, is_aligned=_never)
    except ImportRejected as error:
        assert "in.json" in str(error)
        return
    assert len(entries) == len(raw)


@SOME
@given(cells=st.lists(st.lists(HOSTILE_TEXT, min_size=3, max_size=3), max_size=4), huge=HUGE_TEXT)
def test_importing_hostile_csv_is_all_or_nothing_with_a_reason(
    cells: list[list[str]], huge: str
) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["date", "value", "tags"])
    writer.writerows(cells)
    writer.writerow(["2026-11-26", huge, ""])
    data = buffer.getvalue().encode("utf-8", "surrogatepass")
    try:
        parse_import(data, "in.csv", now=NOW, is_aligned=_never)
    except ImportRejected as error:
        assert "in.csv" in str(error)


def _no_terminal_controls(text: str) -> None:
    assert not UNSAFE.search(text), "a control, bidi or surrogate character got through"
    assert "\x1b" not in text


@MANY
@given(entries=st.lists(ACCEPTED_ENTRIES, max_size=4))
def test_every_history_format_stays_well_formed(entries: list[Entry]) -> None:
    records = [entry_to_record(entry) for entry in entries]
    # JSON: parses back to exactly the records, and imports back to the same entries.
    as_json = to_json(entries)
    assert json.loads(as_json) == records
    again = parse_import(as_json.encode(), "h.json", now=NOW, is_aligned=_never)
    assert [entry_to_record(e) for e in again] == records
    # CSV: one row per entry, every cell intact, and it imports back.
    rows = list(csv.reader(io.StringIO(to_csv(entries), newline="")))
    assert rows[0] == list(FIELDS)
    assert rows[1:] == [list(csv_row(record).values()) for record in records]
    back = parse_import(to_csv(entries).encode(), "h.csv", now=NOW, is_aligned=_never)
    assert [_without_tags(entry_to_record(e)) for e in back] == [_without_tags(r) for r in records]
    # Markdown and text: one heading or block per entry, nothing a terminal would act on.
    markdown = as_markdown(entries, term_for_word("customer"))
    _no_terminal_controls(markdown)
    assert "<" not in markdown
    headings = [line for line in markdown.splitlines() if line.startswith("## ")]
    assert len(headings) == len(entries)
    plain = as_text(entries, term_for_word("customer"))
    _no_terminal_controls(plain)


def _without_tags(record: dict[str, Any]) -> dict[str, Any]:
    # A tag may itself hold ";" (the CSV tag separator), so CSV may split it; see the report.
    return {key: value for key, value in record.items() if key != "tags"}


TEXT_SETTINGS: Final = [spec.name for spec in SPECS if spec.kind in (Kind.TEXT, Kind.LONG_TEXT)]
LIST_SETTINGS: Final = [spec.name for spec in SPECS if spec.kind is Kind.LIST]


@SOME
@given(
    name=st.sampled_from(TEXT_SETTINGS + LIST_SETTINGS),
    values=st.lists(st.one_of(HOSTILE_TEXT, HUGE_TEXT), min_size=1, max_size=3),
)
def test_settings_take_hostile_text_cleanly_or_refuse_it(name: str, values: list[str]) -> None:
    try:
        changed = set_value(Settings(), name, values)
    except ValidationError as error:
        assert str(error)
        return
    value = getattr(changed, name)
    for text in value if isinstance(value, tuple) else (value,):
        assert not UNSAFE.search(text)


@pytest.mark.parametrize("output_format", ["text", "json", "csv", "md"])
def test_the_history_command_prints_hostile_entries_inertly(
    output_format: str, capsys: pytest.CaptureFixture[str], data_dir: Path, clock: FixedClock
) -> None:
    from focuscheck.cli.main import main
    from tests.robustness.hostile import SNIPPETS

    journal = Journal.open(data_dir, clock)
    hostile = "".join(SNIPPETS)
    raw = {
        "date": "2026-11-25",
        "value": hostile,
        "voice_source": "customer",
        "voice_quote": hostile,
        "tags": ["[/]", "\x1b[2J", "ok"],
    }
    journal.save_entry(entry_from_record(raw, now=NOW, is_aligned=_never))
    capsys.readouterr()
    with pytest.raises(SystemExit) as done:
        main(["history", "--format", output_format])
    out = capsys.readouterr().out
    assert done.value.code == 0
    _no_terminal_controls(out)
    if output_format == "json":
        assert json.loads(out)[0]["value"].startswith("[/][@click=app.quit]quit[/]")


def test_a_lone_surrogate_in_a_draft_is_kept_and_the_file_stays_utf8(
    data_dir: Path, clock: FixedClock
) -> None:
    journal = Journal.open(data_dir, clock)
    journal.save_draft({"value": "half a \ud800 thought"})
    journal.path.read_bytes().decode("utf-8")
    assert Journal.open(data_dir, clock).draft() == {"value": "half a \ud800 thought"}
