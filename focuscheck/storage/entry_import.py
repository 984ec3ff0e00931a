"""Importing entries into the journal: those with new ids are added, the rest skipped."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from focuscheck.domain.entry import Entry
from focuscheck.domain.entry_format import entry_to_record
from focuscheck.storage.changes import put_step
from focuscheck.storage.journal_change import Change


@dataclass(frozen=True)
class ImportResult:
    """What an import did."""

    added: int
    skipped: int


def add_new(change: Change, entries: Iterable[Entry]) -> ImportResult:
    """Add to ``change`` each of ``entries`` whose id the journal does not hold yet."""
    known = {str(rec.get("id")) for recs in change.view.years.values() for rec in recs.values()}
    added = skipped = 0
    for entry in entries:
        if entry.id in known:
            skipped += 1
            continue
        known.add(entry.id)
        change.steps.append(put_step(entry_to_record(entry)))
        added += 1
    change.status_too = True
    return ImportResult(added=added, skipped=skipped)
