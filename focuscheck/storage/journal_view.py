"""The journal as one moment's files show it, with a change under way already applied.

A change across files lists its steps in the state file's ``pending`` table
(see :mod:`focuscheck.storage.changes`) until every year file shows it; a
:class:`View` applies those steps to the year files it was read from, so
every reader sees the change whole, never half.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from focuscheck.domain.settings import Settings, settings_from_record
from focuscheck.storage.changes import Records, Step
from focuscheck.storage.schema import PENDING, SETTINGS, Data


@dataclass
class View:
    """The journal as one moment's files show it (a change under way already applied)."""

    state: Data
    years: dict[int, Records]
    overlaid: set[int]
    """Years whose file does not show the change under way yet."""
    ids: dict[int, dict[str, str]]
    """Per year, each entry id's document id."""

    def find(self, entry_id: str) -> tuple[int, dict[str, Any]] | None:
        for year, ids in self.ids.items():
            doc_id = ids.get(entry_id)
            if doc_id is not None:
                return year, self.years[year][doc_id]
        return None

    def dates(self) -> list[str]:
        return [str(rec.get("date")) for records in self.years.values() for rec in records.values()]


def ids_of(records: Records) -> dict[str, str]:
    """Each entry id in a year's ``entries`` table and its document id."""
    return {str(record.get("id")): doc_id for doc_id, record in records.items()}


def pending_steps(state: Data) -> list[Step]:
    """The steps of the change across files under way in the state file (none, mostly)."""
    record = next(iter(state.get(PENDING, {}).values()), None)
    steps = record.get("steps") if isinstance(record, dict) else None
    return steps if isinstance(steps, list) else []


def settings_of(state: Data) -> Settings:
    """The settings the state file holds (defaults when none were saved)."""
    return settings_from_record(next(iter(state.get(SETTINGS, {}).values()), {}))
