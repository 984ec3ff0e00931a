"""The journal file as TinyDB sees it: a Storage that reads fresh and writes atomically.

TinyDB's own JSONStorage overwrites in place (a crash can leave half a file)
and keeps state between calls.  Here one :class:`JournalStorage` lives for one
transaction: it reads the file once, lets TinyDB change the data in memory and
writes it back in one atomic replace when the transaction commits.  A parsed
copy is kept between transactions and reused only while the file's identity
(device, inode, size, modification time) is unchanged, so another process's
write is always seen.  The cache keeps the file it parsed open: while it is
open its inode cannot be freed and handed to a newer file, so an equal
identity really means the same file (on a busy journal an inode number is
otherwise reused within milliseconds, with the same size and time stamp).
"""

from __future__ import annotations

import json
import os
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from tinydb.storages import Storage

from focuscheck.domain import json_text
from focuscheck.i18n import _
from focuscheck.storage.atomic import atomic_write
from focuscheck.storage.memo import RecordMemo
from focuscheck.storage.regular_file import open_regular
from focuscheck.storage.schema import ENTRIES, Data, ShapeError, check_shape, upgrade

Signature = tuple[int, int, int, int]

#: Windows refuses to replace a file that is open, so there the cache lets go of
#: the file at once and relies on its identity alone.
HOLD_OPEN: Final = os.name != "nt"


class UnreadableFile(Exception):
    """Raised with the reason a journal file cannot be used."""


@dataclass(eq=False)
class FileCache:
    """The last parsed contents of a journal file and the identity they belong to."""

    signature: Signature | None = None
    data: Data | None = None
    fragments: RecordMemo[bytes] = field(default_factory=RecordMemo)
    """Encoded entries, reused by the next write while they are unchanged."""
    _held: weakref.finalize[Any, Any] | None = field(default=None, repr=False)

    def hold(self, fd: int, signature: Signature, data: Data) -> None:
        """Remember ``data`` as the contents of the open file ``fd``; the cache closes it."""
        self.clear()
        self.signature = signature
        self.data = data
        if HOLD_OPEN:
            self._held = weakref.finalize(self, os.close, fd)
        else:
            os.close(fd)

    def clear(self) -> None:
        self.signature = None
        self.data = None
        if self._held is not None:
            self._held()
            self._held = None


def _signature(info: os.stat_result) -> Signature:
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


def signature_of(path: Path) -> Signature:
    return _signature(os.stat(path))


def _dumps(value: object) -> bytes:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate (in a draft, say) has no UTF-8 form; JSON's \u escape
        # keeps it and the file valid UTF-8.
        return json.dumps(value, separators=(",", ":")).encode("ascii")


def encode(data: Data, fragments: RecordMemo[bytes] | None = None) -> bytes:
    """The journal's bytes for ``data``: compact UTF-8 JSON.

    With ``fragments``, entries encoded by an earlier write are reused while
    they are unchanged; the bytes are the same either way.
    """
    if fragments is None:
        return _dumps(data)
    # One list of pieces and one join: the entries are megabytes, so copy them once.
    pieces: list[bytes] = []
    for name, table in data.items():
        pieces += (b"," if pieces else b"{", _dumps(name), b":")
        if name == ENTRIES:
            records = fragments.derive(table, _encode_record)
            pieces += (b"{", b",".join(records), b"}")
        else:
            pieces.append(_dumps(table))
    pieces.append(b"}" if pieces else b"{}")
    return b"".join(pieces)


def _encode_record(doc_id: str, record: dict[str, Any]) -> bytes:
    return _dumps(doc_id) + b":" + _dumps(record)


def decode(raw: bytes) -> Data:
    """Parse and check journal bytes; raise :class:`UnreadableFile` with the reason."""

    if not raw.strip():
        raise UnreadableFile(_("the file is empty"))
    try:
        parsed = json_text.loads(raw.decode("utf-8"))
    except json_text.NumberTooLong as error:
        raise UnreadableFile(str(error)) from None
    except UnicodeDecodeError:
        raise UnreadableFile(_("the file is not UTF-8 text")) from None
    except json.JSONDecodeError as error:
        raise UnreadableFile(
            _("it is not valid JSON (line {line}, column {column})").format(
                line=error.lineno, column=error.colno
            )
        ) from None
    except RecursionError:
        raise UnreadableFile(_("it is not valid JSON")) from None
    try:
        data, _changed = upgrade(check_shape(parsed))
    except ShapeError as error:
        raise UnreadableFile(str(error)) from None
    return data


def load(path: Path, cache: FileCache) -> Data:
    """The journal's data, from the cache when the file has not changed since."""
    # Locals: another thread's transaction may clear the cache between check and return.
    data, signature = cache.data, cache.signature
    if data is not None and signature == signature_of(path):
        return data
    fd = open_regular(path)
    try:
        opened = _signature(os.fstat(fd))
        with open(fd, "rb", closefd=False) as handle:
            raw = handle.read()
        data = decode(raw)
        unchanged = _signature(os.fstat(fd)) == opened
    except BaseException:
        os.close(fd)
        raise
    if unchanged:
        cache.hold(fd, opened, data)
    else:
        # Written in place while we read (not by focuscheck): use it, but do not trust it later.
        os.close(fd)
        cache.clear()
    return data


def remember_written(path: Path, cache: FileCache, data: Data) -> None:
    """Cache ``data`` as the contents of the file just written to ``path`` (lock held)."""
    try:
        fd = open_regular(path)
    except OSError:
        cache.clear()
        return
    try:
        signature = _signature(os.fstat(fd))
    except OSError:
        os.close(fd)
        cache.clear()
        return
    cache.hold(fd, signature, data)


class JournalStorage(Storage):
    """TinyDB storage for one transaction on the journal file."""

    def __init__(self, path: Path, cache: FileCache) -> None:
        self._path = path
        self._cache = cache
        self._data: Data | None = None
        self.dirty = False

    def read(self) -> dict[str, dict[str, Any]] | None:
        if self._data is None:
            self._data = load(self._path, self._cache)
        return self._data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        # Held until commit(): a transaction writes once, all or nothing.
        self._data = data
        self.dirty = True
        self._cache.clear()

    def commit(self) -> OSError | None:
        """Write the transaction's data to disk, atomically, if anything changed.

        Returns the error from syncing the folder after the replace, if any
        (see :func:`~focuscheck.storage.atomic.atomic_write`).
        """
        if not self.dirty or self._data is None:
            return None
        not_synced = atomic_write(self._path, encode(self._data, self._cache.fragments))
        self.dirty = False
        remember_written(self._path, self._cache, self._data)
        return not_synced

    def discard(self) -> None:
        """Forget changes made in memory (the file was never touched)."""
        self._data = None
        self.dirty = False
        self._cache.clear()

    def close(self) -> None:
        self._data = None
