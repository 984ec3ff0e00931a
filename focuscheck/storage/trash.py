"""The trash: deleted check-ins, kept for :data:`KEEP_DAYS` days in the journal's state file.

The trash is a table of the small state file (``trash``).  Moving an entry
there changes two files, its year file and the state file; the journal
writes the move into the state file first (see :mod:`focuscheck.storage.changes`),
so a crash or another focuscheck writing at the same moment can never lose
an entry between the two, nor show it in both.  Everything that reads entries
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

from tinydb.table import Table

from focuscheck.domain.entry import Entry
from focuscheck.domain.errors import ValidationError
from focuscheck.i18n import _
from focuscheck.storage.errors import StorageError
from focuscheck.storage.stored_entry import entry_from_stored

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


def trash_record(record: dict[str, Any], now: datetime) -> dict[str, Any]:
    """The trash record for the stored entry ``record``, deleted at ``now``."""
    return {"deleted_at": now.isoformat(), "entry": dict(record)}


def find_in_trash(
    table: dict[str, dict[str, Any]],
    wanted: str,
    now: datetime,
    unreadable: Callable[[str], Exception],
) -> tuple[int, Trashed, dict[str, Any]]:
    """The document id, item and entry record of the trashed entry ``wanted`` (id or its start).

    Refused, with a message saying why, when no entry or more than one matches.
    """
    key = wanted.strip().lower()
    matches = [
        (int(doc_id), item, record["entry"])
        for doc_id, record in table.items()
        if (item := _trashed(doc_id, record, now, unreadable)).entry.id.startswith(key)
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
    return matches[0]


def check_can_come_back(entry: Entry, held_again: bool, day_taken: bool) -> None:
    """Refuse bringing ``entry`` back when the journal holds it again or its day is taken.

    Bringing it back must not hide or replace what was written since.
    """
    day = entry.date.isoformat()
    if held_again:
        # Imported again since it was deleted: which copy is right is the person's call.
        raise TrashRefused(
            _(
                "The check-in of {date} was not brought back: the journal holds it again "
                "(imported since?). The copy in the trash stays there."
            ).format(date=day)
        )
    if day_taken:
        raise TrashRefused(
            _(
                "The check-in of {date} was not brought back: that day has a check-in "
                "already. Delete that one first if you want the old one back."
            ).format(date=day)
        )


def purge(table: Table, now: datetime) -> None:
    """Drop trash records deleted :data:`KEEP_DAYS` days or more before ``now``."""
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
