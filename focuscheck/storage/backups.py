"""Daily rotating copies of the journal in a ``backups/`` folder beside it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Final

from focuscheck.i18n import _
from focuscheck.storage.atomic import atomic_write, ensure_private_dir
from focuscheck.storage.errors import StorageError
from focuscheck.storage.journal_file import UnreadableFile, decode

KEEP: Final = 7
_DAILY: Final = re.compile(r"^journal-(\d{4}-\d{2}-\d{2})\.json$")


@dataclass(frozen=True)
class Backups:
    """The backups folder of one journal."""

    folder: Path
    keep: int = KEEP

    def list(self) -> list[Path]:
        """Backup files, newest first."""
        if not self.folder.is_dir():
            return []
        found = [p for p in self.folder.iterdir() if p.suffix == ".json" and p.is_file()]
        return sorted(found, key=lambda p: (p.stat().st_mtime_ns, p.name), reverse=True)

    def newest(self) -> Path | None:
        """The newest daily copy; a one-off copy only when there is no daily one.

        The journal a restore replaced is often the broken one, so offering it
        as "the newest backup" would undo the restore.
        """
        try:
            backups = self.list()
        except OSError:
            return None
        daily = [path for path in backups if _DAILY.match(path.name)]
        found = daily or backups
        return found[0] if found else None

    def has_daily(self, day: date) -> bool:
        return (self.folder / f"journal-{day.isoformat()}.json").exists()

    def write_daily(self, day: date, raw: bytes) -> Path:
        """Keep ``raw`` as the copy for ``day`` and drop daily copies beyond :attr:`keep`."""
        ensure_private_dir(self.folder)
        target = self.folder / f"journal-{day.isoformat()}.json"
        atomic_write(target, raw)
        self._prune()
        return target

    def write_named(self, label: str, raw: bytes, now: datetime) -> Path:
        """Keep ``raw`` under a one-off name (before a restore, say); never rotated away."""
        ensure_private_dir(self.folder)
        stamp = now.strftime("%Y%m%dT%H%M%S")
        target = self.folder / f"{label}-{stamp}.json"
        atomic_write(target, raw)
        return target

    def _prune(self) -> None:
        daily = sorted(p for p in self.folder.iterdir() if _DAILY.match(p.name))
        for old in daily[: max(0, len(daily) - self.keep)]:
            old.unlink(missing_ok=True)

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
        raise StorageError(
            _("No backup called {name!r} in {folder}.").format(name=name[:80], folder=self.folder)
        )


def read_backup(path: Path) -> bytes:
    """The bytes of a backup, after checking they form a readable journal."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise StorageError(
            _("Cannot read the backup {path}: {reason}").format(path=path, reason=error.strerror)
        ) from None
    try:
        decode(raw)
    except UnreadableFile as error:
        raise StorageError(
            _("The backup {path} is not usable either: {reason}.").format(path=path, reason=error)
        ) from None
    return raw
