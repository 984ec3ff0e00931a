"""Opening a file in the data folder only when it is a regular file.

A named pipe where the journal should be makes a plain ``open`` wait for a
writer forever, and a device or a folder gives errors that say nothing useful.
Every file focuscheck reads or locks in the data folder is therefore opened
without blocking and checked to be a regular file before anything is read; the
refusal is an :class:`OSError` whose ``strerror`` says what the file is, so the
callers' existing messages ("Cannot read the journal PATH: REASON") name it.
"""

from __future__ import annotations

import errno
import os
import stat

from focuscheck.i18n import _

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

_READ_FLAGS: Final = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
_CREATE_FLAGS: Final = (
    os.O_WRONLY
    | os.O_CREAT
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_NOFOLLOW", 0)
)


class NotRegularFile(OSError):
    """A path holds something other than a regular file (a pipe, a folder, a device)."""

    def __init__(self, path: str | os.PathLike[str], mode: int) -> None:
        super().__init__(errno.EINVAL, describe(mode), os.fspath(path))


def describe(mode: int) -> str:
    """What a file of ``mode`` is, as the reason it cannot be used."""
    if stat.S_ISFIFO(mode):
        return _("it is a named pipe, not a regular file")
    if stat.S_ISDIR(mode):
        return _("it is a folder, not a regular file")
    if stat.S_ISSOCK(mode):
        return _("it is a socket, not a regular file")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return _("it is a device, not a regular file")
    return _("it is not a regular file")


def open_regular(path: str | os.PathLike[str]) -> int:
    """A read-only descriptor on ``path``; :class:`NotRegularFile` unless it is a regular file.

    Opening never blocks (a named pipe with no writer would), and a link is
    followed, so a journal kept elsewhere through a link still opens.
    """
    fd = os.open(path, _READ_FLAGS)
    try:
        mode = os.fstat(fd).st_mode
    except BaseException:
        os.close(fd)
        raise
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise NotRegularFile(path, mode)
    return fd


def read_regular(path: str | os.PathLike[str]) -> bytes:
    """The bytes of the regular file ``path`` (see :func:`open_regular`)."""
    with open(open_regular(path), "rb") as handle:
        return handle.read()


def check_regular(path: str | os.PathLike[str]) -> None:
    """Raise :class:`NotRegularFile` when ``path`` exists and is not a regular file."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        raise NotRegularFile(path, mode)


def prepare_lock_file(path: str | os.PathLike[str]) -> None:
    """Make sure the lock file ``path`` is a regular file, creating it (0600) if missing.

    Creating it here, rather than inside the lock library, turns a folder where
    no file can be created into an error at once; the library would take the
    failure for a lock held by someone else and wait for its whole timeout.
    """
    check_regular(path)
    if os.path.lexists(path):
        return
    fd = os.open(path, _CREATE_FLAGS, 0o600)
    os.close(fd)
