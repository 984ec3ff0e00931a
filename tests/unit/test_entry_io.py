"""Import parsing (all or nothing) and the JSON/CSV writers (entry_io)."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from focuscheck.domain import entry_io
from focuscheck.domain.entry import FIELDS, Entry
from focuscheck.domain.entry_csv import to_csv
from focuscheck.domain.entry_format import entry_to_record
from focuscheck.domain.entry_io import MAX_IMPORT_ENTRIES, ImportRejected, parse_import, to_json
from focuscheck.domain.enums import VoiceSource, WasteCategory
from focuscheck.i18n import set_language

NOW = datetime(2026, 11, 26, 9, 30, tzinfo=timezone(timedelta(hours=1)))

FULL: dict[str, Any] = {
    "id": "0b6c7a3e-6f1e-4a5e-9d59-3f0f1c7e2a11",
    "date": "2026-11-25",
    "created_at": "2026-11-25T17:00:00+01:00",
    "updated_at": "2026-11-25T17:05:00+01:00",
    "salary": "The customer",
    "cornerstone": "Customer focus",
    "mission": "Healthy people, healthy town",
    "salary_aligned": True,
    "cornerstone_aligned": True,
    "mission_clarity": 3,
    "value": 'Fixed the "invoice" bug, finally',
    "voice_source": "colleague",
    "voice_quote": "Two lines\nof quote",
    "voice_shared": True,
    "waste_category": "admin",
    "waste_note": "Report nobody reads",
    "waste_status": "raised",
    "waste_raised_on": "2026-11-26",
    "waste_raised_where": "With my manager",
    "waste_closed_on": None,
    "waste_outcome": "",
    "focus": 4,
    "tags": ["support", "billing"],
}


BARE_ROW: dict[str, Any] = {"date": "2026-11-24", "value": "Answered the phone"}


def names_customer(answer: str) -> bool:
    return "customer" in answer.lower()


def parse(raw: str | bytes, filename: str = "in.json") -> list[Entry]:
    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    return parse_import(data, filename, now=NOW, is_aligned=names_customer)


def rejected(raw: str | bytes, filename: str = "in.json") -> ImportRejected:
    with pytest.raises(ImportRejected) as caught:
        parse(raw, filename)
    assert str(caught.value).endswith("Nothing was imported.")
    return caught.value


class TestJson:
    def test_a_list_of_records_round_trips(self) -> None:
        entries = parse(json.dumps([FULL]))
        assert [entry_to_record(e) for e in entries] == [FULL]

    def test_history_output_reads_back_unchanged(self) -> None:
        entries = parse(json.dumps([FULL, {**FULL, "id": None, "date": "2026-11-24"}]))
        again = parse(to_json(entries))
        assert again == entries

    def test_nulls_are_not_given(self) -> None:
        raw = [{"date": "2026-11-26", "value": "x", "focus": None, "waste_category": None}]
        (entry,) = parse(json.dumps(raw))
        assert entry.focus is None and entry.waste_category is None

    def test_a_byte_order_mark_is_fine(self) -> None:
        raw = b"\xef\xbb\xbf" + json.dumps([FULL]).encode()
        assert len(parse(raw)) == 1

    def test_an_empty_list_gives_no_entries(self) -> None:
        assert parse("  [ ]\n") == []

    def test_rows_without_id_get_the_same_id_every_time(self) -> None:
        raw = json.dumps(
            [{"date": "2026-11-26", "value": "x"}, {"date": "2026-11-26", "value": "y"}]
        )
        first, second = parse(raw), parse(raw)
        assert [e.id for e in first] == [e.id for e in second]
        assert first[0].id != first[1].id

    def test_alignment_is_computed_for_rows_that_lack_it(self) -> None:
        (entry,) = parse(json.dumps([{"date": "2026-11-26", "value": "x", "salary": "Customers"}]))
        assert entry.salary_aligned is True

    def test_the_row_number_counts_from_one(self) -> None:
        raw = json.dumps([FULL, {**FULL, "id": None, "focus": 9}])
        error = rejected(raw, "mine.json")
        assert error.row == 2
        assert str(error).startswith("mine.json, row 2: focus must be a whole number from 1 to 5")

    @pytest.mark.parametrize(
        ("raw", "reason"),
        [
            ("[{]", "not valid JSON (line 1, column 3)"),
            ('{"date": "2026-11-26"}', "expected a JSON list of entries"),
            ("[" * 100_000 + "]" * 100_000, "not valid JSON"),
            ("[1]", "row 1: an entry must be a JSON object"),
            ('[{"date": "2026-11-26", "value": "x", "mood": 3}]', "row 1: unknown field mood"),
        ],
    )
    def test_bad_files_are_refused_with_the_reason(self, raw: str, reason: str) -> None:
        assert reason in str(rejected(raw))

    def test_an_anonymized_export_is_refused(self) -> None:
        export = {"format": "focuscheck-anonymized-export", "version": 1, "entries": []}
        assert "anonymized export" in str(rejected(json.dumps(export)))

    def test_a_one_megabyte_field_is_refused_clearly(self) -> None:
        raw = json.dumps([{"date": "2026-11-26", "value": "x" * 1_000_000}])
        message = str(rejected(raw))
        assert "row 1: value is too long (1000000 characters; at most 20000)" in message
        assert len(message) < 300


def csv_text(rows: list[dict[str, str]], header: list[str] | None = None) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header or list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


class TestCsv:
    def test_our_own_csv_round_trips(self) -> None:
        entries = parse(json.dumps([FULL]))
        again = parse(to_csv(entries), "in.csv")
        assert [entry_to_record(e) for e in again] == [FULL]

    def test_tags_are_separated_by_semicolons(self) -> None:
        (entry,) = parse(csv_text([{"date": "2026-11-26", "value": "x", "tags": "a; b;;c"}]))
        assert entry.tags == ("a", "b", "c")

    @pytest.mark.parametrize(
        ("cell", "expected"),
        [("true", True), ("TRUE", True), ("1", True), ("yes", True), ("false", False),
         ("0", False), ("no", False)],
    )  # fmt: skip
    def test_booleans(self, cell: str, expected: bool) -> None:
        rows = [{"date": "2026-11-26", "value": "x", "salary_aligned": cell}]
        (entry,) = parse(csv_text(rows))
        assert entry.salary_aligned is expected

    @pytest.mark.parametrize("cell", ["", "null"])
    def test_empty_or_null_cells_mean_not_given(self, cell: str) -> None:
        row = {"date": "2026-11-26", "value": "x", "salary": "customers", "salary_aligned": cell}
        row |= {"focus": cell, "waste_category": "", "voice_source": ""}
        (entry,) = parse(csv_text([row]))
        assert entry.salary_aligned is True  # computed from the answer
        assert entry.focus is None and entry.waste_category is None
        assert entry.voice_source is VoiceSource.NONE

    def test_typed_columns(self) -> None:
        row = {"date": "2026-11-26", "value": "x", "focus": "5", "mission_clarity": "1"}
        row |= {"waste_category": "unclarity", "voice_source": "customer"}
        (entry,) = parse(csv_text([row]))
        assert (entry.focus, entry.mission_clarity) == (5, 1)
        assert entry.waste_category is WasteCategory.UNCLARITY

    def test_a_byte_order_mark_and_crlf_are_fine(self) -> None:
        raw = "\ufeffdate,value\r\n2026-11-26,Called back\r\n".encode()
        (entry,) = parse(raw, "excel.csv")
        assert entry.value == "Called back"

    def test_rows_without_id_keep_their_id_across_imports(self) -> None:
        raw = csv_text([{"date": "2026-11-26", "value": "x"}])
        assert parse(raw)[0].id == parse(raw)[0].id

    def test_an_unknown_column_is_refused(self) -> None:
        error = rejected(csv_text([{"date": "2026-11-26", "value": "x", "colour": "red"}]))
        assert "unknown column colour" in str(error)

    def test_a_csv_without_the_entry_columns_is_refused(self) -> None:
        error = rejected("name,age\nAda,36\n", "people.csv")
        assert "people.csv: not a JSON list, nor a CSV" in str(error)

    def test_the_row_number_counts_the_header(self) -> None:
        rows = [{"date": "2026-11-26", "value": "x"}, {"date": "2026-11-31", "value": "y"}]
        error = rejected(csv_text(rows), "mine.csv")
        assert error.row == 3
        assert "mine.csv, row 3: date '2026-11-31' is not a real date" in str(error)

    @pytest.mark.parametrize(
        ("row", "reason"),
        [
            ("2026-11-26,x,maybe", "salary_aligned must be true or false"),
            ("2026-11-26,x,true,3.5", "focus must be a whole number from 1 to 5"),
            ("2026-11-26,x,true,4,extra", "more cells than columns"),
        ],
    )
    def test_bad_cells_are_refused(self, row: str, reason: str) -> None:
        error = rejected(f"date,value,salary_aligned,focus\n{row}\n")
        assert f"row 2: {reason}" in str(error)

    def test_a_one_megabyte_cell_is_refused_clearly(self) -> None:
        raw = "date,value\n2026-11-26,x\n2026-11-27," + "x" * 1_000_000 + "\n"
        message = str(rejected(raw, "big.csv"))
        assert message.startswith("big.csv, row 3: a cell is too long")
        assert len(message) < 300


class TestRefusedFiles:
    def test_empty(self) -> None:
        assert str(rejected(" \n", "e.json")) == "e.json: the file is empty. Nothing was imported."

    def test_not_utf8(self) -> None:
        assert "not UTF-8" in str(rejected(b"\xff\xfe\x00d\x00a"))

    def test_all_or_nothing(self) -> None:
        rows = [{**FULL, "id": None, "date": f"2026-11-{day:02d}"} for day in range(1, 20)]
        rows.append({**FULL, "id": None, "focus": 0})
        assert rejected(json.dumps(rows)).row == 20


class TestAbsurdFiles:
    def test_a_file_over_40000_rows_is_refused_before_its_rows_are_read(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        def never(*_args: object, **_kwargs: object) -> Entry:
            raise AssertionError("a row was read")

        monkeypatch.setattr(entry_io, "entry_from_record", never)
        count = MAX_IMPORT_ENTRIES + 1
        raw = "date,value\n" + "2026-11-26,x\n" * count
        message = str(rejected(raw, "huge.csv"))
        assert message.startswith("huge.csv: the file holds 40001 entries")
        assert "at most 40000" in message
        rows = json.dumps([{"date": "2026-11-26", "value": "x"}] * count)
        assert "the file holds 40001 entries; an import takes at most 40000" in str(rejected(rows))

    def test_a_file_over_50_megabytes_is_refused_with_its_size(self) -> None:
        message = str(rejected(b" " * 50_000_001, "big.json"))
        assert message == (
            "big.json: the file is 50.0 MB; an import takes at most 50 MB. Nothing was imported."
        )

    def test_the_size_is_written_with_a_decimal_comma_in_swedish(self) -> None:
        set_language("sv")
        with pytest.raises(ImportRejected) as caught:
            parse(b" " * 52_500_000, "big.json")
        assert str(caught.value) == (
            "big.json: filen är 52,5 MB; en import tar högst 50 MB. Ingenting importerades."
        )

    def test_a_duplicate_id_with_different_content_refuses_the_file(self) -> None:
        rows = [{**FULL, "value": "first"}, {**FULL, "value": "second"}]
        error = rejected(json.dumps(rows))
        assert error.row == 2
        assert "row 2: it has the same id as row 1 but different content" in str(error)

    def test_the_same_row_twice_is_taken_once(self) -> None:
        assert len(parse(json.dumps([FULL, FULL]))) == 1
        assert len(parse(json.dumps([BARE_ROW, BARE_ROW]))) == 1

    @pytest.mark.parametrize("invisible", ["\u200b", "\u200b \u2060", "\ufeff", "\u00ad\u3164"])
    def test_a_value_made_only_of_invisible_characters_is_empty(self, invisible: str) -> None:
        error = rejected(json.dumps([{"date": "2026-11-26", "value": invisible}]))
        assert "row 1: value is required" in str(error)
        (entry,) = parse(
            json.dumps([{"date": "2026-11-26", "value": "x", "waste_note": invisible}])
        )
        assert entry.waste_note == ""

    def test_an_unterminated_quote_is_an_error_with_its_row(self) -> None:
        raw = 'date,value\n2026-11-25,fine\n2026-11-26,"never closed\n2026-11-27,y\n'
        error = rejected(raw, "open.csv")
        assert error.row == 3
        assert "open.csv, row 3: a quoted cell is never closed" in str(error)

    def test_a_five_thousand_digit_rating_is_a_validation_error(self) -> None:
        digits = "1" * 5_000
        in_csv = rejected(f"date,value,focus\n2026-11-26,x,{digits}\n", "in.csv")
        assert "row 2: focus must be a whole number from 1 to 5" in str(in_csv)
        in_json = rejected(f'[{{"date": "2026-11-26", "value": "x", "focus": {digits}}}]')
        assert "a number in the file has 5000 digits" in str(in_json)

    @pytest.mark.parametrize("cell", ["²", "٣", "1e3", "-1"])
    def test_a_rating_must_be_plain_digits(self, cell: str) -> None:
        error = rejected(f"date,value,focus\n2026-11-26,x,{cell}\n", "in.csv")
        assert "focus must be a whole number from 1 to 5" in str(error)

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("date", "0001-01-01"),
            ("date", "9999-12-31"),
            ("created_at", "0001-01-01T00:00:00+14:00"),
            ("updated_at", "9999-12-31T23:59:59-14:00"),
        ],
    )
    def test_dates_at_the_ends_of_the_calendar_are_refused(self, field: str, value: str) -> None:
        error = rejected(json.dumps([{"date": "2026-11-26", "value": "x", field: value}]))
        assert f"row 1: {field} must lie between the years 1900 and 2999" in str(error)


class TestWriters:
    def test_json_is_a_list_in_field_order(self) -> None:
        entries = parse(json.dumps([FULL]))
        data = json.loads(to_json(entries))
        assert isinstance(data, list) and list(data[0]) == list(FIELDS)

    def test_json_of_nothing_is_an_empty_list(self) -> None:
        assert to_json([]) == "[]"

    def test_json_keeps_non_ascii_readable(self) -> None:
        entries = parse(json.dumps([{"date": "2026-11-26", "value": "Kunden blev nöjd"}]))
        assert "nöjd" in to_json(entries)

    def test_csv_cells(self) -> None:
        entries = parse(json.dumps([{**FULL, "focus": None}]))
        (row,) = csv.DictReader(io.StringIO(to_csv(entries)))
        assert list(row) == list(FIELDS)
        assert row["tags"] == "support;billing"
        assert row["salary_aligned"] == "true"
        assert row["focus"] == ""
        assert row["voice_quote"] == "Two lines\nof quote"

    def test_csv_of_nothing_is_the_header(self) -> None:
        assert to_csv([]) == ",".join(FIELDS) + "\n"
