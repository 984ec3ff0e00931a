"""Copies of the journal in a ``backups/`` folder beside it.

Three kinds, told apart by their names (see ``docs/storage.md``):

- ``journal-YYYY-MM-DD.json``: the daily copy, taken before the day's first
  change; the last :data:`KEEP` days are kept;
- ``manual-YYYYMMDDTHHMMSS.json``: written by ``focuscheck backup``; the last
  :data:`KEEP_MANUAL` are kept, and the daily rotation never touches them;
- ``replaced-YYYYMMDDTHHMMSS.json``: the journal a restore replaced; never removed;
- ``migrated-YYYYMMDDTHHMMSS.json``: a journal of the old single-file layout,
  as it was before this version split it into year files; never removed.

Every backup holds the whole journal in one file, in the single-file shape
(see :mod:`focuscheck.storage.schema`), whatever the layout of the data folder.

No backup is ever written over another: a name already taken (two copies in
one second, a clock set back, an hour repeated when summer time ends) gets a
counter, ``-2``, ``-3``….  Order is taken from the names, never from file
times, which a copy of the folder changes.
"""

from __future__ import annotations

import builtins
import contextlib
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from pathlib import Path
from typing import Final

from focuscheck.i18n import _
from focuscheck.storage.atomic import atomic_create, ensure_private_dir
from focuscheck.storage.errors import StorageError
from focuscheck.storage.journal_file import UnreadableFile, decode
from focuscheck.storage.regular_file import read_regular
from focuscheck.storage.schema import ENTRIES, is_single_file

KEEP: Final = 7
"""Daily copies kept."""
KEEP_MANUAL: Final = 10
"""Manual copies kept."""
_STAMP: Final = "%Y%m%dT%H%M%S"
_DAILY: Final = re.compile(r"^journal-(\d{4}-\d{2}-\d{2})\.json$")
_STAMPED: Final = re.compile(r"^(manual|replaced|migrated)-(\d{8}T\d{6})(?:-(\d+))?\.json$")


class BackupKind(StrEnum):
    """Why a backup was written."""

    DAILY = "daily"
    MANUAL = "manual"
    REPLACED = "replaced"
    MIGRATED = "migrated"
    OTHER = "other"
    """A file put in the folder by hand."""


@dataclass(frozen=True)
class Backup:
    """One backup file and what its name says about it."""

    path: Path
    kind: BackupKind
    day: date | None
    """The date in the name (None for a file put there by hand)."""
    at: time | None
    """The time in the name (daily copies have none: they are taken at the day's first change)."""
    counter: int = 1
    """Tells apart copies written in the same second."""

    @property
    def order(self) -> tuple[date, time, int, str]:
        """Sort key: the moment in the name; a daily copy counts as the start of its day."""
        return (self.day or date.min, self.at or time.min, self.counter, self.path.name)


def parse_name(path: Path) -> Backup:
    """The :class:`Backup` for ``path``, from its name alone."""
    daily = _DAILY.match(path.name)
    if daily is not None:
        try:
            return Backup(path, BackupKind.DAILY, date.fromisoformat(daily.group(1)), None)
        except ValueError:
            pass
    stamped = _STAMPED.match(path.name)
    if stamped is not None:
        try:
            moment = datetime.strptime(stamped.group(2), _STAMP)
        except ValueError:
            pass
        else:
            counter = int(stamped.group(3) or 1)
            kind = BackupKind(stamped.group(1))
            return Backup(path, kind, moment.date(), moment.time(), counter)
    return Backup(path, BackupKind.OTHER, None, None)


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did."""

    restored_entries: int
    """Entries in the journal now."""
    kept: Path | None
    """Where the replaced journal was kept (None when there was no journal)."""
    replaced_entries: int | None
    """Entries the replaced journal held (None when it could not be read)."""


@dataclass(frozen=True)
class Backups:
    """The backups folder of one journal."""

    folder: Path
    keep: int = KEEP
    keep_manual: int = KEEP_MANUAL

    def all(self) -> builtins.list[Backup]:
        """Every backup file, newest first by the moment in its name."""
        if not self.folder.is_dir():
            return []
        found = [
            parse_name(path)
            for path in self.folder.iterdir()
            if path.suffix == ".json" and not path.name.startswith(".") and path.is_file()
        ]
        return sorted(found, key=lambda backup: backup.order, reverse=True)

    def list(self) -> list[Path]:
        """Backup files, newest first."""
        return [backup.path for backup in self.all()]

    def candidates(self) -> builtins.list[Path]:
        """Backups to offer for a restore, best first: daily and manual copies, newest first.

        The journal a restore replaced is often the broken one, so it is offered
        only when there is nothing else; offering it first would undo the restore.
        """
        try:
            backups = self.all()
        except OSError:
            return []
        wanted = (BackupKind.DAILY, BackupKind.MANUAL)
        first = [backup.path for backup in backups if backup.kind in wanted]
        return first or [backup.path for backup in backups]

    def newest(self) -> Path | None:
        """The backup a restore offers first (see :meth:`candidates`)."""
        found = self.candidates()
        return found[0] if found else None

    def first_usable(self) -> Path | None:
        """The best of :meth:`candidates` that holds a readable journal, or None."""
        for path in self.candidates():
            try:
                read_backup(path)
            except StorageError:
                continue
            return path
        return None

    def has_daily(self, day: date) -> bool:
        return (self.folder / _daily_name(day)).exists()

    def write_daily(self, day: date, raw: bytes) -> Path:
        """Keep ``raw`` as the copy for ``day`` (if there is none) and drop old daily copies."""
        ensure_private_dir(self.folder)
        target = self.folder / _daily_name(day)
        # An existing copy stays what it was: the journal before the day's first change.
        with contextlib.suppress(FileExistsError):
            atomic_create(target, raw)
        self._prune(BackupKind.DAILY, self.keep)
        return target

    def write_manual(self, raw: bytes, now: datetime) -> Path:
        """Keep ``raw`` as a manual copy; the oldest manual copies beyond :attr:`keep_manual` go."""
        target = self.write_named(BackupKind.MANUAL, raw, now)
        self._prune(BackupKind.MANUAL, self.keep_manual)
        return target

    def write_named(self, kind: BackupKind, raw: bytes, now: datetime) -> Path:
        """Keep ``raw`` under a new name of ``kind`` stamped with ``now``; never replaces a file."""
        ensure_private_dir(self.folder)
        stamp = now.strftime(_STAMP)
        counter = 1
        while True:
            suffix = "" if counter == 1 else f"-{counter}"
            target = self.folder / f"{kind.value}-{stamp}{suffix}.json"
            try:
                atomic_create(target, raw)
            except FileExistsError:
                counter += 1
                continue
            return target

    def keep_once(self, kind: BackupKind, raw: bytes, now: datetime) -> Path:
        """Keep ``raw`` under a new name of ``kind``, unless a copy of ``kind`` holds it already."""
        for backup in self.all():
            same_size = backup.kind is kind and backup.path.stat().st_size == len(raw)
            if same_size and read_regular(backup.path) == raw:
                return backup.path
        return self.write_named(kind, raw, now)

    def _prune(self, kind: BackupKind, keep: int) -> None:
        own = [backup for backup in self.all() if backup.kind is kind]
        for old in own[keep:]:
            old.path.unlink(missing_ok=True)

    def resolve(self, name: str | None) -> Path:
        """The backup called ``name`` (file name, date or path), or the newest one."""
        if name is None:
            newest = self.newest()
            if newest is None:
                raise StorageError(_("There is no backup in {folder}.").format(folder=self.folder))
            return newest
        candidates = [Path(name), self.folder / name, self.folder / f"journal-{name}.json"]
        for candidate in candidates:
            if candidate.is_file():
                return candidate
        on_day = [path for path in self.candidates() if parse_name(path).day == _as_date(name)]
        if on_day:
            return on_day[0]
        raise StorageError(
            _("No backup called {name!r} in {folder}.").format(name=name[:80], folder=self.folder)
        )


def _as_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _daily_name(day: date) -> str:
    return f"journal-{day.isoformat()}.json"


def read_backup(path: Path) -> bytes:
    """The bytes of a backup, after checking they form a readable journal."""
    try:
        raw = read_regular(path)
    except OSError as error:
        raise StorageError(
            _("Cannot read the backup {path}: {reason}").format(path=path, reason=error.strerror)
        ) from None
    try:
        data = decode(raw)
        if not is_single_file(data):
            raise UnreadableFile(_("it is part of a journal, not a whole journal"))
    except UnreadableFile as error:
        raise StorageError(
            _("The backup {path} is not usable either: {reason}.").format(path=path, reason=error)
        ) from None
    return raw


def entries_in(path: Path) -> int | None:
    """How many entries the backup ``path`` holds; None when it cannot be read."""
    try:
        return count_entries(read_regular(path))
    except (OSError, UnreadableFile):
        return None


def count_entries(raw: bytes) -> int:
    """How many entries the journal bytes ``raw`` hold; :class:`UnreadableFile` if none can be."""
    return len(decode(raw).get(ENTRIES, {}))
