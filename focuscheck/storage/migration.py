"""A whole journal in one file, split into the state file and year files, and joined back.

The single-file shape is schema 1's ``journal.json`` and every backup.  When
the journal finds ``journal.json`` in that shape (an old journal, or a
backup being restored) it splits it: first every year file is written, then
``journal.json`` is replaced by the state file.  That last replace is the one
moment the journal changes shape; killed before it, the next open finds the
single file still there and splits it again, so it either finishes or never
began.
"""

from __future__ import annotations

from typing import Any

from focuscheck.storage.changes import Records, year_of
from focuscheck.storage.schema import (
    ENTRIES,
    META,
    SETTINGS,
    SINGLE_FILE_VERSION,
    STATE,
    TRASH,
    Data,
    new_state,
)


def split(whole: Data) -> tuple[Data, dict[int, Records]]:
    """The state file's data and each year's entries for the single-file journal ``whole``.

    The entries must have been checked: each one's date gives its year.
    """
    state = new_state()
    for name in (SETTINGS, STATE, TRASH):
        state[name] = dict(whole.get(name, {}))
    years: dict[int, Records] = {}
    for record in whole.get(ENTRIES, {}).values():
        table = years.setdefault(year_of(record), {})
        table[str(len(table) + 1)] = record
    return state, dict(sorted(years.items()))


def join(state: Data, years: dict[int, Records]) -> Data:
    """The whole journal in one file, from the state file's data and the years' entries."""
    entries: dict[str, dict[str, Any]] = {}
    for _year, records in sorted(years.items()):
        for record in records.values():
            entries[str(len(entries) + 1)] = record
    return {
        META: {"1": {"schema_version": SINGLE_FILE_VERSION}},
        ENTRIES: entries,
        SETTINGS: dict(state.get(SETTINGS, {})),
        STATE: dict(state.get(STATE, {})),
        TRASH: dict(state.get(TRASH, {})),
    }
