"""A broken export header is refused with the same clear sentence, however the file is checked."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from focuscheck.coach.export_format import checksum, document_json
from focuscheck.coach.folding import Folding
from focuscheck.coach.loader import load_exports
from tests.unit.coach_support import export_document, week_of_entries

Change = Callable[[dict[str, Any]], object]

HEADERS: list[tuple[str, Change, str]] = [
    (
        "no-participant",
        lambda d: d.pop("participant"),
        "the file: the field participant is missing",
    ),
    ("odd-participant", lambda d: d.update(participant="anna"), 'participant: the value "anna"'),
    ("long-team", lambda d: d.update(team="x" * 101), "team: the value"),
    ("team-number", lambda d: d.update(team=5), "team: the value 5 is not allowed there"),
    ("empty-term", lambda d: d.update(customer_term=""), 'customer_term: the value ""'),
    ("extra-field", lambda d: d.update(owner="Anna"), "the file: unexpected field owner"),
    ("version-true", lambda d: d.update(version=True), "export version True is not supported"),
    ("version-3", lambda d: d.update(version=3), "export version 3 is not supported"),
    ("year", lambda d: d.update(granularity="year"), 'granularity: the value "year"'),
    ("entries-object", lambda d: d.update(entries={}), "entries: the value {} is not allowed"),
    ("wrong-format", lambda d: d.update(format="other"), "not an anonymized focuscheck export"),
]


@pytest.mark.parametrize(
    ("change", "message"),
    [pytest.param(change, message, id=name) for name, change, message in HEADERS],
)
def test_a_broken_header_is_refused_with_its_reason(
    tmp_path: Path, change: Change, message: str
) -> None:
    document = export_document(week_of_entries(0))
    change(document)
    # Resealed, so the header is what is wrong and not the checksum.
    document["checksum"] = checksum(document)
    path = tmp_path / "export.json"
    path.write_text(document_json(document), encoding="utf-8")
    assert Folding().quick(path.read_bytes()) is None
    loaded = load_exports([tmp_path])
    assert loaded.exports == ()
    assert [note.path for note in loaded.rejected] == [path]
    assert message in loaded.rejected[0].message


def test_a_missing_checksum_is_named(tmp_path: Path) -> None:
    document = export_document(week_of_entries(0))
    document.pop("checksum")
    path = tmp_path / "export.json"
    path.write_text(document_json(document), encoding="utf-8")
    (note,) = load_exports([path]).rejected
    assert note.message == "the file: the field checksum is missing"
