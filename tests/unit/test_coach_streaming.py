"""Loading streams: the quick check and counting give what the full check and entries give."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from focuscheck.coach import quick_check
from focuscheck.coach.aggregate import review
from focuscheck.coach.export_format import canonical_json, checksum, document_json
from focuscheck.coach.folding import Folding, entry_of
from focuscheck.coach.loader import LoadedExport, load_exports
from focuscheck.coach.progress import Progress
from focuscheck.coach.schema import ExportRejected, export_schema, parse_export
from focuscheck.domain.dates import Granularity
from focuscheck.domain.enums import VoiceSource, WasteCategory
from tests.unit.coach_support import export_document, week_of_entries, write_team

#: Texts with what JSON must escape, what it need not, and letters beyond Latin-1.
TEXTS = st.text(st.characters(exclude_categories=["Cs"]), max_size=30)


def _one_by_one(paths: list[Path]) -> list[LoadedExport]:
    """Each file fully checked and counted from its entries, as loading worked before."""
    exports = []
    for path in paths:
        document = parse_export(path.read_bytes())
        exports.append(
            LoadedExport.of_entries(
                source=path,
                digest=document["checksum"],
                participant=document["participant"],
                granularity=Granularity(document["granularity"]),
                customer_term=document["customer_term"],
                team=document["team"],
                entries=[entry_of(record) for record in document["entries"]],
            )
        )
    return exports


def test_streaming_gives_the_same_review_as_loading_each_file_on_its_own(tmp_path: Path) -> None:
    paths = write_team(tmp_path / "weeks", 6, weeks=4)
    paths += write_team(tmp_path / "days", 5, weeks=3, granularity=Granularity.DAY, waste_for=2)
    assert all(Folding().quick(path.read_bytes()) for path in paths)
    streamed = load_exports([tmp_path / "weeks", tmp_path / "days"])
    assert [export.source for export in streamed.exports] == paths
    assert review(streamed.exports, 5) == review(_one_by_one(paths), 5)
    assert [dict(e.tallies) for e in streamed.exports] == [
        dict(e.tallies) for e in _one_by_one(paths)
    ]


def test_loading_tells_its_progress_up_to_the_last_file(tmp_path: Path) -> None:
    write_team(tmp_path / "team", 4)
    told: list[Progress] = []
    load_exports([tmp_path / "team"], told.append)
    assert told[-1].done == told[-1].total == 4
    assert "4 of 4 files" in told[-1].line


@given(texts=st.lists(TEXTS, min_size=1, max_size=5))
@settings(max_examples=200)
def test_the_quick_checksum_form_is_the_canonical_json(texts: list[str]) -> None:
    document = {"b": texts, "a": {"z": None, "y": True, "x": [1, 5, -3]}, "é": "ä"}
    assert msgspec.json.encode(document, order="sorted") == canonical_json(document)


_ENTRY_CHANGES = st.sampled_from(
    [
        ("focus", 3.0),
        ("focus", True),
        ("focus", 6),
        ("mission_clarity", "4"),
        ("voice_source", "boss"),
        ("waste_category", ""),
        ("period", "2026-W53"),
        ("period", "2026-11"),
        ("tags", [""]),
        ("tags", "kund"),
        ("value", None),
        ("value", "mail me at anna@example.com"),
        ("id", "x"),
        ("extra", 1),
    ]
)
_HEADER_CHANGES = st.sampled_from(
    [
        ("version", True),
        ("version", 3),
        ("participant", "p-1"),
        ("team", "x" * 101),
        ("customer_term", ""),
        ("granularity", "year"),
        ("checksum", "sha256:00"),
        ("extra", "x"),
    ]
)


@given(
    entry_change=st.none() | _ENTRY_CHANGES,
    header_change=st.none() | _HEADER_CHANGES,
    where=st.integers(0, 5),
    resealed=st.booleans(),
    text=TEXTS,
)
@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
def test_the_quick_check_accepts_only_what_the_full_check_accepts(
    entry_change: tuple[str, Any] | None,
    header_change: tuple[str, Any] | None,
    where: int,
    resealed: bool,
    text: str,
) -> None:
    document = export_document(week_of_entries(0, value=text) + week_of_entries(1))
    if entry_change is not None:
        document["entries"][where][entry_change[0]] = entry_change[1]
    if header_change is not None:
        document[header_change[0]] = header_change[1]
    if resealed:
        document["checksum"] = checksum(document)
    raw = document_json(document).encode()
    quick = Folding().quick(raw)
    try:
        full = Folding().full(parse_export(raw))
    except ExportRejected:
        assert quick is None
    else:
        assert quick is None or quick == full


def test_an_older_version_loads_the_same_quickly_as_fully(tmp_path: Path) -> None:
    document = export_document(week_of_entries(0, voice_source=VoiceSource.COLLEAGUE))
    document["version"] = 1
    for record in document["entries"]:
        for name in ("voice_shared", "waste_status", "waste_raised_where", "waste_outcome"):
            record.pop(name)
    document["checksum"] = checksum(document)
    raw = json.dumps(document).encode()
    quick = Folding().quick(raw)
    assert quick is not None
    assert quick == Folding().full(parse_export(raw))


def test_a_csv_export_counts_as_its_json_twin(tmp_path: Path) -> None:
    from focuscheck.coach.export_format import document_csv

    document = export_document(week_of_entries(0, waste_category=WasteCategory.ADMIN))
    (tmp_path / "a.json").write_text(document_json(document), encoding="utf-8")
    (tmp_path / "b.csv").write_text(document_csv(document), encoding="utf-8")
    loaded = load_exports([tmp_path])
    assert len(loaded.exports) == 1 and len(loaded.duplicates) == 1
    twin = Folding().full(parse_export((tmp_path / "b.csv").read_bytes()))
    assert dict(loaded.exports[0].tallies) == dict(twin.tallies)


def test_a_schema_keyword_the_quick_check_cannot_hold_a_file_to_stops_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    schema = json.loads(json.dumps(export_schema(2)))
    schema["$defs"]["entry"]["properties"]["focus"] = {"type": "integer", "multipleOf": 2}
    monkeypatch.setattr(quick_check, "export_schema", lambda version: schema)
    quick_check.decoder.cache_clear()
    try:
        with pytest.raises(quick_check.UnknownKeyword, match="multipleOf"):
            quick_check.decoder(2)
    finally:
        quick_check.decoder.cache_clear()
