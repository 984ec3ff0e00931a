"""Moving a check-in into the trash and back, as one change across two files.

The entry leaves its year file and arrives in the state file's trash (or the
other way round), so each move lands through the state file first (see
:mod:`focuscheck.storage.changes`): it is never lost between the two, nor
shown in both.  What a trash record is, and when one may come back, is
:mod:`focuscheck.storage.trash`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from focuscheck.domain.entry import Entry
from focuscheck.storage.journal_change import Change
from focuscheck.storage.schema import TRASH
from focuscheck.storage.trash import check_can_come_back, find_in_trash, purge, trash_record


def move_to_trash(change: Change, entry_id: str, now: datetime) -> bool:
    """Move the entry with ``entry_id`` to the trash at ``now``; False if there is none."""
    found = change.view.find(entry_id)
    if found is None:
        return False
    year, record = found
    trash = change.db.table(TRASH)
    trash.insert(trash_record(record, now))
    purge(trash, now)
    change.drop(year, entry_id)
    change.state_first = True
    return True


def bring_back(
    change: Change, wanted: str, now: datetime, unreadable: Callable[[str], Exception]
) -> Entry:
    """Take the entry ``wanted`` (its id, or the start of it) out of the trash."""
    trash = change.db.table(TRASH)
    doc_id, item, record = find_in_trash(change.state.get(TRASH, {}), wanted, now, unreadable)
    entry = item.entry
    check_can_come_back(
        entry,
        held_again=change.view.find(entry.id) is not None,
        day_taken=entry.date.isoformat() in change.view.dates(),
    )
    change.put(dict(record))
    trash.remove(doc_ids=[doc_id])
    purge(trash, now)
    change.state_first = True
    return entry
