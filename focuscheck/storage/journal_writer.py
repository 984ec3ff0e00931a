"""Writing the journal's files: each changed file replaced once, atomically.

A year file gets a new write id with every write (``focuscheck status``
checks it, see :mod:`focuscheck.storage.quick_status`); the state file gets
its status record brought up to date.  A folder that could not be synced
after a replace leaves a warning: the save stands.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from focuscheck.storage.changes import Records, Step, apply, years_in
from focuscheck.storage.journal_reader import JournalReader
from focuscheck.storage.journal_view import View
from focuscheck.storage.schema import ENTRIES, STATUS, Data, year_meta
from focuscheck.storage.status_refresh import fresh_status
from focuscheck.storage.transaction import not_synced_warning


class JournalWriter:
    """Writes the files of the journal ``reader`` reads (lock held by the caller)."""

    def __init__(self, reader: JournalReader, warnings: list[str]) -> None:
        self.reader = reader
        self.warnings = warnings
        """The journal's warnings, where a save that stands but was not synced is noted."""

    def write(self, path: Path, data: Data) -> None:
        not_synced = self.reader.files.write(path, data)
        if not_synced is not None:
            self.warnings.append(not_synced_warning(not_synced))

    def write_state(self, state: Data, view: View | None = None) -> None:
        """Write the state file with its status record brought up to date."""
        state[STATUS] = {"1": fresh_status(self.reader, state, view)}
        self.write(self.reader.path, state)

    def write_year(self, year: int, records: Records) -> None:
        data: Data = {"_meta": {"1": year_meta(year, uuid.uuid4().hex)}, ENTRIES: records}
        self.write(self.reader.year_path(year), data)

    def apply(self, steps: list[Step]) -> None:
        """Write each year file the steps change, once."""
        files = self.reader.files
        for year in sorted(years_in(steps)):
            path = self.reader.year_path(year)
            records = self.reader.read(path)[ENTRIES] if files.exists(path) else {}
            self.write_year(year, apply(records, steps, year))
