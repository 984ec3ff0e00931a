"""Remembered work per record: never stale, and the bytes written never differ."""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from focuscheck.storage.journal_file import decode, encode
from focuscheck.storage.memo import RecordMemo
from focuscheck.storage.schema import ENTRIES, new_journal
from tests.robustness.hostile import HOSTILE_TEXT

OPERATIONS = st.lists(
    st.tuples(
        st.sampled_from(["insert", "edit", "edit-in-place", "tag-in-place", "delete", "copy"]),
        st.integers(0, 7),
        st.one_of(HOSTILE_TEXT, st.integers(1, 5)),
    ),
    max_size=25,
)


def _has_surrogate(data: object) -> bool:
    return any(0xD800 <= ord(char) <= 0xDFFF for char in json.dumps(data, ensure_ascii=False))


def _record(value: object) -> dict[str, Any]:
    return {"id": "x", "value": str(value), "focus": 3, "tags": ["a"]}


def _apply(data: dict[str, Any], operation: str, slot: int, value: object) -> None:
    table = data[ENTRIES]
    key = str(slot + 1)
    if operation == "insert" or key not in table:
        table[key] = _record(value)
    elif operation == "edit":
        table[key] = {**table[key], ("focus" if isinstance(value, int) else "value"): value}
    elif operation == "edit-in-place":  # what TinyDB's update does to a document
        table[key]["value"] = str(value)
    elif operation == "tag-in-place":
        table[key]["tags"].append(str(value))
    elif operation == "delete":
        del table[key]
    else:  # the same content read afresh from disk: equal, but new objects
        data[ENTRIES] = copy.deepcopy(table)


@settings(max_examples=500, deadline=None)
@given(operations=OPERATIONS)
def test_remembered_encoding_is_byte_identical_to_encoding_everything(
    operations: list[tuple[str, int, object]],
) -> None:
    data = new_journal()
    fragments: RecordMemo[bytes] = RecordMemo()
    for operation, slot, value in operations:
        _apply(data, operation, slot, value)
        written = encode(data, fragments)
        assert decode(written) == json.loads(json.dumps(data))
        if not _has_surrogate(data):
            # (A lone surrogate is escaped per record here, in the whole file there.)
            assert written == encode(data)


@settings(max_examples=300, deadline=None)
@given(operations=OPERATIONS)
def test_remembered_results_follow_every_change(operations: list[tuple[str, int, object]]) -> None:
    data = new_journal()
    memo: RecordMemo[str] = RecordMemo()
    for operation, slot, value in operations:
        _apply(data, operation, slot, value)
        derived = memo.derive(data[ENTRIES], lambda _id, record: json.dumps(record))
        assert derived == [json.dumps(record) for record in data[ENTRIES].values()]
