"""The journal repository: entries, settings and small state, in one TinyDB file.

Every change runs as a transaction: take the cross-process lock, read the file
fresh, change it through TinyDB, write it back atomically, release.  A TinyDB
object never outlives a transaction, because TinyDB caches the next document id
and query results, and a cached id from before another process's write would
lose data.  Reads take no file lock: the file is only ever replaced whole, so a
reader always sees one complete version.  Within one process, a thread lock
serializes the public methods, because the parsed file is shared between them
and TinyDB changes it in place during a write.

Entries are validated once per distinct record and remembered (see
:mod:`focuscheck.storage.memo`), so reading ten years of history again after a
save costs a comparison per record, not a validation.  The design, and what
happens on each kind of failure, is described in ``docs/storage.md``.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Final, ParamSpec, TypeVar, cast

from tinydb import Query, TinyDB

from focuscheck.domain.clock import Clock
from focuscheck.domain.entry import Entry
from focuscheck.domain.entry_format import entry_to_record
from focuscheck.domain.settings import Settings, settings_from_record, settings_to_record
from focuscheck.i18n import _
from focuscheck.storage.atomic import atomic_write, ensure_private_dir, remove_stale_temp_files
from focuscheck.storage.backups import Backups, RestoreResult, count_entries, read_backup
from focuscheck.storage.errors import JournalUnreadable, StorageError
from focuscheck.storage.journal_file import FileCache, JournalStorage, UnreadableFile, encode
from focuscheck.storage.regular_file import check_regular, read_regular
from focuscheck.storage.schema import ENTRIES, JOURNAL_NAME, SETTINGS, STATE, TRASH, new_journal
from focuscheck.storage.stored_entry import StoredEntries
from focuscheck.storage.transaction import (
    LOCK_TIMEOUT,
    JournalLock,
    StorageFactory,
    TransactionStorage,
    backup_warning,
    find_entry,
    lock_file_error,
    not_synced_warning,
    write_error,
)
from focuscheck.storage.trash import Trashed, move_to_trash, read_trash, take_from_trash

_DRAFT: Final = "draft"

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


@dataclass(frozen=True)
class ImportResult:
    """What an import did."""

    added: int
    skipped: int


class Journal:
    """One person's journal file and what can be done with it."""

    def __init__(
        self,
        path: Path,
        clock: Clock,
        lock_timeout: float = LOCK_TIMEOUT,
        storage: StorageFactory | None = None,
    ) -> None:
        self.path = path
        """The journal file."""
        self.clock = clock
        """Source of "now" for timestamps and daily backups."""
        self.backups = Backups(path.parent / "backups")
        """The rotating backups beside the journal."""
        self.warnings: list[str] = []
        """Problems that did not stop a save (a backup that could not be written)."""
        self._cache = FileCache()
        self._storage: StorageFactory = storage or JournalStorage
        # Another storage (memory, for tests and benchmarks) keeps no file, so no backups.
        self._on_disk = storage is None
        self._lock = JournalLock(path, lock_timeout)
        self._entries = StoredEntries(clock, self._unreadable)
        self._thread_lock = threading.RLock()

    @classmethod
    def open(cls, data_dir: Path, clock: Clock, storage: StorageFactory | None = None) -> Journal:
        """The journal in ``data_dir``, created (empty) if there is none yet."""
        make_data_dir(data_dir)
        journal = cls(data_dir / JOURNAL_NAME, clock, storage=storage)
        journal.ensure_exists()
        return journal

    @_one_thread_at_a_time
    def ensure_exists(self) -> None:
        """Create a new journal file if none exists; never touch an existing one.

        An existing file is read and its entries checked at once, so a broken
        journal is reported before anyone types a word into the app.
        """
        if self.path.is_symlink() and not self.path.exists():
            raise self._unreadable(
                _("it is a link to {target}, which does not exist").format(
                    target=self.path.readlink()
                )
            )
        if self._on_disk:
            self._check_lock_file()
        if self.path.exists() or not self._on_disk:
            self._checked_entries()
            self._tidy()
            return
        with self._lock.held():
            if not self.path.exists():
                try:
                    atomic_write(self.path, encode(new_journal()))
                except OSError as error:
                    raise write_error(self.path, error) from None

    def _check_lock_file(self) -> None:
        try:
            check_regular(self._lock.path)
        except OSError as error:
            raise lock_file_error(self._lock.path, error) from None

    @_one_thread_at_a_time
    def close(self) -> None:
        """Let go of the cached file; the journal can still be used afterwards."""
        self._cache.clear()

    def _tidy(self) -> None:
        """Remove temporary files a killed focuscheck left behind, if nobody is writing."""
        if not self._on_disk:
            return
        with self._lock.held_if_free() as held:
            if held:  # else busy or read-only: leave them for another time
                self._remove_stale()

    def _remove_stale(self) -> None:
        remove_stale_temp_files(self.path.resolve().parent)
        remove_stale_temp_files(self.backups.folder)

    # -- reading ----------------------------------------------------------

    def _read(self) -> dict[str, Any]:
        try:
            return self._storage(self.path, self._cache).read() or {}
        except FileNotFoundError:
            raise self._unreadable(_("the file is missing")) from None
        except UnreadableFile as error:
            raise self._unreadable(str(error)) from None
        except OSError as error:
            raise self._unreadable(error.strerror or str(error)) from None

    def _unreadable(self, reason: str) -> JournalUnreadable:
        usable, newest = self.backups.first_usable(), self.backups.newest()
        skipped = newest if usable is not None and newest != usable else None
        return JournalUnreadable(self.path, reason, usable, skipped)

    def _table(self, name: str) -> dict[str, dict[str, Any]]:
        table = self._read().get(name, {})
        return table if isinstance(table, dict) else {}

    @_one_thread_at_a_time
    def entries(self) -> list[Entry]:
        """All entries, oldest date first.

        Raises :class:`JournalUnreadable` when a stored entry breaks the entry
        format (the file was edited by hand, say): nothing is shown from a
        journal that cannot be trusted, and nothing is written to it.
        """
        return sorted(self._checked_entries(), key=lambda e: (e.date, e.created_at))

    def _checked_entries(self) -> list[Entry]:
        """Every stored entry, validated (once per distinct record, see the module notes)."""
        return self._entries.all(self._table(ENTRIES))

    @_one_thread_at_a_time
    def entry(self, entry_id: str) -> Entry | None:
        """The entry with ``entry_id``, or None."""
        return next((e for e in self._checked_entries() if e.id == entry_id), None)

    @_one_thread_at_a_time
    def entries_on(self, day: Any) -> list[Entry]:
        """Entries about the local date ``day``."""
        return [entry for entry in self._checked_entries() if entry.date == day]

    @_one_thread_at_a_time
    def trash(self) -> list[Trashed]:
        """Deleted entries still kept, most recently deleted first."""
        return read_trash(self._table(TRASH), self.clock.now(), self._unreadable)

    @_one_thread_at_a_time
    def settings(self) -> Settings:
        """The saved settings (defaults when none were saved)."""
        table = self._table(SETTINGS)
        return settings_from_record(next(iter(table.values()), {}))

    @_one_thread_at_a_time
    def state(self, key: str, default: Any = None) -> Any:
        """A small piece of app state (pseudonym, draft, retro history)."""
        for record in self._table(STATE).values():
            if record.get("key") == key:
                return record.get("value", default)
        return default

    @_one_thread_at_a_time
    def draft(self) -> dict[str, Any] | None:
        """The unfinished check-in, if one was left."""
        value = self.state(_DRAFT)
        return value if isinstance(value, dict) else None

    # -- writing ----------------------------------------------------------

    @_one_thread_at_a_time
    def save_entry(self, entry: Entry) -> Entry:
        """Insert ``entry``, or replace the entry with its id; returns what was stored."""
        now = self.clock.now()
        with self._transaction() as db:
            table = db.table(ENTRIES)
            found = find_entry(db, entry.id)
            if found is None:
                table.insert(entry_to_record(entry))
            else:
                doc_id, record = found
                entry = replace(entry, updated_at=now, created_at=_created(record, entry))
                table.update(entry_to_record(entry), doc_ids=[doc_id])
        return entry

    @_one_thread_at_a_time
    def delete_entry(self, entry_id: str) -> bool:
        """Move the entry with ``entry_id`` to the trash; False if there was none."""
        with self._transaction() as db:
            return move_to_trash(db, entry_id, self.clock.now())

    @_one_thread_at_a_time
    def restore_from_trash(self, wanted: str) -> Entry:
        """Bring back the deleted entry ``wanted`` (its id, or the start of it).

        Raises :class:`~focuscheck.storage.trash.TrashRefused` when there is no
        such entry, the start matches several, or its day has a check-in now.
        """
        with self._transaction() as db:
            return take_from_trash(db, wanted, self.clock.now(), self._unreadable)

    @_one_thread_at_a_time
    def import_entries(self, entries: Iterable[Entry]) -> ImportResult:
        """Add entries whose ids are new; the rest are skipped.  All in one write."""
        with self._transaction() as db:
            table = db.table(ENTRIES)
            known = {record.get("id") for record in table.all()}
            fresh: list[dict[str, Any]] = []
            skipped = 0
            for entry in entries:
                if entry.id in known:
                    skipped += 1
                    continue
                known.add(entry.id)
                fresh.append(entry_to_record(entry))
            if fresh:
                table.insert_multiple(fresh)
        return ImportResult(added=len(fresh), skipped=skipped)

    @_one_thread_at_a_time
    def save_settings(self, settings: Settings) -> None:
        with self._transaction() as db:
            table = db.table(SETTINGS)
            table.truncate()
            table.insert(settings_to_record(settings))

    @_one_thread_at_a_time
    def set_state(self, key: str, value: Any) -> None:
        with self._transaction() as db:
            table = db.table(STATE)
            if value is None:
                table.remove(Query().key == key)
            else:
                table.upsert({"key": key, "value": value}, Query().key == key)

    def save_draft(self, draft: dict[str, Any]) -> None:
        self.set_state(_DRAFT, draft)

    def clear_draft(self) -> None:
        self.set_state(_DRAFT, None)

    @_one_thread_at_a_time
    def restore(self, backup: Path) -> RestoreResult:
        """Replace the journal with ``backup``; the current file is first kept beside the backups.

        The copy of the current file gets a name of its own, so no earlier copy
        is ever written over; if it cannot be written, nothing is restored.
        """
        raw = read_backup(backup)
        with self._lock.held():
            kept: Path | None = None
            replaced: int | None = None
            if self.path.exists():
                kept, replaced = self.backups.keep_replaced(self.path, self.clock.now())
            try:
                atomic_write(self.path, raw)
            except OSError as error:
                raise write_error(self.path, error) from None
        self._cache.clear()
        return RestoreResult(count_entries(raw), kept, replaced)

    @_one_thread_at_a_time
    def backup_now(self) -> Path:
        """Write a manual backup now: a file of its own, which the daily rotation leaves alone."""
        self._read()
        with self._lock.held():
            try:
                return self.backups.write_manual(read_regular(self.path), self.clock.now())
            except OSError as error:
                raise StorageError(
                    _("Could not write the backup in {folder}: {reason}").format(
                        folder=self.backups.folder, reason=error.strerror or str(error)
                    )
                ) from None

    # -- transactions -----------------------------------------------------

    @contextmanager
    def _transaction(self) -> Iterator[TinyDB]:
        with self._lock.held():
            # Checking the entries first means a journal that went bad while the app
            # ran is refused, not rewritten with the bad record carried along.
            self._checked_entries()
            if self._on_disk:
                self._remove_stale()
            db = TinyDB(self.path, self._cache, storage=self._storage)
            storage = cast(TransactionStorage, db.storage)
            try:
                yield db
                if storage.dirty:
                    self._backup_if_due()
                    not_synced = storage.commit()
                    if not_synced is not None:
                        self.warnings.append(not_synced_warning(not_synced))
            except OSError as error:
                storage.discard()
                raise write_error(self.path, error) from None
            except BaseException:
                storage.discard()
                raise
            finally:
                db.close()

    def _backup_if_due(self) -> None:
        if not self._on_disk:
            return
        today = self.clock.today()
        try:
            if not self.backups.has_daily(today):
                self.backups.write_daily(today, read_regular(self.path))
        except OSError as error:
            self.warnings.append(backup_warning(self.backups.folder, error))


def _created(found: dict[str, Any], entry: Entry) -> Any:
    from datetime import datetime

    try:
        return datetime.fromisoformat(str(found.get("created_at")))
    except ValueError:
        return entry.created_at
