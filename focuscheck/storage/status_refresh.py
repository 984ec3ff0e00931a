"""Keeping the state file's ``status`` record in line with the year files.

``focuscheck status`` trusts the record only while every year file still
matches it (see :mod:`focuscheck.storage.quick_status`); the journal rewrites
it with every write of the state file, and when it finds it out of date.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from focuscheck.storage.journal_reader import JournalReader
from focuscheck.storage.journal_view import View, pending_steps, settings_of
from focuscheck.storage.quick_status import status_record
from focuscheck.storage.schema import STATUS, Data, is_single_file


def fresh_status(reader: JournalReader, state: Data, view: View | None = None) -> dict[str, Any]:
    """The status record for the state file ``state`` and the year files as they are now.

    The stored record is kept while it still matches; ``view``, if given, is
    the journal ``state`` belongs to.
    """
    stored = next(iter(state.get(STATUS, {}).values()), None)
    files = _fingerprints(reader)
    workdays = settings_of(state).workdays
    if stored is not None and _matches(stored, files, workdays):
        return stored
    view = view if view is not None and not view.overlaid else reader.view_of(state)
    return status_record(view.dates(), workdays, files)


def is_stale(reader: JournalReader, state: Data) -> bool:
    """Whether the status record no longer matches the year files (or cannot be trusted)."""
    if is_single_file(state) or pending_steps(state):
        return True
    stored = next(iter(state.get(STATUS, {}).values()), None)
    return stored is None or not _matches(
        stored, _fingerprints(reader), settings_of(state).workdays
    )


def _fingerprints(reader: JournalReader) -> dict[str, Any]:
    paths = reader.year_paths().values()
    found = {path.name: reader.files.fingerprint(path) for path in paths}
    return {name: value for name, value in found.items() if value is not None}


def _matches(stored: dict[str, Any], files: dict[str, Any], workdays: Iterable[int]) -> bool:
    return stored.get("files") == files and stored.get("workdays") == sorted(set(workdays))
