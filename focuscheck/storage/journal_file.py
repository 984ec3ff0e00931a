"""The journal's files as TinyDB sees them: read fresh, changed in memory, written atomically.

TinyDB's own JSONStorage overwrites in place (a crash can leave half a file)
and keeps state between calls.  Here a :class:`TransactionTables` lives for
one transaction on one file: TinyDB changes a copy of the file's tables in
memory, and the journal writes it back in one atomic replace when the
transaction commits.  A parsed copy is kept between transactions and reused
only while the file's identity (device, inode, size, modification time) is
unchanged, so another process's write is always seen.  The cache keeps the
file it parsed open: while it is open its inode cannot be freed and handed to
a newer file, so an equal identity really means the same file.
"""

from __future__ import annotations

import copy
import json
import os
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Protocol

from tinydb.storages import Storage

from focuscheck.domain import json_text
from focuscheck.i18n import _
from focuscheck.storage.atomic import atomic_write, fsync_dir
from focuscheck.storage.layout import year_files
from focuscheck.storage.quick_status import Fingerprint, on_disk
from focuscheck.storage.regular_file import open_regular
from focuscheck.storage.schema import Data, ShapeError, check_shape, check_version

if TYPE_CHECKING:
    from focuscheck.domain.entry import Entry

Signature = tuple[int, int, int, int]

#: Windows refuses to replace a file that is open, so there the cache lets go of
#: the file at once and relies on its identity alone.
HOLD_OPEN: Final = os.name != "nt"


class UnreadableFile(Exception):
    """Raised with the reason a journal file cannot be used."""


@dataclass(eq=False)
class FileCache:
    """The last parsed contents of one journal file and the identity they belong to."""

    signature: Signature | None = None
    data: Data | None = None
    entries: list[Entry] | None = None
    """The file's entries, decoded (a year file, once they were asked for)."""
    checked: bool = False
    """Every entry record in :attr:`data` is known to be valid."""
    ids: dict[str, str] | None = None
    """Each entry id in :attr:`data` and its document id (a year file, once asked for)."""
    encoded: EncodedRecords = field(default_factory=lambda: EncodedRecords())
    """Records as this process last wrote them; kept across :meth:`clear`."""
    _held: weakref.finalize[Any, Any] | None = field(default=None, repr=False)

    def hold(self, fd: int, signature: Signature, data: Data, *, checked: bool = False) -> None:
        """Remember ``data`` as the contents of the open file ``fd``; the cache closes it."""
        self.clear()
        self.signature = signature
        self.data = data
        self.checked = checked
        if HOLD_OPEN:
            self._held = weakref.finalize(self, os.close, fd)
        else:
            os.close(fd)

    def clear(self) -> None:
        self.signature = None
        self.data = None
        self.entries = None
        self.ids = None
        self.checked = False
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


@dataclass(eq=False)
class EncodedRecords:
    """The bytes of each record a file was last written with, reused while it is equal.

    A save changes one record of a year's few hundred: encoding only that one
    keeps a save's cost from growing with the year's entries.  Equal records
    always encode to equal bytes, so a remembered piece can never be stale.
    """

    pieces: dict[tuple[str, str], tuple[dict[str, Any], bytes]] = field(default_factory=dict)

    def encode(self, table: str, doc_id: str, record: dict[str, Any]) -> bytes:
        """``"doc_id":{record}`` as it stands in the file."""
        key = (table, doc_id)
        known = self.pieces.get(key)
        if known is not None and known[0] == record:
            return known[1]
        piece = _dumps(doc_id) + b":" + _dumps(record)
        self.pieces[key] = (_copy(record), piece)
        return piece

    def forget_others(self, kept: set[tuple[str, str]]) -> None:
        """Drop the pieces of records the file no longer holds."""
        for key in self.pieces.keys() - kept:
            del self.pieces[key]


def _copy(record: dict[str, Any]) -> dict[str, Any]:
    """A copy to compare against later: a list or a draft inside may be changed in place."""
    return {
        name: copy.deepcopy(value) if isinstance(value, list | dict) else value
        for name, value in record.items()
    }


def encode(data: Data, reuse: EncodedRecords | None = None) -> bytes:
    """A journal file's bytes for ``data``: compact UTF-8 JSON, ``_meta`` first.

    With ``reuse``, records encoded by an earlier write are taken from it; the
    JSON is the same either way.
    """
    if reuse is None:
        return _dumps(data)
    pieces: list[bytes] = []
    kept: set[tuple[str, str]] = set()
    for name, table in data.items():
        pieces += (b"," if pieces else b"{", _dumps(name), b":")
        if isinstance(table, dict) and all(isinstance(doc, dict) for doc in table.values()):
            records = [reuse.encode(name, doc_id, doc) for doc_id, doc in table.items()]
            kept.update((name, doc_id) for doc_id in table)
            pieces += (b"{", b",".join(records), b"}")
        else:
            pieces.append(_dumps(table))
    pieces.append(b"}" if pieces else b"{}")
    reuse.forget_others(kept)
    return b"".join(pieces)


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
        return check_version(check_shape(parsed))
    except ShapeError as error:
        raise UnreadableFile(str(error)) from None


def load(path: Path, cache: FileCache) -> Data:
    """The file's data, from the cache when the file has not changed since."""
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


def write(path: Path, cache: FileCache, data: Data) -> OSError | None:
    """Replace the file at ``path`` with ``data`` atomically and cache it (lock held).

    Returns the error from syncing the folder after the replace, if any (see
    :func:`~focuscheck.storage.atomic.atomic_write`).  What the journal
    writes it has checked, so the cached copy counts as checked.
    """
    cache.clear()
    not_synced = atomic_write(path, encode(data, cache.encoded))
    try:
        fd = open_regular(path)
    except OSError:
        return not_synced
    try:
        signature = _signature(os.fstat(fd))
    except OSError:
        os.close(fd)
        return not_synced
    cache.hold(fd, signature, data, checked=True)
    return not_synced


class DiskFiles:
    """The journal's files in its data folder, each parsed once while it stays the same."""

    def __init__(self) -> None:
        self._caches: dict[Path, FileCache] = {}

    def cache(self, path: Path) -> FileCache:
        """The parse cache of the file at ``path``."""
        return self._caches.setdefault(path, FileCache())

    def exists(self, path: Path) -> bool:
        return os.path.lexists(path)

    def years(self, data_dir: Path) -> dict[int, Path]:
        return year_files(data_dir)

    def read(self, path: Path) -> Data:
        return load(path, self.cache(path))

    def write(self, path: Path, data: Data) -> OSError | None:
        return write(path, self.cache(path), data)

    def fingerprint(self, path: Path) -> Fingerprint | None:
        return on_disk(path)

    def remove(self, path: Path) -> None:
        self.cache(path).clear()
        path.unlink(missing_ok=True)
        fsync_dir(path.parent)

    def forget(self) -> None:
        """Let go of every cached file."""
        for cache in self._caches.values():
            cache.clear()


class Files(Protocol):
    """Where a journal keeps its files: :class:`DiskFiles`, or memory for tests."""

    def cache(self, path: Path) -> FileCache: ...
    def exists(self, path: Path) -> bool: ...
    def years(self, data_dir: Path) -> dict[int, Path]: ...
    def read(self, path: Path) -> Data: ...
    def write(self, path: Path, data: Data) -> OSError | None: ...
    def fingerprint(self, path: Path) -> Fingerprint | None: ...
    def remove(self, path: Path) -> None: ...
    def forget(self) -> None: ...


class TransactionTables(Storage):
    """TinyDB storage over one file's data for one transaction, in memory.

    It starts from a copy of the tables, so what TinyDB changes never reaches
    the cached file; the journal writes :attr:`data` when the transaction commits.
    """

    def __init__(self, data: Data) -> None:
        self.data: Data = {name: dict(table) for name, table in data.items()}
        self.dirty = False

    def read(self) -> dict[str, dict[str, Any]] | None:
        return self.data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self.data = data
        self.dirty = True

    def close(self) -> None:
        pass
