"""Storage errors, each with a message fit to show a person."""

from __future__ import annotations

from pathlib import Path

from focuscheck.domain.errors import FocuscheckError
from focuscheck.i18n import _


class StorageError(FocuscheckError):
    """Something went wrong reading or writing the data folder."""


class JournalUnreadable(StorageError):
    """The journal exists but cannot be trusted; it is left exactly as it is."""

    def __init__(
        self,
        path: Path,
        reason: str,
        newest_backup: Path | None = None,
        unreadable_backup: Path | None = None,
    ) -> None:
        self.path = path
        self.reason = reason
        self.newest_backup = newest_backup
        """The newest backup that can be read, the one to restore."""
        self.unreadable_backup = unreadable_backup
        """A newer backup that cannot be read either, if there is one."""
        super().__init__(self.describe())

    def describe(self) -> str:
        lines = [
            _("Cannot read the journal {path}: {reason}.").format(
                path=self.path, reason=self.reason
            ),
            _("The file has not been changed."),
        ]
        if self.unreadable_backup is not None:
            lines.append(
                _("The newest backup, {backup}, cannot be read either.").format(
                    backup=self.unreadable_backup
                )
            )
        if self.newest_backup is not None:
            lines.append(
                _(
                    "The newest backup that can be read is {backup}; "
                    "restore it with: focuscheck restore {name}"
                ).format(backup=self.newest_backup, name=self.newest_backup.name)
            )
        else:
            lines.append(_("There is no backup to restore."))
        return "\n".join(lines)


class JournalBusy(StorageError):
    """Another focuscheck held the lock for too long."""


class JournalWriteError(StorageError):
    """A save failed; the journal on disk still holds what it held before."""
