"""Re-using the bytes of unchanged records never changes what a journal file holds."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from focuscheck.storage.journal_file import EncodedRecords, encode

VALUES = st.one_of(
    st.text(max_size=20),
    st.integers(-5, 5),
    st.booleans(),
    st.none(),
    st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=3), st.text(max_size=5), max_size=2),
)
RECORDS = st.dictionaries(st.sampled_from(["id", "date", "value", "tags"]), VALUES, max_size=4)
TABLES = st.dictionaries(st.sampled_from(["1", "2", "3", "4"]), RECORDS, max_size=4)
FILES = st.fixed_dictionaries({"_meta": st.fixed_dictionaries({"1": RECORDS}), "entries": TABLES})


@settings(max_examples=200, deadline=None)
@given(st.lists(FILES, min_size=1, max_size=6))
def test_a_file_written_again_holds_what_it_would_hold_written_afresh(
    versions: list[dict[str, Any]],
) -> None:
    reuse = EncodedRecords()
    for data in versions:
        assert json.loads(encode(data, reuse)) == json.loads(encode(data))


def test_a_list_changed_in_place_is_written_as_it_is_now() -> None:
    reuse = EncodedRecords()
    record: dict[str, Any] = {"id": "a", "tags": ["one"]}
    data: dict[str, Any] = {"entries": {"1": record}}
    encode(data, reuse)
    record["tags"].append("two")
    assert json.loads(encode(data, reuse))["entries"]["1"]["tags"] == ["one", "two"]


def test_a_removed_record_is_forgotten() -> None:
    reuse = EncodedRecords()
    encode({"entries": {"1": {"id": "a"}, "2": {"id": "b"}}}, reuse)
    encode({"entries": {"1": {"id": "a"}}}, reuse)
    assert set(reuse.pieces) == {("entries", "1")}


def test_text_without_a_utf8_form_is_kept_escaped() -> None:
    raw = encode({"entries": {"1": {"value": "\ud800x"}}}, EncodedRecords())
    raw.decode("utf-8")
    assert json.loads(raw)["entries"]["1"]["value"] == "\ud800x"
