"""The parts of a journal transaction: the lock of the data folder, and what it reports.

See ``docs/storage.md`` for the whole write path and what each failure does.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final

from filelock import FileLock, Timeout

from focuscheck.i18n import _
from focuscheck.storage.errors import JournalBusy, JournalWriteError, StorageError
from focuscheck.storage.regular_file import NotRegularFile, prepare_lock_file

LOCK_TIMEOUT: Final = 10.0


class JournalLock:
    """The cross-process lock beside a journal, failing with messages a person can act on."""

    def __init__(self, journal: Path, timeout: float = LOCK_TIMEOUT) -> None:
        self.journal = journal
        """The journal the lock guards; the lock file sits beside it."""
        self.path = Path(f"{journal}.lock")
        """The lock file."""
        self._lock = FileLock(str(self.path), timeout=timeout, mode=0o600)

    def check(self) -> None:
        """Refuse at once a lock file that cannot work (see :func:`lock_file_error`)."""
        try:
            prepare_lock_file(self.path)
        except OSError as error:
            raise lock_file_error(self.path, error) from None

    @contextmanager
    def held(self) -> Iterator[None]:
        """Hold the lock, waiting up to the timeout; :class:`JournalBusy` after that."""
        self.check()
        try:
            self._lock.acquire()
        except Timeout:
            raise JournalBusy(
                _("The journal {path} is busy in another focuscheck; try again.").format(
                    path=self.journal
                )
            ) from None
        except OSError as error:
            raise write_error(self.journal, error) from None
        try:
            yield
        finally:
            self._lock.release()

    @contextmanager
    def held_if_free(self) -> Iterator[bool]:
        """Hold the lock only if nobody else does; yields whether it is held."""
        try:
            prepare_lock_file(self.path)
            self._lock.acquire(timeout=0)
        except (Timeout, OSError):
            yield False
            return
        try:
            yield True
        finally:
            self._lock.release()


def lock_file_error(lock: Path, error: OSError) -> StorageError:
    """The error for a lock file that is not a file, or cannot be created."""
    if isinstance(error, NotRegularFile):
        return StorageError(
            _(
                "Cannot use the lock file {path}: {reason}. Move it out of the way and "
                "try again; nothing was changed."
            ).format(path=lock, reason=error.strerror)
        )
    # A folder that exists but takes no new file (/proc/1, say) reports "no such file".
    reason = (
        _("no file can be created there")
        if isinstance(error, FileNotFoundError)
        else error.strerror or str(error)
    )
    return StorageError(
        _("Cannot write in the data folder {folder} ({reason}). Nothing was changed.").format(
            folder=lock.parent, reason=reason
        )
    )


def write_error(journal: Path, error: OSError) -> JournalWriteError:
    """The error for a save that failed before the journal was replaced."""
    return JournalWriteError(
        _("Could not save to {path}: {reason}. The journal was not changed.").format(
            path=journal, reason=error.strerror or str(error)
        )
    )


def not_synced_warning(error: OSError) -> str:
    """The warning for a save whose folder could not be synced after the replace."""
    # The new file is in place and every reader sees it, so the save stands;
    # only a power cut in the next moments could still bring back the old one.
    return _(
        "Saved, but the system could not confirm the save reached the disk "
        "({reason}); if the computer loses power soon, the last change may be lost."
    ).format(reason=error.strerror or str(error))


def backup_warning(folder: Path, error: OSError) -> str:
    """The warning for a daily backup that could not be written (the save went ahead)."""
    return _("Could not write the daily backup in {folder}: {reason}").format(
        folder=folder, reason=error.strerror
    )
