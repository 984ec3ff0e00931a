"""Writing a file so that a crash leaves either the old bytes or the new, never a mix."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path
from typing import Final

FILE_MODE: Final = 0o600
DIR_MODE: Final = 0o700
TEMP_SUFFIX: Final = ".tmp"


def atomic_write(path: Path, data: bytes) -> OSError | None:
    """Replace ``path`` with ``data``: temp file in the same folder, fsync, rename, fsync folder.

    The temporary file is created 0600 by :func:`tempfile.mkstemp`, so the
    file keeps owner-only permissions after every replace whatever the umask.
    When ``path`` is a symbolic link the file it points to is replaced and
    the link stays, so a journal kept elsewhere through a link keeps working.

    Any failure up to and including the rename raises and leaves the old file
    exactly as it was.  A failure to sync the folder *after* the rename is
    returned instead of raised: the new bytes are already in place and every
    reader sees them, so calling the write failed would be untrue; only a
    power cut soon after could still bring back the old file.
    """
    target = Path(os.path.realpath(path))
    tmp_name = _write_temp_beside(target, data)
    try:
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    try:
        fsync_dir(target.parent)
    except OSError as error:
        return error
    return None


#: ``link`` errors of file systems without hard links (FAT, some network shares).
_NO_LINKS: Final = frozenset(
    {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS, errno.EMLINK, errno.EXDEV}
)


def atomic_create(path: Path, data: bytes) -> OSError | None:
    """Write ``data`` to a new file ``path``; :class:`FileExistsError` if it exists already.

    Like :func:`atomic_write` the bytes appear whole or not at all, but an
    existing file is never replaced: the finished temporary file is hard-linked
    to its name, which fails when the name is taken.  Where a file system has no
    hard links the file is created exclusively and written in place instead; a
    crash then can leave it short, and reading it says so.  A failure to sync
    the folder afterwards is returned, not raised, as by :func:`atomic_write`.
    """
    tmp_name = _write_temp_beside(path, data)
    try:
        os.link(tmp_name, path)
    except FileExistsError:
        raise
    except OSError as error:
        if error.errno not in _NO_LINKS:
            raise
        _create_in_place(path, data)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
    try:
        fsync_dir(path.parent)
    except OSError as error:
        return error
    return None


def _write_temp_beside(path: Path, data: bytes) -> str:
    """A private temporary file in ``path``'s folder holding ``data``, synced; its name.

    A failure removes the temporary file again and raises.
    """
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, FILE_MODE)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    return tmp_name


def _create_in_place(path: Path, data: bytes) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise


def remove_stale_temp_files(folder: Path) -> int:
    """Delete temporary files a killed writer left in ``folder``; returns how many.

    Only safe while holding the journal's lock: every write into the data
    folder happens under it, so no temporary file can belong to a live writer.
    """
    removed = 0
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    for name in names:
        if name.startswith(".") and name.endswith(TEMP_SUFFIX):
            with contextlib.suppress(OSError):
                os.unlink(folder / name)
                removed += 1
    return removed


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable; a file system that cannot sync folders is fine."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as error:
        if error.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def ensure_private_dir(folder: Path) -> None:
    """Create ``folder`` (and parents) if missing; a folder we create is owner-only."""
    if folder.is_dir():
        return
    folder.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    os.chmod(folder, DIR_MODE)
