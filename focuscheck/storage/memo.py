"""Work done per stored record, remembered while the record's content stays the same.

Ten years of check-ins are about 3,650 records, and a save changes one of them.
Validating every record on each read, or encoding every record on each write,
makes a save cost grow with the whole history; remembering the result per
record makes it grow with what changed.  A remembered result is reused only
when the record is *equal* to a private copy taken when it was computed, so an
edit by another process, a restore, or a record changed in place is always
noticed.  (Python equality counts ``1``, ``1.0`` and ``True`` as equal; the
entry format never stores those in the same field, so this cannot hide a
change the app makes.)
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any, Final, Generic, TypeVar

T = TypeVar("T")
Record = dict[str, Any]

_FLAT: Final = frozenset({str, int, float, bool, type(None)})


def snapshot(record: Record) -> Record:
    """A copy of ``record`` that later changes to ``record`` cannot reach."""
    copied = dict(record)
    for key, value in copied.items():
        if type(value) in _FLAT:
            continue
        if type(value) is list and all(type(item) in _FLAT for item in value):
            copied[key] = list(value)  # the common case (tags), much faster than deepcopy
        else:
            copied[key] = copy.deepcopy(value)
    return copied


class RecordMemo(Generic[T]):
    """Results of one function over the records of one table, keyed by document id."""

    def __init__(self) -> None:
        self._known: dict[str, tuple[Record, T]] = {}

    def derive(self, records: Mapping[str, Record], build: Callable[[str, Record], T]) -> list[T]:
        """``build(doc_id, record)`` for every record, reusing results for unchanged records.

        Records that are gone are forgotten, so the memo never holds more
        than the table does.  If ``build`` raises, the memo is left as it was.
        """
        known = self._known
        kept: dict[str, tuple[Record, T]] = {}
        results: list[T] = []
        for doc_id, record in records.items():
            found = known.get(doc_id)
            if found is not None and found[0] == record:
                kept[doc_id] = found
                results.append(found[1])
                continue
            value = build(doc_id, record)
            kept[doc_id] = (snapshot(record), value)
            results.append(value)
        self._known = kept
        return results

    def clear(self) -> None:
        self._known = {}
