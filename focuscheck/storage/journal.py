"""The journal repository: entries in one file per year, settings and small state in one more.

The data folder holds ``journal.json``, the small state file (settings, the
draft, the pseudonym, retro history, the trash, the status ``focuscheck
status`` reads), and ``entries-YYYY.json`` for each year that has entries (see
:mod:`focuscheck.storage.schema`).  Every file is a TinyDB database written
whole by an atomic replace, and every change runs under the one lock of the
data folder: take the lock, read the files it touches fresh, change them in
memory, write each changed file once, release.  A save writes its year's
file only; a draft save writes only the state file, and nothing when the
draft did not change.  A change across files goes through the state file
first (see :mod:`focuscheck.storage.changes`).  Reads take no file lock:
files are only ever replaced whole.  Within one process, a thread lock
serializes the public methods.

Each year file is parsed and its entries decoded once while it stays the
same (see :class:`~focuscheck.storage.journal_file.FileCache`).  The design,
and what happens on each kind of failure, is described in ``docs/storage.md``.

:class:`Journal` is the one door: reading is
:mod:`~focuscheck.storage.journal_reader`, a change
:mod:`~focuscheck.storage.journal_change`, bringing the files up to date
:mod:`~focuscheck.storage.settling`, the copies in the backups folder
:mod:`~focuscheck.storage.journal_backups`.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Final, ParamSpec, TypeVar, cast

from focuscheck.domain.clock import Clock
from focuscheck.domain.entry import Entry
from focuscheck.domain.settings import Settings, settings_to_record
from focuscheck.i18n import _
from focuscheck.storage.atomic import ensure_private_dir
from focuscheck.storage.backups import Backups, RestoreResult
from focuscheck.storage.entry_import import ImportResult, add_new
from focuscheck.storage.errors import StorageError
from focuscheck.storage.journal_backups import JournalBackups
from focuscheck.storage.journal_change import Change, Transactions
from focuscheck.storage.journal_file import DiskFiles, Files
from focuscheck.storage.journal_reader import JournalReader
from focuscheck.storage.journal_view import settings_of
from focuscheck.storage.journal_writer import JournalWriter
from focuscheck.storage.schema import DRAFT, JOURNAL_NAME, SETTINGS, STATE, TRASH, Data
from focuscheck.storage.settling import Settling
from focuscheck.storage.transaction import LOCK_TIMEOUT, JournalLock
from focuscheck.storage.trash import Trashed, read_trash
from focuscheck.storage.trash_moves import bring_back, move_to_trash

__all__ = ["ImportResult", "Journal", "make_data_dir"]

_MISSING: Final = object()

P = ParamSpec("P")
R = TypeVar("R")


def make_data_dir(data_dir: Path) -> None:
    """Create a missing data folder, owner-only; :class:`StorageError` says why it cannot."""
    try:
        ensure_private_dir(data_dir)
    except OSError as error:
        raise StorageError(
            _("Cannot create the data folder {path}: {reason}").format(
                path=data_dir, reason=error.strerror
            )
        ) from None


def _one_thread_at_a_time(method: Callable[P, R]) -> Callable[P, R]:
    """Run ``method`` holding the journal's thread lock (the first argument is the journal)."""

    @functools.wraps(method)
    def guarded(*args: P.args, **kwargs: P.kwargs) -> R:
        journal = cast("Journal", args[0])
        with journal._thread_lock:
            return method(*args, **kwargs)

    return guarded


class Journal:
    """One person's journal (the files of one data folder) and what can be done with it."""

    def __init__(
        self,
        path: Path,
        clock: Clock,
        lock_timeout: float = LOCK_TIMEOUT,
        storage: Files | None = None,
    ) -> None:
        self.path = path
        """The state file, ``journal.json``; the year files sit beside it."""
        self.data_dir = path.parent
        """The data folder."""
        self.clock = clock
        """Source of "now" for timestamps and daily backups."""
        self.backups = Backups(path.parent / "backups")
        """The rotating backups beside the journal."""
        self.warnings: list[str] = []
        """Problems that did not stop a save (a backup that could not be written)."""
        self._files: Files = storage or DiskFiles()
        self._thread_lock = threading.RLock()
        self._reader = JournalReader(path, clock, self.backups, self._files)
        writer = JournalWriter(self._reader, self.warnings)
        # Another storage (memory, for tests and benchmarks) keeps no file, so no backups.
        self._settling = Settling(
            self._reader, writer, JournalLock(path, lock_timeout), on_disk=storage is None
        )
        self._copies = JournalBackups(self._settling)
        self._transactions = Transactions(self._copies)

    @classmethod
    def open(cls, data_dir: Path, clock: Clock, storage: Files | None = None) -> Journal:
        """The journal in ``data_dir``, created (empty) if there is none yet."""
        make_data_dir(data_dir)
        journal = cls(data_dir / JOURNAL_NAME, clock, storage=storage)
        journal.ensure_exists()
        return journal

    @_one_thread_at_a_time
    def ensure_exists(self) -> None:
        """Create a new journal if none exists; never touch an existing one's contents.

        An existing journal is read at once, so a broken one is reported before
        anyone types a word into the app.  An old single-file journal is split
        into the files of this version, a change left half done by a crash is
        finished, and the status record brought up to date.
        """
        self._settling.open()

    @_one_thread_at_a_time
    def close(self) -> None:
        """Let go of the cached files; the journal can still be used afterwards."""
        self._files.forget()

    # -- reading ----------------------------------------------------------

    def _read(self, path: Path) -> Data:
        return self._reader.read(path)

    @_one_thread_at_a_time
    def entries(self) -> list[Entry]:
        """All entries, oldest date first.

        Raises :class:`JournalUnreadable` when a stored entry breaks the entry
        format (a file was edited by hand, say): nothing is shown from a
        journal that cannot be trusted, and nothing is written to it.
        """
        return sorted(self._reader.entries(), key=lambda e: (e.date, e.created_at))

    @_one_thread_at_a_time
    def entry(self, entry_id: str) -> Entry | None:
        """The entry with ``entry_id``, or None."""
        return next((e for e in self._reader.entries() if e.id == entry_id), None)

    @_one_thread_at_a_time
    def entries_on(self, day: Any) -> list[Entry]:
        """Entries about the local date ``day``."""
        view = self._reader.view()
        if getattr(day, "year", None) not in view.years:
            return []
        return [entry for entry in self._reader.year_entries(view, day.year) if entry.date == day]

    @_one_thread_at_a_time
    def trash(self) -> list[Trashed]:
        """Deleted entries still kept, most recently deleted first."""
        table = self._reader.state_table(TRASH)
        return read_trash(table, self.clock.now(), self._reader.unreadable)

    @_one_thread_at_a_time
    def settings(self) -> Settings:
        """The saved settings (defaults when none were saved)."""
        return settings_of(self._read(self.path))

    @_one_thread_at_a_time
    def state(self, key: str, default: Any = None) -> Any:
        """A small piece of app state (pseudonym, draft, retro history)."""
        for record in self._reader.state_table(STATE).values():
            if record.get("key") == key:
                return record.get("value", default)
        return default

    @_one_thread_at_a_time
    def draft(self) -> dict[str, Any] | None:
        """The unfinished check-in, if one was left."""
        value = self.state(DRAFT)
        return value if isinstance(value, dict) else None

    # -- writing ----------------------------------------------------------

    def _transaction(self) -> AbstractContextManager[Change]:
        return self._transactions.change()

    @_one_thread_at_a_time
    def save_entry(self, entry: Entry) -> Entry:
        """Insert ``entry``, or replace the entry with its id; returns what was stored.

        Writes the file of the entry's year only (and the file it leaves, when
        its date moved to another year).
        """
        with self._transaction() as change:
            return change.put_entry(entry, self.clock.now())

    @_one_thread_at_a_time
    def save_checkin(self, entry: Entry) -> Entry:
        """Save a finished check-in and drop its draft: its year's file, then the state file.

        An edited check-in keeps its follow-up (see :func:`.kept_follow_up`).
        """
        with self._transaction() as change:
            saved = change.put_checkin(entry, self.clock.now())
            change.set_state(DRAFT, None)
        return saved

    @_one_thread_at_a_time
    def change_entry(self, entry_id: str, change_it: Callable[[Entry], Entry]) -> Entry | None:
        """Store ``change_it`` of the saved entry ``entry_id``; None when there is no such entry.

        Its creation time stays and it is updated now, like any save; an error
        raised by ``change_it`` writes nothing.
        """
        now = self.clock.now()
        with self._transaction() as change:
            before = change.saved(entry_id, now)
            if before is None:
                return None
            change.status_too = True  # the year file changes: the quick status follows it
            return change.put_entry(change_it(before), now)

    @_one_thread_at_a_time
    def delete_entry(self, entry_id: str) -> bool:
        """Move the entry with ``entry_id`` to the trash; False if there was none."""
        now = self.clock.now()
        with self._transaction() as change:
            return move_to_trash(change, entry_id, now)

    @_one_thread_at_a_time
    def restore_from_trash(self, wanted: str) -> Entry:
        """Bring back the deleted entry ``wanted`` (its id, or the start of it).

        Raises :class:`~focuscheck.storage.trash.TrashRefused` when there is no
        such entry, the start matches several, or its day has a check-in now.
        """
        now = self.clock.now()
        with self._transaction() as change:
            return bring_back(change, wanted, now, self._reader.unreadable)

    @_one_thread_at_a_time
    def import_entries(self, entries: Iterable[Entry]) -> ImportResult:
        """Add entries whose ids are new; the rest are skipped.

        Each year's file it touches is written once, then the state file (the status).
        """
        with self._transaction() as change:
            return add_new(change, entries)

    @_one_thread_at_a_time
    def save_settings(self, settings: Settings) -> None:
        with self._transaction() as change:
            table = change.db.table(SETTINGS)
            table.truncate()
            table.insert(settings_to_record(settings))

    @_one_thread_at_a_time
    def set_state(self, key: str, value: Any) -> None:
        """Keep ``value`` under ``key`` (None removes it); no write when it is so already."""
        if self.state(key, _MISSING) == (_MISSING if value is None else value):
            return
        with self._transaction() as change:
            change.set_state(key, value)

    def save_draft(self, draft: dict[str, Any]) -> None:
        self.set_state(DRAFT, draft)

    def clear_draft(self) -> None:
        self.set_state(DRAFT, None)

    @_one_thread_at_a_time
    def restore(self, backup: Path) -> RestoreResult:
        """Replace the journal with ``backup``; the current one is first kept beside the backups.

        The copy of the current journal gets a name of its own, so no earlier
        copy is ever written over; if it cannot be written, nothing is restored.
        """
        return self._copies.restore(backup)

    @_one_thread_at_a_time
    def backup_now(self) -> Path:
        """Write a manual backup now: a file of its own, which the daily rotation leaves alone."""
        return self._copies.manual()
