"""Cells a spreadsheet would run as formulas: written as text, read back exactly, everywhere."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from focuscheck.coach.export_format import ExportFormat, checksum, render
from focuscheck.coach.schema import parse_export
from focuscheck.domain.csv_cells import FORMULA_STARTS, TEXT_MARK, from_cell, to_cell
from focuscheck.domain.entry import Entry
from focuscheck.domain.entry_csv import to_csv
from focuscheck.domain.entry_format import entry_from_record
from focuscheck.domain.entry_io import parse_import
from focuscheck.domain.text import clean_text
from tests.unit.cli_support import Runner, make_runner, write_json
from tests.unit.coach_support import entry, export_document

NOW = datetime(2026, 11, 26, 9, 30, tzinfo=timezone(timedelta(hours=1)))
FORMULAS = ["=1+1", "+46 70 123", "-2", "@SUM(A1)", "=HYPERLINK(A1)", "'quoted", "''twice"]
#: Text that starts the way a spreadsheet or the rule itself cares about, then anything.
RISKY_TEXT = st.builds(
    lambda start, rest: start + rest,
    st.sampled_from([*FORMULA_STARTS, TEXT_MARK, TEXT_MARK * 2, ""]),
    st.text(max_size=30),
)


def _never(_answer: str) -> bool:
    return False


def cells_of(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


class TestTheRule:
    @pytest.mark.parametrize("value", FORMULAS)
    def test_a_risky_value_is_marked_as_text(self, value: str) -> None:
        assert to_cell(value) == "'" + value

    @pytest.mark.parametrize("value", ["plain", "", "1", "2026-11-26", "a=b", " =x"])
    def test_a_harmless_value_is_written_as_it_is(self, value: str) -> None:
        assert to_cell(value) == value

    @given(value=st.text())
    def test_every_value_comes_back_exactly(self, value: str) -> None:
        assert from_cell(to_cell(value)) == value

    @given(value=st.text())
    def test_no_written_cell_starts_like_a_formula(self, value: str) -> None:
        assert not to_cell(value).startswith(FORMULA_STARTS)


class TestHistoryCsv:
    def test_history_csv_marks_formula_cells_and_imports_back(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        run: Runner = make_runner(capsys)
        record = {
            "date": "2026-11-25",
            "value": "=HYPERLINK(A1)",
            "voice_source": "colleague",
            "voice_quote": "'Fine', she said",
            "waste_note": "@everyone again",
            "tags": ["-urgent", "support"],
        }
        assert run("import", write_json(tmp_path / "in.json", [record])).code == 0
        written = run("history", "--format", "csv").out
        header, row = cells_of(written)
        cells = dict(zip(header, row, strict=True))
        assert cells["value"] == "'=HYPERLINK(A1)"
        assert cells["voice_quote"] == "''Fine', she said"
        assert cells["waste_note"] == "'@everyone again"
        assert cells["tags"] == "'-urgent;support"
        (tmp_path / "mine.csv").write_text(written, encoding="utf-8")
        other = tmp_path / "other"
        assert run("--data-dir", other, "import", tmp_path / "mine.csv").code == 0
        again = json.loads(run("--data-dir", other, "history", "--format", "json").out)
        before = json.loads(run("history", "--format", "json").out)
        assert again == before

    @given(
        value=RISKY_TEXT.filter(lambda text: bool(clean_text(text))),
        quote=RISKY_TEXT,
        note=RISKY_TEXT,
    )
    def test_our_own_csv_imports_back_unchanged(self, value: str, quote: str, note: str) -> None:
        record = {
            "date": "2026-11-26",
            "value": value,
            "voice_source": "customer",
            "voice_quote": quote,
            "waste_note": note,
        }
        original = entry_from_record(record, now=NOW, is_aligned=_never)
        (back,) = parse_import(to_csv([original]).encode(), "mine.csv", now=NOW, is_aligned=_never)
        assert back == original


class TestAnonymizedCsv:
    def _document(self, *values: str) -> dict[str, object]:
        # Entries hold cleaned text (no carriage returns), as every way in makes sure.
        texts = [clean_text(value) for value in values]
        entries: list[Entry] = [entry(value=text, waste_note=text) for text in texts]
        return export_document(entries)

    def test_formula_cells_are_marked_and_the_coach_reads_them_back_exactly(self) -> None:
        document = self._document("=SUM(A1:A3)", "'as is", "+1 more", "-minus")
        written = render(document, ExportFormat.CSV)
        header, *rows = cells_of(written)
        values = sorted(dict(zip(header, row, strict=True))["value"] for row in rows)
        assert values == ["''as is", "'+1 more", "'-minus", "'=SUM(A1:A3)"]
        loaded = parse_export(written.encode())
        assert loaded == document
        assert loaded["checksum"] == checksum(loaded)

    @given(values=st.lists(RISKY_TEXT.filter(lambda text: bool(clean_text(text))), min_size=1))
    def test_any_text_survives_the_anonymized_csv(self, values: list[str]) -> None:
        document = self._document(*values)
        assert parse_export(render(document, ExportFormat.CSV).encode()) == document
