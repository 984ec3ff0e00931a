"""``focuscheck import``: JSON and CSV, all or nothing, and importing twice changes nothing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from focuscheck.domain.entry import FIELDS
from tests.unit.cli_support import BARE, FULL, Runner, make_runner, write_json


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Runner:
    return make_runner(capsys)


def history(run: Runner) -> list[dict[str, object]]:
    result = run("history", "--format", "json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert isinstance(data, list)
    return data


class TestValidFiles:
    def test_json_round_trips_every_field(self, run: Runner, tmp_path: Path) -> None:
        result = run("import", write_json(tmp_path / "in.json", [BARE, FULL]))
        assert (result.code, result.out) == (0, "Imported 2 entries.\n")
        exported = history(run)
        assert exported == [FULL, BARE]
        assert all(tuple(record) == FIELDS for record in exported)

    def test_history_output_imports_into_another_journal(self, run: Runner, tmp_path: Path) -> None:
        run("import", write_json(tmp_path / "in.json", [FULL, BARE]))
        exported = tmp_path / "exported.json"
        exported.write_text(run("history", "--format", "json").out)
        other = tmp_path / "other"
        assert run("--data-dir", other, "import", exported).code == 0
        assert run("--data-dir", other, "history", "--format", "json").out == exported.read_text()

    def test_csv_round_trips_every_field(self, run: Runner, tmp_path: Path) -> None:
        run("import", write_json(tmp_path / "in.json", [FULL, BARE]))
        csv_file = tmp_path / "mine.csv"
        csv_file.write_text(run("history", "--format", "csv").out, encoding="utf-8")
        other = tmp_path / "other"
        result = run("--data-dir", other, "import", csv_file)
        assert (result.code, result.out) == (0, "Imported 2 entries.\n")
        again = json.loads(run("--data-dir", other, "history", "--format", "json").out)
        assert again == [FULL, BARE]

    def test_a_hand_written_csv(self, run: Runner, tmp_path: Path) -> None:
        csv_file = tmp_path / "sheet.csv"
        csv_file.write_bytes(
            "\ufeffdate,value,tags,focus,salary\r\n"
            "2026-11-23,Rang a customer back,phone;follow-up,4,The customers\r\n".encode()
        )
        assert run("import", csv_file).code == 0
        (record,) = history(run)
        assert record["tags"] == ["phone", "follow-up"]
        assert record["focus"] == 4
        assert record["salary_aligned"] is True  # computed: the answer names the customer
        assert record["created_at"] == "2026-11-26T09:30:00+01:00"  # the frozen clock

    def test_missing_fields_are_filled_in(self, run: Runner, tmp_path: Path) -> None:
        run("import", write_json(tmp_path / "in.json", [{"date": "2026-11-26", "value": "x"}]))
        (record,) = history(run)
        assert len(str(record["id"])) == 36
        assert record["voice_source"] == "none" and record["tags"] == []

    def test_importing_twice_adds_nothing(self, run: Runner, tmp_path: Path) -> None:
        source = write_json(tmp_path / "in.json", [FULL, BARE])
        run("import", source)
        before = history(run)
        result = run("import", source)
        assert result.code == 0
        assert result.out == "Imported 0 entries.\nSkipped 2 already in the journal.\n"
        assert history(run) == before

    def test_importing_an_id_less_file_twice_adds_nothing(
        self, run: Runner, tmp_path: Path
    ) -> None:
        rows = [{"date": "2026-11-25", "value": "a"}, {"date": "2026-11-26", "value": "b"}]
        source = write_json(tmp_path / "in.json", rows)
        run("import", source)
        result = run("import", source)
        assert "Skipped 2 already in the journal." in result.out
        assert len(history(run)) == 2

    def test_a_partly_known_file_adds_the_rest(self, run: Runner, tmp_path: Path) -> None:
        run("import", write_json(tmp_path / "one.json", [FULL]))
        result = run("import", write_json(tmp_path / "two.json", [FULL, BARE]))
        assert result.out == "Imported 1 entry.\nSkipped 1 already in the journal.\n"

    def test_swedish_counts(self, run: Runner, tmp_path: Path) -> None:
        source = write_json(tmp_path / "in.json", [FULL])
        assert run("--lang", "sv", "import", source).out == "Importerade 1 avstämning.\n"


class TestRefusedFiles:
    @pytest.fixture
    def journal_bytes(self, run: Runner, tmp_path: Path, data_dir: Path) -> bytes:
        """A journal holding FULL; a refused import must leave it byte for byte."""
        run("import", write_json(tmp_path / "start.json", [FULL]))
        return (data_dir / "journal.json").read_bytes()

    @pytest.mark.parametrize(
        ("name", "content", "message"),
        [
            (
                "rows.json",
                json.dumps([BARE, {**BARE, "id": None, "focus": 7}]),
                "rows.json, row 2: focus must be a whole number from 1 to 5",
            ),
            (
                "rows.csv",
                "date,value\n2026-11-20,ok\n2026-11-21,\n",
                "rows.csv, row 3: value is required",
            ),
            ("cols.csv", "date,value,mood\n2026-11-20,ok,3\n", "cols.csv: unknown column mood"),
            ("broken.json", '[{"date": "2026-11-20",', "broken.json: not valid JSON (line 1,"),
            ("object.json", '{"date": "2026-11-20"}', "object.json: expected a JSON list"),
            ("empty.json", "", "empty.json: the file is empty"),
            ("none.json", "[]", "none.json: the file holds no entries"),
            ("notes.txt", "just some notes\n", "notes.txt: not a JSON list, nor a CSV"),
            (
                "export.json",
                json.dumps({"format": "focuscheck-anonymized-export", "version": 1}),
                "export.json: this is an anonymized export for a coach",
            ),
            (
                "huge.json",
                json.dumps([{"date": "2026-11-20", "value": "x" * 1_000_000}]),
                "huge.json, row 1: value is too long (1000000 characters; at most 20000)",
            ),
        ],
    )
    def test_invalid_file_exits_1_and_imports_nothing(
        self,
        run: Runner,
        tmp_path: Path,
        data_dir: Path,
        journal_bytes: bytes,
        name: str,
        content: str,
        message: str,
    ) -> None:
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        result = run("import", path)
        assert result.code == 1
        assert result.err.startswith(f"Error: {tmp_path / message}")
        assert result.err.rstrip().endswith("Nothing was imported.")
        assert len(result.err) < 400
        assert result.out == ""
        assert (data_dir / "journal.json").read_bytes() == journal_bytes

    def test_a_file_over_50_megabytes_is_refused_before_it_is_read(
        self, run: Runner, tmp_path: Path, journal_bytes: bytes, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        path = tmp_path / "huge.json"
        with path.open("wb") as handle:
            handle.truncate(3_700_000_000)  # sparse: no disk used, nothing worth reading

        def never(self: Path) -> bytes:
            raise AssertionError("the file was read")

        monkeypatch.setattr(Path, "read_bytes", never)
        result = run("import", path)
        assert result.code == 1
        assert result.err == (
            f"Error: {path}: the file is 3700.0 MB; an import takes at most 50 MB. "
            "Nothing was imported.\n"
        )

    @pytest.mark.parametrize(
        ("name", "content", "message"),
        [
            (
                "focus.csv",
                "date,value,focus\n2026-11-20,x," + "9" * 5_000 + "\n",
                "row 2: focus must",
            ),
            (
                "focus.json",
                '[{"date": "2026-11-20", "value": "x", "focus": ' + "9" * 5_000 + "}]",
                "a number in the file has 5000 digits",
            ),
        ],
    )
    def test_a_five_thousand_digit_focus_is_a_clear_refusal(
        self,
        run: Runner,
        tmp_path: Path,
        journal_bytes: bytes,
        name: str,
        content: str,
        message: str,
    ) -> None:
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        result = run("import", path)
        assert result.code == 1
        assert message in result.err
        assert "unexpected problem" not in result.err

    def test_not_utf8(self, run: Runner, tmp_path: Path, journal_bytes: bytes) -> None:
        path = tmp_path / "latin1.csv"
        path.write_bytes("date,value\n2026-11-20,Kunden är nöjd\n".encode("latin-1"))
        result = run("import", path)
        assert result.code == 1 and "not UTF-8" in result.err

    def test_missing_file(self, run: Runner, tmp_path: Path) -> None:
        result = run("import", tmp_path / "nowhere.json")
        assert result.code == 1
        assert (
            result.err
            == f"Error: {tmp_path / 'nowhere.json'}: no such file. Nothing was imported.\n"
        )

    def test_folder(self, run: Runner, tmp_path: Path) -> None:
        result = run("import", tmp_path)
        assert result.code == 1
        assert "this is a folder, not a file" in result.err

    @pytest.mark.skipif(
        not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file"
    )
    def test_unreadable_file(self, run: Runner, tmp_path: Path) -> None:
        path = write_json(tmp_path / "locked.json", [FULL])
        path.chmod(0)
        result = run("import", path)
        assert result.code == 1
        assert result.err == f"Error: {path}: Permission denied. Nothing was imported.\n"

    def test_refusal_in_swedish(self, run: Runner, tmp_path: Path) -> None:
        path = write_json(tmp_path / "bad.json", [{"date": "2026-11-20", "value": "x", "focus": 0}])
        result = run("--lang", "sv", "import", path)
        assert result.code == 1
        assert result.err == (
            f"Fel: {path}, rad 1: fältet focus måste vara ett heltal från 1 till 5. "
            "Ingenting importerades.\n"
        )

    def test_missing_argument_is_a_usage_error(self, run: Runner) -> None:
        assert run("import").code == 2
