"""Changes to the entries, as steps that can be written down, replayed and undone by nobody.

A change to one year file is written in one atomic replace of that file.  A
change across files (an entry moving to another year, a delete into the
trash, an import over several years) is first written into the state file's
``pending`` table as these steps, then each year file is written, then the
steps are cleared.  Replaying a step twice does what doing it once did, so
after a crash at any moment the next writer finishes the change from the
state file, and until then every reader sees the files with the steps applied:
an entry is never lost between two files, nor shown twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final

Step = dict[str, Any]
"""``{"op": "put", "year": Y, "record": R}`` or ``{"op": "drop", "year": Y, "id": I}``."""
Records = dict[str, dict[str, Any]]

PUT: Final = "put"
DROP: Final = "drop"


def year_of(record: dict[str, Any]) -> int:
    """The year an entry record belongs to, by its date (``YYYY-MM-DD``)."""
    return int(str(record["date"])[:4])


def put_step(record: dict[str, Any]) -> Step:
    return {"op": PUT, "year": year_of(record), "record": record}


def drop_step(year: int, entry_id: str) -> Step:
    return {"op": DROP, "year": year, "id": entry_id}


def years_in(steps: Iterable[Step]) -> set[int]:
    return {int(step["year"]) for step in steps}


def apply(records: Records, steps: Iterable[Step], year: int) -> Records:
    """``records`` (a year's ``entries`` table) after the steps for ``year``; a new table.

    An entry put again keeps its document id; a new one gets the next free id,
    as TinyDB would give it.
    """
    table = dict(records)
    for step in steps:
        if int(step["year"]) != year:
            continue
        if step["op"] == DROP:
            _drop(table, str(step["id"]))
        else:
            _put(table, step["record"])
    return table


def _find(table: Records, entry_id: str) -> str | None:
    return next((doc_id for doc_id, rec in table.items() if rec.get("id") == entry_id), None)


def _drop(table: Records, entry_id: str) -> None:
    doc_id = _find(table, entry_id)
    if doc_id is not None:
        del table[doc_id]


def _put(table: Records, record: dict[str, Any]) -> None:
    doc_id = _find(table, str(record.get("id")))
    if doc_id is None:
        doc_id = str(max((int(key) for key in table), default=0) + 1)
    table[doc_id] = record
