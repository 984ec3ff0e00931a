"""Bringing the data folder up to date: an old journal split, a change finished, status refreshed.

Whoever takes the lock first after a crash, or opens the journal, finishes
what the files say is under way: a single-file ``journal.json`` (an old
journal, or a backup being restored) is split into year files (see
:mod:`focuscheck.storage.migration`), a change across files is replayed from
its pending steps (see :mod:`focuscheck.storage.changes`), a state file of
schema 2 is marked with this schema's version, and temporary files a killed
writer left behind are removed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from focuscheck.i18n import _
from focuscheck.storage.atomic import remove_stale_temp_files
from focuscheck.storage.backups import BackupKind
from focuscheck.storage.changes import Records
from focuscheck.storage.errors import StorageError
from focuscheck.storage.journal_file import encode
from focuscheck.storage.journal_reader import JournalReader
from focuscheck.storage.journal_view import pending_steps
from focuscheck.storage.journal_writer import JournalWriter
from focuscheck.storage.migration import split
from focuscheck.storage.regular_file import check_regular, read_regular
from focuscheck.storage.schema import (
    ENTRIES,
    META,
    PENDING,
    SCHEMA_VERSION,
    Data,
    is_outdated,
    is_single_file,
    meta,
    new_state,
)
from focuscheck.storage.status_refresh import is_stale
from focuscheck.storage.transaction import JournalLock, lock_file_error

RESTORING: Final = "restoring"
"""Marks a single-file ``journal.json`` written by a restore (its copy is a backup already)."""


class Settling:
    """Finishes what the files of one journal say is under way."""

    def __init__(
        self, reader: JournalReader, writer: JournalWriter, lock: JournalLock, on_disk: bool
    ) -> None:
        self.reader = reader
        self.writer = writer
        self.lock = lock
        self.on_disk = on_disk
        """Whether the files are on disk (another storage keeps no backups nor temporary files)."""

    def open(self) -> None:
        """Create a new journal if there is none; else read it, and settle it if it needs that."""
        path = self.reader.path
        if path.is_symlink() and not path.exists():
            raise self.reader.unreadable(
                _("it is a link to {target}, which does not exist").format(target=path.readlink())
            )
        if self.on_disk:
            self._check_lock_file()
        files = self.reader.files
        if not files.exists(path):
            with self.lock.held():
                if not files.exists(path):
                    self.writer.write_state(new_state())
            return
        state = self.reader.read(path)
        if (
            is_single_file(state)
            or is_outdated(state)
            or pending_steps(state)
            or is_stale(self.reader, state)
        ):
            self._repair()
        elif self.on_disk:
            self._tidy()

    def _check_lock_file(self) -> None:
        try:
            check_regular(self.lock.path)
        except OSError as error:
            raise lock_file_error(self.lock.path, error) from None

    def _repair(self) -> None:
        """Bring the files up to date if nobody else is writing (else they will)."""
        if is_single_file(self.reader.read(self.reader.path)):
            # Splitting must happen before any write; wait for the lock like a save.
            with self.lock.held():
                self.settle()
                self._refresh_status()
                self.remove_stale()
            return
        with self.lock.held_if_free() as held:
            if held:  # else busy or read-only: the next writer does it
                try:
                    self.settle()
                    self._refresh_status()
                except OSError:
                    return  # a read-only folder: read as it is; a save will say why it fails
                self.remove_stale()

    def _tidy(self) -> None:
        """Remove temporary files a killed focuscheck left behind, if nobody is writing."""
        with self.lock.held_if_free() as held:
            if held:  # else busy or read-only: leave them for another time
                self.remove_stale()

    def remove_stale(self) -> None:
        """Remove temporary files a killed writer left behind (lock held)."""
        if not self.on_disk:
            return
        remove_stale_temp_files(self.reader.path.resolve().parent)
        remove_stale_temp_files(self.reader.backups.folder)

    def settle(self) -> None:
        """Finish what the files say is under way (lock held): a split, or a change across files."""
        state = self.reader.read(self.reader.path)
        if is_single_file(state):
            self._split(state)
            return
        steps = pending_steps(state)
        if steps:
            self.writer.apply(steps)
            state = {name: dict(table) for name, table in state.items()}
            state[PENDING] = {}
            self.writer.write_state(state)
        if is_outdated(state):
            # Entries of schema 2 read as they are (the entry format fills in what is new);
            # only the version moves on, so an older focuscheck refuses the folder.
            state = {name: dict(table) for name, table in state.items()}
            state[META] = {"1": {**meta(state), "schema_version": SCHEMA_VERSION}}
            self.writer.write_state(state)

    def _refresh_status(self) -> None:
        """Rewrite the status record if the year files moved on since it was written (lock held)."""
        view = self.reader.view()
        if is_stale(self.reader, view.state):
            self.writer.write_state({name: dict(table) for name, table in view.state.items()}, view)

    def _split(self, whole: Data) -> None:
        """Split the single-file ``journal.json`` into year files, then the state file."""
        self.reader.decode_all(whole.get(ENTRIES, {}), self.reader.path)
        restoring = bool(meta(whole).pop(RESTORING, False))
        state, years = split(whole)
        on_disk = self.reader.year_paths()
        if self.on_disk:
            self._keep_before_split(whole, restoring, years, on_disk)
        for year, records in years.items():
            self.writer.write_year(year, records)
        for year, path in on_disk.items():
            if year not in years:
                self.reader.files.remove(path)
        self.writer.write_state(state)

    def _keep_before_split(
        self, whole: Data, restoring: bool, years: dict[int, Records], on_disk: dict[int, Path]
    ) -> None:
        """Keep the old journal, and any year file the split would change, in the backups."""
        backups = self.reader.backups
        now = self.reader.clock.now()
        try:
            if not restoring:
                backups.keep_once(BackupKind.MIGRATED, encode(whole), now)
                for year, path in on_disk.items():
                    if self.reader.read(path).get(ENTRIES) != years.get(year):
                        backups.keep_once(BackupKind.REPLACED, read_regular(path), now)
        except OSError as error:
            raise StorageError(
                _(
                    "Could not keep a copy of the journal in {folder} before changing it "
                    "to this version's layout: {reason}. Nothing was changed."
                ).format(folder=backups.folder, reason=error.strerror or str(error))
            ) from None
