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
"""

from __future__ import annotations

import functools
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Final, ParamSpec, TypeVar, cast

from tinydb import Query, TinyDB

from focuscheck.domain.clock import Clock
from focuscheck.domain.entry import Entry
from focuscheck.domain.entry_format import entry_to_record
from focuscheck.domain.errors import ValidationError
from focuscheck.domain.settings import Settings, settings_from_record, settings_to_record
from focuscheck.i18n import _
from focuscheck.storage.atomic import ensure_private_dir, remove_stale_temp_files
from focuscheck.storage.backups import BackupKind, Backups, RestoreResult, read_backup
from focuscheck.storage.changes import Records, Step, apply, drop_step, put_step, year_of, years_in
from focuscheck.storage.errors import JournalUnreadable, StorageError
from focuscheck.storage.journal_file import (
    DiskFiles,
    Files,
    TransactionTables,
    UnreadableFile,
    decode,
    encode,
)
from focuscheck.storage.layout import year_name
from focuscheck.storage.migration import join, split
from focuscheck.storage.quick_status import status_record
from focuscheck.storage.regular_file import check_regular, read_regular
from focuscheck.storage.schema import (
    ENTRIES,
    JOURNAL_NAME,
    PENDING,
    SETTINGS,
    STATE,
    STATUS,
    TRASH,
    Data,
    is_single_file,
    meta,
    new_state,
    year_meta,
)
from focuscheck.storage.stored_entry import entry_from_stored
from focuscheck.storage.transaction import (
    LOCK_TIMEOUT,
    JournalLock,
    backup_warning,
    lock_file_error,
    not_synced_warning,
    write_error,
)
from focuscheck.storage.trash import (
    Trashed,
    check_can_come_back,
    find_in_trash,
    purge,
    read_trash,
    trash_record,
)

_DRAFT: Final = "draft"
_MISSING: Final = object()
_RESTORING: Final = "restoring"
"""Marks a single-file ``journal.json`` written by a restore (its copy is a backup already)."""

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


@dataclass
class _View:
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


class _Change:
    """One transaction: the state file's tables through TinyDB, and steps for the year files."""

    def __init__(self, view: _View) -> None:
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
        # Another storage (memory, for tests and benchmarks) keeps no file, so no backups.
        self._on_disk = storage is None
        self._lock = JournalLock(path, lock_timeout)
        self._thread_lock = threading.RLock()
        self._checked: dict[Path, Records] = {}
        """Per year file, the records last checked against the entry format."""

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
        if self.path.is_symlink() and not self.path.exists():
            raise self._unreadable(
                _("it is a link to {target}, which does not exist").format(
                    target=self.path.readlink()
                )
            )
        if self._on_disk:
            self._check_lock_file()
        if not self._files.exists(self.path):
            with self._lock.held():
                if not self._files.exists(self.path):
                    self._write_state(new_state())
            return
        state = self._read(self.path)
        if is_single_file(state) or _pending(state) or self._stale(state):
            self._repair()
        elif self._on_disk:
            self._tidy()

    def _check_lock_file(self) -> None:
        try:
            check_regular(self._lock.path)
        except OSError as error:
            raise lock_file_error(self._lock.path, error) from None

    def _repair(self) -> None:
        """Bring the files up to date if nobody else is writing (else they will)."""
        single = is_single_file(self._read(self.path))
        if single:
            # Splitting must happen before any write; wait for the lock like a save.
            with self._lock.held():
                self._settle()
                self._refresh_status()
                self._remove_stale()
            return
        with self._lock.held_if_free() as held:
            if held:  # else busy or read-only: the next writer does it
                try:
                    self._settle()
                    self._refresh_status()
                except OSError:
                    return  # a read-only folder: read as it is; a save will say why it fails
                self._remove_stale()

    @_one_thread_at_a_time
    def close(self) -> None:
        """Let go of the cached files; the journal can still be used afterwards."""
        self._files.forget()

    def _tidy(self) -> None:
        """Remove temporary files a killed focuscheck left behind, if nobody is writing."""
        with self._lock.held_if_free() as held:
            if held:  # else busy or read-only: leave them for another time
                self._remove_stale()

    def _remove_stale(self) -> None:
        if not self._on_disk:
            return
        remove_stale_temp_files(self.path.resolve().parent)
        remove_stale_temp_files(self.backups.folder)

    # -- reading ----------------------------------------------------------

    def _read(self, path: Path) -> Data:
        try:
            return self._files.read(path)
        except FileNotFoundError:
            raise self._unreadable(_("the file is missing"), path) from None
        except UnreadableFile as error:
            raise self._unreadable(str(error), path) from None
        except OSError as error:
            raise self._unreadable(error.strerror or str(error), path) from None

    def _unreadable(self, reason: str, path: Path | None = None) -> JournalUnreadable:
        usable, newest = self.backups.first_usable(), self.backups.newest()
        skipped = newest if usable is not None and newest != usable else None
        return JournalUnreadable(path or self.path, reason, usable, skipped)

    def _view(self) -> _View:
        return self._view_of(self._read(self.path))

    def _view_of(self, state: Data) -> _View:
        if is_single_file(state):
            self._decode_all(state.get(ENTRIES, {}), self.path)
            whole = split(state)[1]
            return _View(state, whole, set(whole), {y: _ids(r) for y, r in whole.items()})
        years: dict[int, Records] = {}
        ids: dict[int, dict[str, str]] = {}
        for year, path in self._year_paths().items():
            data = self._read(path)
            years[year] = data.get(ENTRIES, {})
            ids[year] = self._ids_of(path, data)
        steps = _pending(state)
        overlaid = years_in(steps)
        for year in overlaid:
            years[year] = apply(years.get(year, {}), steps, year)
            ids[year] = _ids(years[year])
        return _View(state, dict(sorted(years.items())), overlaid, ids)

    def _ids_of(self, path: Path, data: Data) -> dict[str, str]:
        """Each entry id of a year file's ``data`` and its document id, once per version."""
        cache = self._files.cache(path)
        if cache.data is data and cache.ids is not None:
            return cache.ids
        ids = _ids(data.get(ENTRIES, {}))
        if cache.data is data:
            cache.ids = ids
        return ids

    def _year_paths(self) -> dict[int, Path]:
        return self._files.years(self.data_dir)

    def _year_path(self, year: int) -> Path:
        return self.data_dir / year_name(year)

    def _decode(self, doc_id: str, record: dict[str, Any], path: Path) -> Entry:
        try:
            return entry_from_stored(record, now=self.clock.now())
        except ValidationError as error:
            raise self._unreadable(
                _("stored entry {number} breaks the entry format ({reason})").format(
                    number=doc_id, reason=error
                ),
                path,
            ) from None

    def _decode_all(self, records: Records, path: Path) -> list[Entry]:
        return [self._decode(doc_id, record, path) for doc_id, record in records.items()]

    def _year_entries(self, view: _View, year: int) -> list[Entry]:
        """The entries of ``year``, decoded once per version of its file."""
        path = self._year_path(year)
        if year in view.overlaid:
            return self._decode_all(view.years[year], path)
        cache = self._files.cache(path)
        data = self._read(path)
        if cache.data is data and cache.entries is not None:
            return cache.entries
        entries = self._decode_all(data[ENTRIES], path)
        if cache.data is data:
            cache.entries, cache.checked = entries, True
        return entries

    def _check_year(self, view: _View, year: int) -> None:
        """Refuse to rewrite a year file holding an entry that breaks the entry format."""
        path = self._year_path(year)
        if year in view.overlaid or year not in view.years:
            self._decode_all(view.years.get(year, {}), path)
            return
        if self._files.cache(path).checked:
            return
        # Written by another focuscheck since: check what differs from the records checked last.
        records = view.years[year]
        known = self._checked.get(path, {})
        for doc_id, record in records.items():
            if known.get(doc_id) != record:
                self._decode(doc_id, record, path)
        self._checked[path] = dict(records)

    def _all_entries(self) -> list[Entry]:
        view = self._view()
        return [entry for year in view.years for entry in self._year_entries(view, year)]

    @_one_thread_at_a_time
    def entries(self) -> list[Entry]:
        """All entries, oldest date first.

        Raises :class:`JournalUnreadable` when a stored entry breaks the entry
        format (a file was edited by hand, say): nothing is shown from a
        journal that cannot be trusted, and nothing is written to it.
        """
        return sorted(self._all_entries(), key=lambda e: (e.date, e.created_at))

    @_one_thread_at_a_time
    def entry(self, entry_id: str) -> Entry | None:
        """The entry with ``entry_id``, or None."""
        return next((e for e in self._all_entries() if e.id == entry_id), None)

    @_one_thread_at_a_time
    def entries_on(self, day: Any) -> list[Entry]:
        """Entries about the local date ``day``."""
        view = self._view()
        if getattr(day, "year", None) not in view.years:
            return []
        return [entry for entry in self._year_entries(view, day.year) if entry.date == day]

    def _state_table(self, name: str) -> dict[str, dict[str, Any]]:
        # The small tables are in the state file (or an old single file): no year file is read.
        table = self._read(self.path).get(name, {})
        return table if isinstance(table, dict) else {}

    @_one_thread_at_a_time
    def trash(self) -> list[Trashed]:
        """Deleted entries still kept, most recently deleted first."""
        return read_trash(self._state_table(TRASH), self.clock.now(), self._unreadable)

    @_one_thread_at_a_time
    def settings(self) -> Settings:
        """The saved settings (defaults when none were saved)."""
        return _settings_of(self._read(self.path))

    @_one_thread_at_a_time
    def state(self, key: str, default: Any = None) -> Any:
        """A small piece of app state (pseudonym, draft, retro history)."""
        for record in self._state_table(STATE).values():
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
        """Insert ``entry``, or replace the entry with its id; returns what was stored.

        Writes the file of the entry's year only (and the file it leaves, when
        its date moved to another year).
        """
        with self._transaction() as change:
            return self._put_entry(change, entry)

    @_one_thread_at_a_time
    def save_checkin(self, entry: Entry) -> Entry:
        """Save a finished check-in and drop its draft: its year's file, then the state file."""
        with self._transaction() as change:
            saved = self._put_entry(change, entry)
            _set_state(change.db, _DRAFT, None)
        return saved

    def _put_entry(self, change: _Change, entry: Entry) -> Entry:
        found = change.view.find(entry.id)
        if found is not None:
            entry = replace(
                entry, updated_at=self.clock.now(), created_at=_created(found[1], entry)
            )
        change.put(entry_to_record(entry))
        return entry

    @_one_thread_at_a_time
    def delete_entry(self, entry_id: str) -> bool:
        """Move the entry with ``entry_id`` to the trash; False if there was none."""
        now = self.clock.now()
        with self._transaction() as change:
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

    @_one_thread_at_a_time
    def restore_from_trash(self, wanted: str) -> Entry:
        """Bring back the deleted entry ``wanted`` (its id, or the start of it).

        Raises :class:`~focuscheck.storage.trash.TrashRefused` when there is no
        such entry, the start matches several, or its day has a check-in now.
        """
        now = self.clock.now()
        with self._transaction() as change:
            trash = change.db.table(TRASH)
            doc_id, item, record = find_in_trash(
                change.state.get(TRASH, {}), wanted, now, self._unreadable
            )
            entry = item.entry
            day = entry.date.isoformat()
            check_can_come_back(
                entry,
                held_again=change.view.find(entry.id) is not None,
                day_taken=day in change.view.dates(),
            )
            change.put(dict(record))
            trash.remove(doc_ids=[doc_id])
            purge(trash, now)
            change.state_first = True
            return entry

    @_one_thread_at_a_time
    def import_entries(self, entries: Iterable[Entry]) -> ImportResult:
        """Add entries whose ids are new; the rest are skipped.

        Each year's file it touches is written once, then the state file (the status).
        """
        with self._transaction() as change:
            known = {
                str(rec.get("id")) for recs in change.view.years.values() for rec in recs.values()
            }
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
            _set_state(change.db, key, value)

    def save_draft(self, draft: dict[str, Any]) -> None:
        self.set_state(_DRAFT, draft)

    def clear_draft(self) -> None:
        self.set_state(_DRAFT, None)

    @_one_thread_at_a_time
    def restore(self, backup: Path) -> RestoreResult:
        """Replace the journal with ``backup``; the current one is first kept beside the backups.

        The copy of the current journal gets a name of its own, so no earlier
        copy is ever written over; if it cannot be written, nothing is restored.
        """
        raw = read_backup(backup)
        whole = decode(raw)
        with self._lock.held():
            kept: Path | None = None
            replaced: int | None = None
            if self._files.exists(self.path):
                kept, replaced = self._keep_replaced()
            meta(whole)[_RESTORING] = True
            self._write(self.path, whole)
            self._settle()
        return RestoreResult(len(whole.get(ENTRIES, {})), kept, replaced)

    def _keep_replaced(self) -> tuple[Path, int | None]:
        """Keep the current journal in the backups before a restore replaces it."""
        now = self.clock.now()
        try:
            try:
                whole = self._whole()
            except StorageError:
                # Not readable as a whole: keep every file as it is.
                raws = [read_regular(self.path)]
                raws += [read_regular(path) for path in self._year_paths().values()]
                kept = [self.backups.write_named(BackupKind.REPLACED, raw, now) for raw in raws]
                return kept[0], None
            path = self.backups.write_named(BackupKind.REPLACED, encode(whole), now)
            return path, len(whole[ENTRIES])
        except OSError as error:
            raise StorageError(
                _(
                    "Could not keep a copy of the current journal in {folder}: {reason}. "
                    "Nothing was restored; the journal was not changed."
                ).format(folder=self.backups.folder, reason=error.strerror or str(error))
            ) from None

    def _whole(self) -> Data:
        """The whole journal in the single-file shape backups keep."""
        view = self._view()
        for year in view.years:
            self._year_entries(view, year)
        if is_single_file(view.state):
            return join(*split(view.state))
        return join(view.state, view.years)

    @_one_thread_at_a_time
    def backup_now(self) -> Path:
        """Write a manual backup now: a file of its own, which the daily rotation leaves alone."""
        with self._lock.held():
            raw = encode(self._whole())
            try:
                return self.backups.write_manual(raw, self.clock.now())
            except OSError as error:
                raise StorageError(
                    _("Could not write the backup in {folder}: {reason}").format(
                        folder=self.backups.folder, reason=error.strerror or str(error)
                    )
                ) from None

    # -- transactions -----------------------------------------------------

    @contextmanager
    def _transaction(self) -> Iterator[_Change]:
        with self._lock.held():
            self._remove_stale()
            self._settle()
            change = _Change(self._view())
            try:
                yield change
                self._commit(change)
            except OSError as error:
                raise write_error(self.path, error) from None
            finally:
                change.db.close()

    def _commit(self, change: _Change) -> None:
        steps = change.steps
        if not steps and not change.state_changed:
            return
        for year in years_in(steps) & set(change.view.years):
            # A year that went bad while the app ran is refused, not rewritten with it.
            self._check_year(change.view, year)
        self._backup_if_due(change.view)
        state = change.state
        if len(years_in(steps)) > 1 or (steps and change.state_first):
            state[PENDING] = {"1": {"steps": steps}}
            self._write(self.path, state)
            self._apply(steps)
            state[PENDING] = {}
            self._write_state(state)
            return
        self._apply(steps)
        if change.state_changed or (steps and change.status_too):
            self._write_state(state)

    def _settle(self) -> None:
        """Finish what the files say is under way (lock held): a split, or a change across files."""
        state = self._read(self.path)
        if is_single_file(state):
            self._split(state)
            return
        steps = _pending(state)
        if steps:
            self._apply(steps)
            state = {name: dict(table) for name, table in state.items()}
            state[PENDING] = {}
            self._write_state(state)

    def _refresh_status(self) -> None:
        """Rewrite the status record if the year files moved on since it was written (lock held)."""
        view = self._view()
        if self._stale(view.state):
            self._write_state({name: dict(table) for name, table in view.state.items()}, view)

    def _split(self, whole: Data) -> None:
        """Split the single-file ``journal.json`` into year files, then the state file."""
        self._decode_all(whole.get(ENTRIES, {}), self.path)
        restoring = bool(meta(whole).pop(_RESTORING, False))
        state, years = split(whole)
        on_disk = self._year_paths()
        if self._on_disk:
            self._keep_before_split(whole, restoring, years, on_disk)
        for year, records in years.items():
            self._write_year(year, records)
        for year, path in on_disk.items():
            if year not in years:
                self._files.remove(path)
        self._write_state(state)

    def _keep_before_split(
        self, whole: Data, restoring: bool, years: dict[int, Records], on_disk: dict[int, Path]
    ) -> None:
        """Keep the old journal, and any year file the split would change, in the backups."""
        now = self.clock.now()
        try:
            if not restoring:
                self.backups.keep_once(BackupKind.MIGRATED, encode(whole), now)
                for year, path in on_disk.items():
                    if self._read(path).get(ENTRIES) != years.get(year):
                        self.backups.keep_once(BackupKind.REPLACED, read_regular(path), now)
        except OSError as error:
            raise StorageError(
                _(
                    "Could not keep a copy of the journal in {folder} before changing it "
                    "to this version's layout: {reason}. Nothing was changed."
                ).format(folder=self.backups.folder, reason=error.strerror or str(error))
            ) from None

    def _apply(self, steps: list[Step]) -> None:
        """Write each year file the steps change, once."""
        for year in sorted(years_in(steps)):
            path = self._year_path(year)
            records = self._read(path)[ENTRIES] if self._files.exists(path) else {}
            self._write_year(year, apply(records, steps, year))

    def _write_year(self, year: int, records: Records) -> None:
        data: Data = {"_meta": {"1": year_meta(year, uuid.uuid4().hex)}, ENTRIES: records}
        self._write(self._year_path(year), data)

    def _write(self, path: Path, data: Data) -> None:
        not_synced = self._files.write(path, data)
        if not_synced is not None:
            self.warnings.append(not_synced_warning(not_synced))

    def _write_state(self, state: Data, view: _View | None = None) -> None:
        """Write the state file with its status record brought up to date."""
        status = self._status(state, view)
        state[STATUS] = {"1": status}
        self._write(self.path, state)

    def _fingerprints(self) -> dict[str, Any]:
        found = {path.name: self._files.fingerprint(path) for path in self._year_paths().values()}
        return {name: value for name, value in found.items() if value is not None}

    def _status(self, state: Data, view: _View | None = None) -> dict[str, Any]:
        stored = next(iter(state.get(STATUS, {}).values()), None)
        files = self._fingerprints()
        workdays = _settings_of(state).workdays
        if stored is not None and _matches(stored, files, workdays):
            return stored
        view = view if view is not None and not view.overlaid else self._view_of(state)
        return status_record(view.dates(), workdays, files)

    def _stale(self, state: Data) -> bool:
        """Whether the status record no longer matches the year files (or cannot be trusted)."""
        if is_single_file(state) or _pending(state):
            return True
        stored = next(iter(state.get(STATUS, {}).values()), None)
        return stored is None or not _matches(
            stored, self._fingerprints(), _settings_of(state).workdays
        )

    def _backup_if_due(self, view: _View) -> None:
        if not self._on_disk:
            return
        today = self.clock.today()
        try:
            if not self.backups.has_daily(today):
                self.backups.write_daily(today, encode(self._whole()))
        except OSError as error:
            self.warnings.append(backup_warning(self.backups.folder, error))


def _ids(records: Records) -> dict[str, str]:
    return {str(record.get("id")): doc_id for doc_id, record in records.items()}


def _pending(state: Data) -> list[Step]:
    record = next(iter(state.get(PENDING, {}).values()), None)
    steps = record.get("steps") if isinstance(record, dict) else None
    return steps if isinstance(steps, list) else []


def _matches(stored: dict[str, Any], files: dict[str, Any], workdays: Iterable[int]) -> bool:
    return stored.get("files") == files and stored.get("workdays") == sorted(set(workdays))


def _settings_of(state: Data) -> Settings:
    return settings_from_record(next(iter(state.get(SETTINGS, {}).values()), {}))


def _set_state(db: TinyDB, key: str, value: Any) -> None:
    table = db.table(STATE)
    table.remove(Query().key == key)
    if value is not None:
        table.insert({"key": key, "value": value})


def _created(found: dict[str, Any], entry: Entry) -> Any:
    try:
        return datetime.fromisoformat(str(found.get("created_at")))
    except ValueError:
        return entry.created_at
