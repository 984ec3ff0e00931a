"""One change to the journal, from taking the lock to the files written.

A :class:`Change` holds what one transaction changes: the state file's tables
through TinyDB (a TinyDB object never outlives the transaction, because it
caches the next document id), and steps for the year files (see
:mod:`focuscheck.storage.changes`).  :class:`Transactions` runs it: take the
lock, settle what is under way, read the files afresh, let the caller change
them, then keep the daily backup and write each changed file once.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from typing import Any, cast

from tinydb import Query, TinyDB

from focuscheck.domain.entry import Entry
from focuscheck.domain.entry_format import entry_to_record
from focuscheck.domain.waste_status import kept_follow_up
from focuscheck.storage.changes import Step, drop_step, put_step, year_of, years_in
from focuscheck.storage.journal_backups import JournalBackups
from focuscheck.storage.journal_file import TransactionTables
from focuscheck.storage.journal_view import View
from focuscheck.storage.schema import PENDING, STATE, Data
from focuscheck.storage.stored_entry import entry_from_stored
from focuscheck.storage.transaction import write_error


class Change:
    """One transaction: the state file's tables through TinyDB, and steps for the year files."""

    def __init__(self, view: View) -> None:
        self.view = view
        self.db = TinyDB(view.state, storage=TransactionTables)
        self.steps: list[Step] = []
        self.state_first = False
        """Whether the state change and the entries' change must land together."""
        self.status_too = False
        """Whether the status record is rewritten even when nothing else in the state changed."""

    @property
    def state_changed(self) -> bool:
        return cast(TransactionTables, self.db.storage).dirty

    @property
    def state(self) -> Data:
        return cast(TransactionTables, self.db.storage).data

    def put(self, record: dict[str, Any]) -> None:
        """Store the entry ``record``, replacing the one with its id (in whatever year)."""
        found = self.view.find(str(record["id"]))
        if found is not None and found[0] != year_of(record):
            self.steps.append(drop_step(found[0], str(record["id"])))
        self.steps.append(put_step(record))

    def drop(self, year: int, entry_id: str) -> None:
        self.steps.append(drop_step(year, entry_id))

    def put_entry(self, entry: Entry, now: datetime) -> Entry:
        """Store ``entry``; an entry saved before keeps its creation time and is updated ``now``."""
        found = self.view.find(entry.id)
        if found is not None:
            entry = replace(entry, updated_at=now, created_at=_created(found[1], entry))
        self.put(entry_to_record(entry))
        return entry

    def saved(self, entry_id: str, now: datetime) -> Entry | None:
        """The stored entry with ``entry_id``, or None."""
        found = self.view.find(entry_id)
        return None if found is None else entry_from_stored(found[1], now=now)

    def put_checkin(self, entry: Entry, now: datetime) -> Entry:
        """Store a check-in; one saved before keeps its follow-up (see :func:`kept_follow_up`)."""
        before = self.saved(entry.id, now)
        return self.put_entry(entry if before is None else kept_follow_up(entry, before), now)

    def set_state(self, key: str, value: Any) -> None:
        """Keep ``value`` under ``key`` in the state table (None removes it)."""
        table = self.db.table(STATE)
        table.remove(Query().key == key)
        if value is not None:
            table.insert({"key": key, "value": value})


def _created(found: dict[str, Any], entry: Entry) -> Any:
    try:
        return datetime.fromisoformat(str(found.get("created_at")))
    except ValueError:
        return entry.created_at


class Transactions:
    """Runs the changes to one journal, each under the lock of its data folder."""

    def __init__(self, backups: JournalBackups) -> None:
        self.backups = backups
        self.settling = backups.settling
        self.reader = backups.reader
        self.writer = backups.settling.writer

    @contextmanager
    def change(self) -> Iterator[Change]:
        """A change to make in the ``with`` block; written when the block ends without error."""
        with self.settling.lock.held():
            self.settling.remove_stale()
            self.settling.settle()
            change = Change(self.reader.view())
            try:
                yield change
                self._commit(change)
            except OSError as error:
                raise write_error(self.reader.path, error) from None
            finally:
                change.db.close()

    def _commit(self, change: Change) -> None:
        steps = change.steps
        if not steps and not change.state_changed:
            return
        for year in years_in(steps) & set(change.view.years):
            # A year that went bad while the app ran is refused, not rewritten with it.
            self.reader.check_year(change.view, year)
        self.backups.daily_if_due()
        state = change.state
        if len(years_in(steps)) > 1 or (steps and change.state_first):
            state[PENDING] = {"1": {"steps": steps}}
            self.writer.write(self.reader.path, state)
            self.writer.apply(steps)
            state[PENDING] = {}
            self.writer.write_state(state)
            return
        self.writer.apply(steps)
        if change.state_changed or (steps and change.status_too):
            self.writer.write_state(state)
