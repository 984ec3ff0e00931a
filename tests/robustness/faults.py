"""Making one step of an atomic write fail, the way a full or failing disk would.

:func:`inject` swaps the ``os`` and ``tempfile`` modules that
``focuscheck.storage.atomic`` sees for stand-ins that pass every call through
except the chosen step, which raises ``OSError`` with the chosen errno.  The
rest of the process (pytest included) keeps the real modules.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from types import TracebackType
from typing import Any

import pytest

from focuscheck.storage import atomic


class Step(StrEnum):
    """The steps of an atomic write, in order."""

    CREATE = "create"
    WRITE = "write"
    FLUSH = "flush"
    FSYNC = "fsync"
    REPLACE = "replace"
    FOLDER_FSYNC = "folder-fsync"


#: Steps whose failure means the save did not happen.
BEFORE_REPLACE = (Step.CREATE, Step.WRITE, Step.FLUSH, Step.FSYNC, Step.REPLACE)
CODES = (errno.ENOSPC, errno.EIO)


def failure(code: int) -> OSError:
    return OSError(code, os.strerror(code))


class _FailingFile:
    """A file whose ``write`` or ``flush`` fails; everything else is the real file."""

    def __init__(self, real: Any, step: Step | None, code: int, calls: list[str]) -> None:
        self._real = real
        self._step = step
        self._code = code
        self._calls = calls

    def write(self, data: bytes) -> int:
        self._calls.append(Step.WRITE)
        if self._step is Step.WRITE:
            # A real short write leaves part of the data in the file; do the same.
            self._real.write(data[: len(data) // 2])
            raise failure(self._code)
        return int(self._real.write(data))

    def flush(self) -> None:
        self._calls.append(Step.FLUSH)
        if self._step is Step.FLUSH:
            raise failure(self._code)
        self._real.flush()

    def fileno(self) -> int:
        return int(self._real.fileno())

    def __enter__(self) -> _FailingFile:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._real.close()


class _FailingOs:
    """The ``os`` module with one step failing."""

    def __init__(self, step: Step | None, code: int) -> None:
        self._step = step
        self._code = code
        self.calls: list[str] = []
        """The steps reached, in order (to check the injection reaches them all)."""

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)

    def fdopen(self, fd: int, mode: str) -> _FailingFile:
        return _FailingFile(os.fdopen(fd, mode), self._step, self._code, self.calls)

    def fsync(self, fd: int) -> None:
        on_folder = stat.S_ISDIR(os.fstat(fd).st_mode)
        self.calls.append(Step.FOLDER_FSYNC if on_folder else Step.FSYNC)
        if self._step is (Step.FOLDER_FSYNC if on_folder else Step.FSYNC):
            raise failure(self._code)
        os.fsync(fd)

    def replace(self, source: str, target: Any) -> None:
        self.calls.append(Step.REPLACE)
        if self._step is Step.REPLACE:
            raise failure(self._code)
        os.replace(source, target)


class _FailingTempfile:
    def __init__(self, step: Step | None, code: int, calls: list[str]) -> None:
        self._step = step
        self._code = code
        self._calls = calls

    def __getattr__(self, name: str) -> Any:
        return getattr(tempfile, name)

    def mkstemp(self, **options: Any) -> tuple[int, str]:
        self._calls.append(Step.CREATE)
        if self._step is Step.CREATE:
            raise failure(self._code)
        return tempfile.mkstemp(**options)


@contextmanager
def inject(
    monkeypatch: pytest.MonkeyPatch, step: Step | None, code: int = 0
) -> Iterator[_FailingOs]:
    """Make ``step`` fail with ``code`` for atomic writes inside the ``with`` block.

    With ``step`` None nothing fails; the calls are only recorded.
    """
    failing = _FailingOs(step, code)
    with monkeypatch.context() as patch:
        patch.setattr(atomic, "os", failing)
        patch.setattr(atomic, "tempfile", _FailingTempfile(step, code, failing.calls))
        yield failing
