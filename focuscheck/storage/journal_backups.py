"""The journal's own copies in its backups folder: daily, manual, and around a restore.

Every copy holds the whole journal in the single-file shape (see
:mod:`focuscheck.storage.migration`), whatever the layout of the data folder.
The folder itself, its names and its rotation are :mod:`focuscheck.storage.backups`.
"""

from __future__ import annotations

from pathlib import Path

from focuscheck.i18n import _
from focuscheck.storage.backups import BackupKind, RestoreResult, read_backup
from focuscheck.storage.errors import StorageError
from focuscheck.storage.journal_file import decode, encode
from focuscheck.storage.regular_file import read_regular
from focuscheck.storage.schema import ENTRIES, meta
from focuscheck.storage.settling import RESTORING, Settling
from focuscheck.storage.transaction import backup_warning


class JournalBackups:
    """Copies of the journal that ``settling`` keeps up to date, taken and restored."""

    def __init__(self, settling: Settling) -> None:
        self.settling = settling
        self.reader = settling.reader
        self.backups = settling.reader.backups

    def daily_if_due(self) -> None:
        """Keep today's copy before the day's first change; a failure only warns (lock held)."""
        if not self.settling.on_disk:
            return
        today = self.reader.clock.today()
        try:
            if not self.backups.has_daily(today):
                self.backups.write_daily(today, encode(self.reader.whole()))
        except OSError as error:
            self.settling.writer.warnings.append(backup_warning(self.backups.folder, error))

    def manual(self) -> Path:
        """Write a manual copy now and return its path."""
        with self.settling.lock.held():
            raw = encode(self.reader.whole())
            try:
                return self.backups.write_manual(raw, self.reader.clock.now())
            except OSError as error:
                raise StorageError(
                    _("Could not write the backup in {folder}: {reason}").format(
                        folder=self.backups.folder, reason=error.strerror or str(error)
                    )
                ) from None

    def restore(self, backup: Path) -> RestoreResult:
        """Replace the journal with ``backup``, keeping the current one as a copy first."""
        raw = read_backup(backup)
        whole = decode(raw)
        with self.settling.lock.held():
            kept: Path | None = None
            replaced: int | None = None
            if self.reader.files.exists(self.reader.path):
                kept, replaced = self._keep_replaced()
            meta(whole)[RESTORING] = True
            self.settling.writer.write(self.reader.path, whole)
            self.settling.settle()
        return RestoreResult(len(whole.get(ENTRIES, {})), kept, replaced)

    def _keep_replaced(self) -> tuple[Path, int | None]:
        """Keep the current journal in the backups before a restore replaces it."""
        now = self.reader.clock.now()
        try:
            try:
                whole = self.reader.whole()
            except StorageError:
                # Not readable as a whole: keep every file as it is.
                raws = [read_regular(self.reader.path)]
                raws += [read_regular(path) for path in self.reader.year_paths().values()]
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
