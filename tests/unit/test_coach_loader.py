"""Loading exports: each file checked on its own, refusals explained, duplicates skipped."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from focuscheck.coach.entry_check import first_misfit
from focuscheck.coach.export_format import ExportFormat, checksum, render, render_full
from focuscheck.coach.loader import load_exports, load_file
from focuscheck.coach.schema import ExportRejected, entry_rules, export_schema
from focuscheck.storage.journal import Journal
from tests.unit.coach_support import export_document, rewrite, week_of_entries, write_team


def _reseal(data: dict[str, Any]) -> None:
    """Recompute the checksum, as someone editing the file on purpose would."""
    data["checksum"] = checksum(data)


def test_a_team_folder_loads(tmp_path: Path) -> None:
    write_team(tmp_path / "team", 3)
    result = load_exports([tmp_path / "team"])
    assert len(result.exports) == 3
    assert result.rejected == () and result.duplicates == ()
    assert all(export.checkins == 6 for export in result.exports)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("[]", "not an anonymized focuscheck export"),
        ('[{"id": "x", "date": "2026-11-26", "value": "v"}]', "not an anonymized"),
        ('{"_meta": {"1": {"schema_version": 1}}, "entries": {}}', "not an anonymized"),
        ("date,value\n2026-11-26,hello\n", "not an anonymized"),
        ("{not json", "not valid JSON"),
        ("", "not an anonymized"),
    ],
)
def test_files_that_are_not_anonymized_exports_are_refused(
    tmp_path: Path, content: str, reason: str
) -> None:
    path = tmp_path / "file.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ExportRejected, match=reason):
        load_file(path)


def test_an_export_with_a_five_thousand_digit_number_is_refused_clearly(tmp_path: Path) -> None:
    document = export_document(week_of_entries(0))
    document["entries"][0]["focus"] = 1
    text = json.dumps(document).replace('"focus": 1', '"focus": ' + "9" * 5_000, 1)
    path = tmp_path / "huge.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ExportRejected, match="a number in the file has 5000 digits"):
        load_file(path)
    csv_path = tmp_path / "huge.csv"
    csv_text = render(document, ExportFormat.CSV)
    header, first, *rest = csv_text.splitlines()
    cells = first.split(",")
    cells[header.split(",").index("focus")] = "9" * 5_000
    csv_path.write_text("\n".join([header, ",".join(cells), *rest]) + "\n", encoding="utf-8")
    with pytest.raises(ExportRejected):
        load_file(csv_path)


@pytest.mark.parametrize(
    ("granularity", "period"),
    [("week", "9999-W52"), ("week", "2027-W53"), ("day", "0001-01-01"), ("month", "1899-12")],
)
def test_a_period_outside_the_calendar_is_refused_clearly(
    tmp_path: Path, granularity: str, period: str
) -> None:
    document = export_document(week_of_entries(0))
    document["granularity"] = granularity
    for item in document["entries"]:
        item["period"] = period
    _reseal(document)
    path = tmp_path / "far.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ExportRejected, match=f"the period {period} does not exist"):
        load_file(path)


def test_a_journal_and_a_full_export_are_refused(
    tmp_path: Path, data_dir: Path, clock: Any
) -> None:
    journal = Journal.open(data_dir, clock)
    for item in week_of_entries(0):
        journal.save_entry(item)
    full = tmp_path / "full.json"
    full.write_text(render_full_json(journal), encoding="utf-8")
    for path in (journal.path, full):
        with pytest.raises(ExportRejected, match="not an anonymized"):
            load_file(path)


def render_full_json(journal: Journal) -> str:
    return render_full(journal.entries(), ExportFormat.JSON)


TAMPERING = [
    (
        "an entry id",
        lambda d: d["entries"][0].update(id="0b6c7a3e-6f1e-4a5e-9d59-3f0f1c7e2a11"),
        "not anonymized",
    ),
    ("an exact date", lambda d: d["entries"][0].update(date="2026-11-24"), "not anonymized"),
    (
        "a timestamp",
        lambda d: d["entries"][0].update(created_at="2026-11-24T08:00:00+01:00"),
        "not anonymized",
    ),
    ("another version", lambda d: d.update(version=3), "version 3 is not supported"),
    ("an unknown field", lambda d: d.update(name="Anna"), "unexpected field name"),
    (
        "a day in a week export",
        lambda d: d["entries"][0].update(period="2026-11-24"),
        "entries\\[0\\]\\.period",
    ),
    ("a rating out of range", lambda d: d["entries"][0].update(focus=9), "entries\\[0\\]\\.focus"),
    ("a missing field", lambda d: d["entries"][0].pop("voice_source"), "voice_source is missing"),
    (
        "an e-mail address",
        lambda d: d["entries"][0].update(value="mail anna@firma.se"),
        "e-mail address",
    ),
    ("a phone number", lambda d: d["entries"][0].update(tags=["070-123 45 67"]), "phone number"),
    (
        "an identity number",
        lambda d: d["entries"][0].update(waste_note="850101-1234"),
        "identity number",
    ),
]


@pytest.mark.parametrize(("what", "change", "reason"), TAMPERING, ids=[t[0] for t in TAMPERING])
def test_tampered_files_are_refused_even_with_a_fresh_checksum(
    tmp_path: Path, what: str, change: Any, reason: str
) -> None:
    [path] = write_team(tmp_path, 1)
    rewrite(path, lambda data: (change(data), _reseal(data)))
    with pytest.raises(ExportRejected, match=reason):
        load_file(path)


def test_an_edit_without_a_new_checksum_is_refused(tmp_path: Path) -> None:
    [path] = write_team(tmp_path, 1)
    rewrite(path, lambda data: data["entries"][0].update(focus=1))
    with pytest.raises(ExportRejected, match="changed after export"):
        load_file(path)


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    paths = write_team(tmp_path / "team", 3)
    rewrite(paths[1], lambda data: data.update(version=7))
    (tmp_path / "team" / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    result = load_exports([tmp_path / "team", tmp_path / "missing.json"])
    assert len(result.exports) == 2
    refused = {note.path.name: note.message for note in result.rejected}
    assert "version 7" in refused["export-01.json"]
    assert "not an anonymized" in refused["notes.csv"]
    assert "no such file" in refused["missing.json"]


def test_the_same_export_twice_is_skipped_and_said_so(tmp_path: Path) -> None:
    [path] = write_team(tmp_path / "a", 1)
    copy = tmp_path / "b" / "renamed.json"
    copy.parent.mkdir()
    shutil.copy(path, copy)
    document = json.loads(path.read_text(encoding="utf-8"))
    as_csv = tmp_path / "b" / "same.csv"
    as_csv.write_text(render(document, ExportFormat.CSV), encoding="utf-8")
    result = load_exports([path, copy, as_csv, path])
    assert len(result.exports) == 1
    assert len(result.duplicates) == 3
    assert all("already loaded" in note.message for note in result.duplicates)


def test_csv_export_loads_like_json(tmp_path: Path) -> None:
    document = export_document(week_of_entries(0))
    path = tmp_path / "export.csv"
    path.write_text(render(document, ExportFormat.CSV), encoding="utf-8")
    loaded = load_file(path)
    assert loaded.participant == document["participant"]
    assert loaded.checkins == 3


# -- the fast entry check says what the schema says -------------------------------

VALUE = st.one_of(
    st.none(), st.booleans(), st.integers(-2, 8), st.floats(allow_nan=False), st.text(max_size=8),
    st.sampled_from(["customer", "colleague", "none", "admin", "red_tape", "2026-W48", "2026-11"]),
    st.lists(st.text(max_size=3), max_size=3),
)  # fmt: skip
FIELD = st.sampled_from(
    ["period", "value", "focus", "mission_clarity", "voice_source", "waste_category", "tags",
     "salary_aligned", "cornerstone_aligned", "id", "extra"]
)  # fmt: skip


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(FIELD, VALUE | st.just("__drop__")), max_size=4))
def test_fast_entry_check_agrees_with_the_json_schema(changes: list[tuple[str, Any]]) -> None:
    document = export_document(week_of_entries(0, per_week=1))
    record = document["entries"][0]
    for name, value in changes:
        if value == "__drop__":
            record.pop(name, None)
        else:
            record[name] = value
    schema_ok = not list(Draft202012Validator(export_schema()).iter_errors(document))
    fast_ok = first_misfit(document["entries"], "week", entry_rules()) is None
    integral_floats = any(
        isinstance(record.get(name), float) and float(record[name]).is_integer()
        for name in ("focus", "mission_clarity")
    )
    if integral_floats:
        assert not fast_ok  # stricter on purpose: 3.0 is not a rating
    else:
        assert fast_ok == schema_ok
