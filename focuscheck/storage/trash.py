"""The trash: deleted check-ins, kept for :data:`KEEP_DAYS` days in the journal's own file.

The trash is a table of the journal (``trash``), not a file beside it, so
moving an entry there is one transaction: the entry leaves ``entries`` and
arrives in ``trash`` in the same atomic replace, under the same lock.  A crash
or another focuscheck writing at the same moment can therefore never lose an
entry between the two, nor show it in both.  Everything that reads entries
(history, stats, exports, status) reads the ``entries`` table only, so a
trashed entry is out of all of them.

Each trash record is ``{"deleted_at": ISO timestamp, "entry": entry record}``,
the entry record exactly as it was stored.  Records older than
:data:`KEEP_DAYS` are purged whenever the trash is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from tinydb import TinyDB

from focuscheck.domain.entry import Entry
from focuscheck.domain.errors import ValidationError
from focuscheck.i18n import _
from focuscheck.storage.errors import StorageError
from focuscheck.storage.schema import ENTRIES, TRASH
from focuscheck.storage.stored_entry import entry_from_stored
from focuscheck.storage.transaction import find_entry

KEEP_DAYS: Final = 30
SHORT_ID: Final = 8
"""Characters of an entry id shown in the trash list, and enough to name one."""


class TrashRefused(StorageError):
    """An entry could not be taken out of the trash; the message says why."""


@dataclass(frozen=True)
class Trashed:
    """A deleted entry and when it was deleted."""

    entry: Entry
    deleted_at: datetime

    def purged_on(self) -> datetime:
        """When the entry leaves the trash for good."""
        return self.deleted_at + timedelta(days=KEEP_DAYS)


def read_trash(
    table: dict[str, dict[str, Any]], now: datetime, unreadable: Callable[[str], Exception]
) -> list[Trashed]:
    """The trash still kept at ``now``, most recently deleted first."""
    found = [_trashed(doc_id, record, now, unreadable) for doc_id, record in table.items()]
    kept = [item for item in found if item.purged_on() > now]
    return sorted(kept, key=lambda item: item.deleted_at, reverse=True)


def _trashed(
    doc_id: str, record: dict[str, Any], now: datetime, unreadable: Callable[[str], Exception]
) -> Trashed:
    try:
        deleted_at = datetime.fromisoformat(str(record.get("deleted_at")))
        entry_record = record.get("entry")
        if deleted_at.tzinfo is None or not isinstance(entry_record, dict):
            raise ValueError
        return Trashed(entry_from_stored(entry_record, now=now), deleted_at)
    except (ValueError, ValidationError):
        raise unreadable(
            _("deleted entry {number} in the trash is not in the trash format").format(
                number=doc_id
            )
        ) from None


def move_to_trash(db: TinyDB, entry_id: str, now: datetime) -> bool:
    """In a transaction: move the entry with ``entry_id`` to the trash; False if there is none."""
    found = find_entry(db, entry_id)
    if found is None:
        return False
    doc_id, record = found
    db.table(ENTRIES).remove(doc_ids=[doc_id])
    db.table(TRASH).insert({"deleted_at": now.isoformat(), "entry": dict(record)})
    purge(db, now)
    return True


def take_from_trash(
    db: TinyDB, wanted: str, now: datetime, unreadable: Callable[[str], Exception]
) -> Entry:
    """In a transaction: put the trashed entry ``wanted`` (its id or the id's start) back.

    Refused, with a message saying why, when no entry or more than one matches,
    when the journal holds the entry again, or when the entry's day already has
    a check-in: bringing it back must not hide or replace what was written since.
    """
    table = db.table(TRASH)
    key = wanted.strip().lower()
    matches = [
        (doc.doc_id, item, doc["entry"])
        for doc in table.all()
        if (item := _trashed(str(doc.doc_id), dict(doc), now, unreadable)).entry.id.startswith(key)
        and item.purged_on() > now
    ]
    if not key or not matches:
        raise TrashRefused(
            _("There is no deleted check-in {id} in the trash; see: focuscheck trash").format(
                id=wanted[:40]
            )
        )
    if len(matches) > 1:
        raise TrashRefused(
            _("{id} matches more than one deleted check-in; give more of the id.").format(
                id=wanted[:40]
            )
        )
    doc_id, item, record = matches[0]
    entry = item.entry
    day = entry.date.isoformat()
    if find_entry(db, entry.id) is not None:
        # Imported again since it was deleted: which copy is right is the person's call.
        raise TrashRefused(
            _(
                "The check-in of {date} was not brought back: the journal holds it again "
                "(imported since?). The copy in the trash stays there."
            ).format(date=day)
        )
    if any(other.get("date") == day for other in db.table(ENTRIES).all()):
        raise TrashRefused(
            _(
                "The check-in of {date} was not brought back: that day has a check-in "
                "already. Delete that one first if you want the old one back."
            ).format(date=day)
        )
    db.table(ENTRIES).insert(dict(record))
    table.remove(doc_ids=[doc_id])
    purge(db, now)
    return entry


def purge(db: TinyDB, now: datetime) -> None:
    """Drop trash records deleted :data:`KEEP_DAYS` days or more before ``now``."""
    table = db.table(TRASH)
    limit = now - timedelta(days=KEEP_DAYS)
    old = [doc.doc_id for doc in table.all() if (at := _deleted_at(doc)) and at <= limit]
    if old:
        table.remove(doc_ids=old)


def _deleted_at(record: dict[str, Any]) -> datetime | None:
    """When ``record`` was deleted; None when that cannot be read (it is then never purged)."""
    try:
        moment = datetime.fromisoformat(str(record.get("deleted_at")))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None
